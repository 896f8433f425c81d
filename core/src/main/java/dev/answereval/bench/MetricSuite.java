package dev.answereval.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of one benchmark run, computable on any multiset of its rows (for the bootstrap and
 * the per-question table). Calibrated metrics use plain names, uncalibrated ones the prefix {@link
 * #UNCALIBRATED}. For two classes, {@code auc} (raw score) and calibrated {@code auc} (probability
 * of the positive class) both measure how well the positive class is ranked above the other, so
 * they agree in direction whatever the labels are called.
 *
 * <p>Calibrated ranking metrics ({@code pearson}, {@code spearman}, {@code kendall}, {@code auc})
 * are computed within each cross-validation fold and averaged, weighted by the fold's rows; folds
 * where the metric is undefined are left out. Pooling the out-of-fold predictions of all folds
 * would compare predictions of different calibration maps: each map has its own intercept, so even
 * a scorer that returns a constant gets a spurious correlation from which fold a row was tested in
 * (its maps are the training-fold means). Within one fold every prediction comes from one map, so a
 * constant scorer gets undefined correlations and an AUC of exactly 0.5. Rows without a fold
 * (train/test calibration: one map) form one group, which is the pooled value. The absolute metrics
 * ({@code qwk}, {@code rmse}, {@code mae}, {@code accuracy}, F1) stay pooled, because an intercept
 * shift rightly costs them. Immutable after construction and thread-safe.
 */
final class MetricSuite {
  static final String UNCALIBRATED = "uncalibrated.";

  /** Prefix of the one-vs-rest AUC of the raw score for each unordered class (3 or more). */
  static final String AUC_PREFIX = "auc_";

  /** The largest integer target range that counts as a rating scale for QWK. */
  static final int MAX_QWK_LEVELS = 21;

  private final TargetKind kind;
  private final List<String> classes;
  private final boolean ordinal;
  private final int positive;
  private final boolean calibrated;
  private final double[] raw;
  private final double[] yNum;
  private final int[] yCls;
  private final double[] prediction;
  private final int[] predictedCls;
  private final double[] positiveProbability;
  private final int[] fold;
  private final int scaleMin;
  private final int scaleMax;
  private final boolean hasScale;

