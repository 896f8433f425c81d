package dev.answereval.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one {@link BenchmarkRunner} run: metrics with bootstrap confidence intervals, the
 * per-question table and every row's predictions.
 *
 * <p>Metric names: numeric targets have {@code pearson, spearman, kendall, qwk, rmse, mae}
 * (calibrated) and {@code pearson, spearman, kendall} (uncalibrated, raw score vs target);
 * categorical targets have {@code accuracy, macro_f1, weighted_f1}, {@code auc} for two classes and
 * {@code qwk} for ordinal classes (calibrated), and {@code auc} (two classes), {@code spearman}
 * (ordinal classes) and {@code auc_CLASS} for each of three or more unordered classes (the raw
 * score's one-vs-rest AUC: how well a higher score picks out that class) of the raw score
 * (uncalibrated). Calibrated {@code pearson}, {@code spearman}, {@code kendall} and {@code auc} are
 * computed within each cross-validation fold and averaged over the folds, weighted by rows, so that
 * the folds' different calibration maps cannot create a ranking signal (see {@code docs/bench.md});
 * the other calibrated metrics are pooled over all rows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dataset dataset name
 * @param scorer scorer name
 * @param target target field
 * @param kind target kind
 * @param classes class labels (categorical), in index order
 * @param ordinal whether the classes are ordered
 * @param positiveClass for two classes, the class both AUCs treat as positive (see {@link
 *     Dataset#positiveClass()}); null otherwise
 * @param invalidRows rows skipped while loading the dataset
 * @param calibration how calibrated figures were obtained
 * @param metrics calibrated metrics (empty without calibration)
 * @param ci 95% intervals of calibrated metrics (absent when undefined in every resample)
 * @param uncalibrated metrics of the raw score
 * @param uncalibratedCi 95% intervals of uncalibrated metrics
 * @param mainMetric the headline metric ({@code uncalibrated.} prefix when uncalibrated)
 * @param bootstrapResamples resamples used
 * @param seed seed used for folds and bootstrap
 * @param confusion calibrated confusion matrix (categorical with calibration), else null
 * @param perQuestion per-question figures, in order of first appearance
 * @param rows every row's result, in dataset order
 * @param answersPerSecond scoring throughput (rows / wall-clock seconds of the scoring phase)
 * @param fittedCalibration calibration fitted on all available training rows, ready to ship, or
 *     null
 */
public record BenchmarkReport(
    String dataset,
    String scorer,
    String target,
    TargetKind kind,
    List<String> classes,
    boolean ordinal,
    @Nullable String positiveClass,
    int invalidRows,
    CalibrationSetup calibration,
    Map<String, MetricValue> metrics,
    Map<String, ConfidenceInterval> ci,
    Map<String, MetricValue> uncalibrated,
    Map<String, ConfidenceInterval> uncalibratedCi,
    String mainMetric,
    int bootstrapResamples,
    long seed,
    @Nullable ConfusionMatrix confusion,
    List<QuestionResult> perQuestion,
    List<RowResult> rows,
    double answersPerSecond,
    @Nullable Calibration fittedCalibration) {

  public BenchmarkReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(calibration, "calibration");
    classes = List.copyOf(classes);
    if (classes.size() == 2
        ? positiveClass == null || !classes.contains(positiveClass)
        : positiveClass != null) {
      throw new IllegalArgumentException(
          "positiveClass must be one of two classes, and null otherwise: got '"
              + positiveClass
              + "' for classes "
              + classes);
    }
    metrics = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    ci = Collections.unmodifiableMap(new TreeMap<>(ci));
    uncalibrated = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uncalibrated));
    uncalibratedCi = Collections.unmodifiableMap(new TreeMap<>(uncalibratedCi));
    perQuestion = List.copyOf(perQuestion);
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("rows must not be empty");
    }
    if (invalidRows < 0) {
      throw new IllegalArgumentException("invalidRows must be >= 0, got " + invalidRows);
    }
    if (!Double.isFinite(answersPerSecond) || answersPerSecond < 0) {
      throw new IllegalArgumentException(
          "answersPerSecond must be finite and >= 0, got " + answersPerSecond);
    }
  }

  /** Number of rows evaluated. */
  public int n() {
    return rows.size();
  }

  /** A metric by name: plain for calibrated, {@code uncalibrated.} prefix for raw-score ones. */
  public MetricValue metric(String name) {
    MetricValue v =
        name.startsWith(MetricSuite.UNCALIBRATED)
            ? uncalibrated.get(name.substring(MetricSuite.UNCALIBRATED.length()))
            : metrics.get(name);
    return v != null ? v : MetricValue.undefined("metric '" + name + "' not computed");
  }

  /** The summary as one pretty-printed JSON object (the content of {@code summary.json}). */
  public String toJson() {
    return Json.pretty(toJsonNode());
  }

  ObjectNode toJsonNode() {
    ObjectNode n = Json.object();
    n.put("dataset", dataset);
    n.put("scorer", scorer);
    n.put("n", n());
    n.put("target", target);
    n.put("kind", kind.jsonName());
    if (kind == TargetKind.CATEGORICAL) {
      n.set("classes", Json.strings(classes));
      n.put("ordinal", ordinal);
      if (positiveClass != null) {
        n.put("positive_class", positiveClass);
      }
    }
    n.put("invalid_rows", invalidRows);
    n.put("main_metric", mainMetric);
    n.set("metrics", metricsNode(metrics));
    n.set("ci", ciNode(metrics, ci));
    n.set("uncalibrated", metricsNode(uncalibrated));
    n.set("uncalibrated_ci", ciNode(uncalibrated, uncalibratedCi));
    ObjectNode undefined = Json.object();
    metrics.forEach((k, v) -> addReason(undefined, k, v));
    uncalibrated.forEach((k, v) -> addReason(undefined, MetricSuite.UNCALIBRATED + k, v));
    n.set("undefined", undefined);
    ObjectNode cal = n.putObject("calibration");
    cal.put("protocol", calibration.protocol().jsonName());
    cal.put("method", calibration.method());
    if (calibration.folds().isPresent()) {
      cal.put("folds", calibration.folds().getAsInt());
    }
    if (calibration.trainDataset() != null) {
      cal.put("train_dataset", calibration.trainDataset());
    }
    ObjectNode boot = n.putObject("bootstrap");
    boot.put("resamples", bootstrapResamples);
    boot.put("seed", seed);
    boot.put("unit", "question");
    boot.put("level", 0.95);
    boot.put("method", "percentile");
    n.put("answers_per_second", answersPerSecond);
    if (confusion != null) {
      ObjectNode cm = n.putObject("confusion_matrix");
      cm.set("labels", Json.strings(confusion.labels()));
      ArrayNode counts = cm.putArray("counts");
      for (int[] row : confusion.counts()) {
        ArrayNode r = counts.addArray();
        for (int c : row) {
          r.add(c);
        }
      }
      ObjectNode perClass = n.putObject("per_class");
      for (int c = 0; c < confusion.size(); c++) {
        ObjectNode pc = perClass.putObject(confusion.labels().get(c));
        Json.put(pc, "precision", confusion.precision(c));
        Json.put(pc, "recall", confusion.recall(c));
        Json.put(pc, "f1", confusion.f1(c));
        pc.put("support", confusion.support(c));
      }
    }
    ArrayNode pq = n.putArray("per_question");
    for (QuestionResult q : perQuestion) {
      ObjectNode o = pq.addObject();
      o.put("question_id", q.questionId());
      if (q.question() != null) {
        o.put("question", q.question());
      }
      o.put("n", q.n());
      o.put("mean_raw_score", q.meanRawScore());
      if (kind == TargetKind.NUMERIC) {
        Json.put(o, "mean_target", q.meanTarget());
        Json.put(o, "mean_prediction", q.meanPrediction());
      }
      o.set("metrics", metricsNode(q.metrics()));
    }
    if (fittedCalibration != null) {
      try {
        n.set("fitted_calibration", Json.parse(fittedCalibration.toJson()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("calibration wrote invalid JSON", e);
      }
    }
    return n;
  }

  private static void addReason(ObjectNode node, String name, MetricValue v) {
    if (!v.isDefined()) {
      node.put(name, v.reason());
    }
  }

  private static ObjectNode metricsNode(Map<String, MetricValue> metrics) {
    ObjectNode o = Json.object();
    metrics.forEach((k, v) -> Json.put(o, k, v));
    return o;
  }

  private static ObjectNode ciNode(
      Map<String, MetricValue> metrics, Map<String, ConfidenceInterval> intervals) {
    ObjectNode o = Json.object();
    for (String k : metrics.keySet()) {
      ConfidenceInterval c = intervals.get(k);
      if (c == null) {
        o.putNull(k);
      } else {
        o.set(k, Json.doubles(c.lower(), c.upper()));
      }
    }
    return o;
  }
}
