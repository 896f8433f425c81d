package dev.answereval.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link BenchmarkReport} to a directory as {@code summary.json}, {@code
 * predictions.jsonl}, {@code report.md}, a self-contained {@code report.html} (inline SVG plots, no
 * external assets) and, when the run fitted one, {@code calibration.json} (the calibration fitted
 * on all training rows, loadable with {@link Calibration#read} and {@link
 * CalibratedEvaluator#load}).
 *
 * <p>Every file is first written in full to a temporary file in the same directory; only when all
 * are written are they moved into place (atomically where the file system allows), so a reader
 * never sees a half-written file. Stateless and thread-safe; concurrent writes to the same
 * directory leave one complete set per file.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** File names written. */
  public static final String SUMMARY = "summary.json";

  /** One JSON object per row. */
  public static final String PREDICTIONS = "predictions.jsonl";

  /** Markdown summary. */
  public static final String MARKDOWN = "report.md";

  /** Self-contained HTML report. */
  public static final String HTML = "report.html";

  /** The shippable calibration fitted on all training rows. */
  public static final String CALIBRATION = "calibration.json";

  /** A suite's combined JSON. */
  public static final String SUITE = "suite.json";

  /**
   * Writes the report files (and {@code calibration.json} when the report has a fitted calibration)
   * into {@code dir}, creating it if needed.
   */
  public static void write(BenchmarkReport report, Path dir) throws IOException {
    writeAtomically(dir, files(report));
  }

  /**
   * Writes a suite: the primary report's files into {@code dir}, each other report's files into a
   * subdirectory named after its scorer (characters other than letters, digits, {@code .}, {@code
   * _} and {@code -} replaced by {@code _}), {@code comparison-SCORER.json} for each comparison and
   * {@code suite.json}.
   *
   * @throws IllegalArgumentException when two later scorers map to the same subdirectory name
   */
  public static void write(BenchmarkSuite suite, Path dir) throws IOException {
    Map<String, String> files = files(suite.primary());
    files.put(SUITE, suite.toJson() + "\n");
    for (Comparison c : suite.comparisons()) {
      files.put("comparison-" + safeName(c.scorerB()) + ".json", c.toJson() + "\n");
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (BenchmarkReport r : suite.reports().subList(1, suite.reports().size())) {
      if (!seen.add(safeName(r.scorer()))) {
        throw new IllegalArgumentException(
            "two scorers would share the report directory '" + safeName(r.scorer()) + "'");
      }
    }
    writeAtomically(dir, files);
    for (BenchmarkReport r : suite.reports().subList(1, suite.reports().size())) {
      writeAtomically(dir.resolve(safeName(r.scorer())), files(r));
    }
  }

  static String safeName(String scorer) {
    String s = scorer.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
  }

  private static Map<String, String> files(BenchmarkReport report) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(SUMMARY, report.toJson() + "\n");
    files.put(PREDICTIONS, predictionsJsonl(report));
    files.put(MARKDOWN, markdown(report));
    files.put(HTML, HtmlReport.render(report));
    if (report.fittedCalibration() != null) {
      files.put(CALIBRATION, report.fittedCalibration().toJson() + "\n");
    }
    return files;
  }

  /** Writes a comparison as {@code comparison.json} into {@code dir}. */
  public static void write(Comparison comparison, Path dir) throws IOException {
    writeAtomically(dir, Map.of("comparison.json", comparison.toJson() + "\n"));
  }

  /** Writes each named text to {@code dir} via temporary files and moves. */
  static void writeAtomically(Path dir, Map<String, String> files) throws IOException {
    Files.createDirectories(dir);
    List<Path> temps = new ArrayList<>();
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        // a unique hidden name; CREATE_NEW so the file gets the usual permissions (umask)
        Path tmp =
            dir.resolve(
                "."
                    + e.getKey()
                    + "."
                    + ProcessHandle.current().pid()
                    + "-"
                    + Thread.currentThread().threadId()
                    + "-"
                    + System.nanoTime()
                    + ".tmp");
        Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        temps.add(tmp);
      }
      int i = 0;
      for (String name : files.keySet()) {
        Path tmp = temps.get(i++);
        Path target = dir.resolve(name);
        try {
          Files.move(
              tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException ex) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      for (Path tmp : temps) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** One compact JSON object per row, in dataset order. */
  static String predictionsJsonl(BenchmarkReport report) {
    StringBuilder sb = new StringBuilder();
    for (RowResult r : report.rows()) {
      ObjectNode o = Json.object();
      o.put("id", r.row().id());
      o.put("question_id", r.row().questionId());
      if (report.kind() == TargetKind.NUMERIC) {
        o.put("target", Double.parseDouble(r.row().target()));
      } else {
        o.put("target", r.row().target());
      }
      o.put("raw_score", r.prediction().score());
      if (r.calibrated().isPresent()) {
        o.put("prediction", r.calibrated().getAsDouble());
      } else if (r.predictedLabel() != null) {
        o.put("prediction", r.predictedLabel());
        ObjectNode probs = o.putObject("probabilities");
        for (int c = 0; c < r.probabilities().size(); c++) {
          probs.put(report.classes().get(c), r.probabilities().get(c));
        }
      } else {
        o.putNull("prediction");
      }
      if (r.fold().isPresent()) {
        o.put("fold", r.fold().getAsInt());
      }
      ObjectNode signals = o.putObject("signals");
      r.prediction().signals().forEach(signals::put);
      ObjectNode coverage = o.putObject("keypoint_coverage");
      r.prediction().keyPointCoverage().forEach(coverage::put);
      o.set("extra", Json.toNode(r.row().extra()));
      sb.append(Json.compact(o)).append('\n');
    }
    return sb.toString();
  }

  /** The Markdown report. */
  static String markdown(BenchmarkReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Benchmark: ").append(md(r.scorer())).append(" on ").append(md(r.dataset()));
    sb.append("\n\n");
    sb.append("- rows: ").append(r.n());
    if (r.invalidRows() > 0) {
      sb.append(" (").append(r.invalidRows()).append(" invalid rows skipped)");
    }
    sb.append("\n- target: `").append(r.target()).append("` (").append(r.kind().jsonName());
    if (r.kind() == TargetKind.CATEGORICAL) {
      sb.append(", classes ").append(md(String.join(", ", r.classes())));
      sb.append(r.ordinal() ? ", ordinal" : "");
    }
    if (r.positiveClass() != null) {
      sb.append(", positive class for AUC: ").append(md(r.positiveClass()));
    }
    sb.append(")\n- calibration: ").append(describe(r.calibration())).append('\n');
    sb.append("- bootstrap: ")
        .append(r.bootstrapResamples())
        .append(" resamples by question, seed ")
        .append(r.seed())
        .append(", 95% percentile intervals\n");
    sb.append("- throughput: ")
        .append(String.format(Locale.ROOT, "%.1f", r.answersPerSecond()))
        .append(" answers/s\n\n");
    if (!r.metrics().isEmpty()) {
      sb.append("## Calibrated metrics\n\n");
      metricTable(sb, r.metrics(), r.ci());
    }
    sb.append("## Uncalibrated metrics (raw score)\n\n");
    metricTable(sb, r.uncalibrated(), r.uncalibratedCi());
    if (r.confusion() != null) {
      ConfusionMatrix m = r.confusion();
      sb.append("## Confusion matrix (rows: human, columns: predicted)\n\n| |");
      m.labels().forEach(l -> sb.append(' ').append(md(l)).append(" |"));
      sb.append("\n|---|");
      m.labels().forEach(l -> sb.append("---:|"));
      sb.append('\n');
      for (int t = 0; t < m.size(); t++) {
        sb.append("| ").append(md(m.labels().get(t))).append(" |");
        for (int p = 0; p < m.size(); p++) {
          sb.append(' ').append(m.count(t, p)).append(" |");
        }
        sb.append('\n');
      }
      sb.append("\n| class | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n");
      for (int c = 0; c < m.size(); c++) {
        sb.append("| ")
            .append(md(m.labels().get(c)))
            .append(" | ")
            .append(fmt(m.precision(c)))
            .append(" | ")
            .append(fmt(m.recall(c)))
            .append(" | ")
            .append(fmt(m.f1(c)))
            .append(" | ")
            .append(m.support(c))
            .append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("## Per question (main metric: ").append(r.mainMetric()).append(")\n\n");
    boolean numeric = r.kind() == TargetKind.NUMERIC;
    sb.append("| question | n | mean raw score |");
    sb.append(numeric ? " mean target | mean prediction |" : "");
    sb.append(' ').append(r.mainMetric()).append(" |\n|---|---:|---:|");
    sb.append(numeric ? "---:|---:|" : "").append("---:|\n");
    for (QuestionResult q : r.perQuestion()) {
      sb.append("| ").append(md(q.questionId())).append(" | ").append(q.n()).append(" | ");
      sb.append(fmt(q.meanRawScore())).append(" |");
      if (numeric) {
        sb.append(' ').append(fmt(q.meanTarget())).append(" | ");
        sb.append(fmt(q.meanPrediction())).append(" |");
      }
      sb.append(' ').append(fmt(questionMetric(q, r.mainMetric()))).append(" |\n");
    }
    sb.append("\nUndefined values are shown as n/a.\n");
    return sb.toString();
  }

  static MetricValue questionMetric(QuestionResult q, String name) {
    MetricValue v = q.metrics().get(name);
    return v != null ? v : MetricValue.undefined("not computed");
  }

  static String describe(CalibrationSetup c) {
    return switch (c.protocol()) {
      case NONE -> "none";
      case CROSS_VALIDATION ->
          c.method()
              + ", "
              + c.folds().orElseThrow()
              + "-fold cross-validation grouped by question";
      case TRAIN_TEST -> c.method() + ", trained on " + c.trainDataset();
    };
  }

  private static void metricTable(
      StringBuilder sb, Map<String, MetricValue> metrics, Map<String, ConfidenceInterval> ci) {
    sb.append("| metric | value | 95% CI |\n|---|---:|---|\n");
    metrics.forEach(
        (name, v) -> {
          ConfidenceInterval c = ci.get(name);
          sb.append("| ")
              .append(name)
              .append(" | ")
              .append(fmt(v))
              .append(" | ")
              .append(c == null ? "n/a" : "[" + fmt(c.lower()) + ", " + fmt(c.upper()) + "]")
              .append(" |");
          if (!v.isDefined()) {
            sb.append(" ").append(md(v.reason()));
          }
          sb.append('\n');
        });
    sb.append('\n');
  }

  static String fmt(MetricValue v) {
    return v.isDefined() ? fmt(v.value()) : "n/a";
  }

  static String fmt(java.util.OptionalDouble v) {
    return v.isPresent() ? fmt(v.getAsDouble()) : "n/a";
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