  /**
   * @param positiveClass for two classes, the class that AUCs treat as positive (one of {@code
   *     classes}); ignored otherwise
   * @throws IllegalArgumentException when there are two classes and {@code positiveClass} is not
   *     one of them, or a row's label is not a class
   */
  MetricSuite(
      TargetKind kind,
      List<String> classes,
      boolean ordinal,
      @Nullable String positiveClass,
      List<RowResult> rows) {
    this.kind = kind;
    this.classes = List.copyOf(classes);
    this.ordinal = ordinal;
    this.positive =
        classes.size() == 2 && positiveClass != null ? classes.indexOf(positiveClass) : -1;
    if (classes.size() == 2 && positive < 0) {
      throw new IllegalArgumentException(
          "positive class '" + positiveClass + "' must be one of " + classes);
    }
    int n = rows.size();
    raw = new double[n];
    yNum = new double[n];
    yCls = new int[n];
    prediction = new double[n];
    predictedCls = new int[n];
    positiveProbability = new double[n];
    fold = new int[n];
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < classes.size(); c++) {
      index.put(classes.get(c), c);
    }
    boolean allCalibrated = n > 0;
    for (int i = 0; i < n; i++) {
      RowResult r = rows.get(i);
      raw[i] = r.prediction().score();
      fold[i] = r.fold().orElse(-1);
      if (kind == TargetKind.NUMERIC) {
        yNum[i] = Double.parseDouble(r.row().target());
        if (r.calibrated().isPresent()) {
          prediction[i] = r.calibrated().getAsDouble();
        } else {
          allCalibrated = false;
        }
      } else {
        Integer t = index.get(r.row().target());
        if (t == null) {
          throw new IllegalArgumentException(
              "row '" + r.row().id() + "': label '" + r.row().target() + "' not in " + classes);
        }
        yCls[i] = t;
        if (r.predictedLabel() != null) {
          predictedCls[i] = index.get(r.predictedLabel());
          positiveProbability[i] =
              r.probabilities().size() == 2 ? r.probabilities().get(positive) : 0;
        } else {
          allCalibrated = false;
        }
      }
    }
    this.calibrated = allCalibrated;
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    boolean integral = kind == TargetKind.NUMERIC && n > 0;
    for (int i = 0; i < n && integral; i++) {
      if (yNum[i] != Math.rint(yNum[i]) || Math.abs(yNum[i]) > 1e6) {
        integral = false;
      } else {
        lo = Math.min(lo, (int) yNum[i]);
        hi = Math.max(hi, (int) yNum[i]);
      }
    }
    hasScale = integral && hi > lo && hi - lo + 1 <= MAX_QWK_LEVELS;
    scaleMin = lo;
    scaleMax = hi;
  }

  /** Whether calibrated metrics exist. */
  boolean calibrated() {
    return calibrated;
  }

  /** The headline metric for per-question bars. */
  String mainMetric() {
    if (kind == TargetKind.NUMERIC) {
      return calibrated ? "spearman" : UNCALIBRATED + "spearman";
    }
    if (calibrated) {
      return "accuracy";
    }
    return classes.size() == 2 ? UNCALIBRATED + "auc" : UNCALIBRATED + "spearman";
  }

  /** All rows. */
  Map<String, MetricValue> all() {
    int[] idx = new int[raw.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    return compute(idx);
  }

  /** Metrics on the rows {@code idx} (repeats allowed). */
  Map<String, MetricValue> compute(int[] idx) {
    Map<String, MetricValue> out = new LinkedHashMap<>();
    double[] r = pick(raw, idx);
    if (kind == TargetKind.NUMERIC) {
      double[] y = pick(yNum, idx);
      out.put(UNCALIBRATED + "pearson", Metrics.pearson(r, y));
      out.put(UNCALIBRATED + "spearman", Metrics.spearman(r, y));
      out.put(UNCALIBRATED + "kendall", Metrics.kendallTauB(r, y));
      if (calibrated) {
        double[] p = pick(prediction, idx);
        int[][] folds = byFold(idx);
        out.put(
            "pearson",
            withinFolds(folds, f -> Metrics.pearson(pick(prediction, f), pick(yNum, f))));
        out.put(
            "spearman",
            withinFolds(folds, f -> Metrics.spearman(pick(prediction, f), pick(yNum, f))));
        out.put(
            "kendall",
            withinFolds(folds, f -> Metrics.kendallTauB(pick(prediction, f), pick(yNum, f))));
        out.put("qwk", qwkNumeric(p, y));
        out.put("rmse", Metrics.rmse(p, y));
        out.put("mae", Metrics.mae(p, y));
      }
    } else {
      int[] y = pick(yCls, idx);
      if (classes.size() == 2) {
        out.put(UNCALIBRATED + "auc", Metrics.auc(r, positives(y, positive)));
      }
      if (ordinal) {
        out.put(UNCALIBRATED + "spearman", Metrics.spearman(r, toDouble(y)));
      }
      if (classes.size() > 2 && !ordinal) {
        // Unordered classes: how well the raw score separates each class from the others.
        for (int c = 0; c < classes.size(); c++) {
          out.put(UNCALIBRATED + AUC_PREFIX + classes.get(c), Metrics.auc(r, positives(y, c)));
        }
      }
      if (calibrated) {
        int[] p = pick(predictedCls, idx);
        ConfusionMatrix m = ConfusionMatrix.of(classes, y, p);
        out.put("accuracy", m.accuracy());
        out.put("macro_f1", m.macroF1());
        out.put("weighted_f1", m.weightedF1());
        if (classes.size() == 2) {
          out.put(
              "auc",
              withinFolds(
                  byFold(idx),
                  f ->
                      Metrics.auc(
                          pick(positiveProbability, f), positives(pick(yCls, f), positive))));
        }
        if (ordinal) {
          out.put("qwk", Metrics.quadraticWeightedKappa(y, p, 0, classes.size() - 1));
        }
      }
    }
    return out;
  }

  /** The confusion matrix of calibrated predictions over all rows, or null. */
  @Nullable ConfusionMatrix confusion() {
    if (kind != TargetKind.CATEGORICAL || !calibrated) {
      return null;
    }
    return ConfusionMatrix.of(classes, yCls, predictedCls);
  }

  /** The rows of {@code idx} split by fold, in fold order; one group when all share a fold. */
  private int[][] byFold(int[] idx) {
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i : idx) {
      groups.computeIfAbsent(fold[i], f -> new ArrayList<>()).add(i);
    }
    if (groups.size() <= 1) {
      return new int[][] {idx};
    }
    return groups.values().stream()
        .map(g -> g.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  /**
   * {@code metric} on the rows of each fold (from {@link #byFold}), averaged with the fold's rows
   * as weight over the folds where it is defined; undefined when it is undefined in every fold.
   */
  private static MetricValue withinFolds(int[][] folds, Function<int[], MetricValue> metric) {
    if (folds.length == 1) {
      return metric.apply(folds[0]);
    }
    double sum = 0;
    long weight = 0;
    @Nullable String reason = null;
    for (int[] g : folds) {
      MetricValue v = metric.apply(g);
      if (v.isDefined()) {
        sum += v.value() * g.length;
        weight += g.length;
      } else if (reason == null) {
        reason = v.reason();
      }
    }
    return weight > 0
        ? MetricValue.of(sum / weight)
        : MetricValue.undefined(reason + " in every fold");
  }

  private MetricValue qwkNumeric(double[] p, double[] y) {
    if (!hasScale) {
      return MetricValue.undefined(
          "target is not on an integer scale of 2 to " + MAX_QWK_LEVELS + " levels");
    }
    int[] a = new int[y.length];
    int[] b = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      a[i] = (int) y[i];
      b[i] = (int) Math.max(scaleMin, Math.min(scaleMax, Math.round(p[i])));
    }
    return Metrics.quadraticWeightedKappa(a, b, scaleMin, scaleMax);
  }

  private static boolean[] positives(int[] y, int positive) {
    boolean[] out = new boolean[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = y[i] == positive;
    }
    return out;
  }

  private static double[] toDouble(int[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }

  private static double[] pick(double[] v, int[] idx) {
    double[] out = new double[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = v[idx[i]];
    }
    return out;
  }

  private static int[] pick(int[] v, int[] idx) {
    int[] out = new int[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = v[idx[i]];
    }
    return out;
  }
}
