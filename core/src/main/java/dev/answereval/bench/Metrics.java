package dev.answereval.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Agreement metrics between predictions and human grades, computed exactly (no approximation).
 *
 * <p>Inputs must have equal lengths and finite values ({@link IllegalArgumentException} otherwise).
 * Degenerate inputs give {@link MetricValue#undefined} with a reason, never NaN. Stateless and
 * thread-safe.
 */
public final class Metrics {
  private Metrics() {}

  /** Pearson's product-moment correlation; undefined for fewer than 2 rows or a constant side. */
  public static MetricValue pearson(double[] x, double[] y) {
    check(x, y);
    int n = x.length;
    if (n < 2) {
      return MetricValue.undefined("needs at least 2 rows, got " + n);
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0) {
      return MetricValue.undefined("predictions are constant");
    }
    if (syy == 0) {
      return MetricValue.undefined("targets are constant");
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return MetricValue.of(Math.max(-1, Math.min(1, r)));
  }

  /** Spearman's rank correlation: Pearson of the ranks, ties given their average rank. */
  public static MetricValue spearman(double[] x, double[] y) {
    check(x, y);
    return pearson(averageRanks(x), averageRanks(y));
  }

  /**
   * Kendall's tau-b: {@code (C - D) / sqrt((P - Tx) (P - Ty))} with C concordant and D discordant
   * pairs, P all pairs and Tx, Ty the pairs tied in x, in y. Computed in O(n log n) by Knight's
   * merge-sort method.
   */
  public static MetricValue kendallTauB(double[] xs, double[] ys0) {
    check(xs, ys0);
    double[] x = withoutNegativeZero(xs);
    double[] y = withoutNegativeZero(ys0);
    int n = x.length;
    if (n < 2) {
      return MetricValue.undefined("needs at least 2 rows, got " + n);
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(
        boxed,
        (a, b) -> {
          int c = Double.compare(x[a], x[b]);
          return c != 0 ? c : Double.compare(y[a], y[b]);
        });
    long pairs = (long) n * (n - 1) / 2;
    long tiedX = 0;
    long tiedXy = 0;
    int runX = 1;
    int runXy = 1;
    for (int i = 1; i < n; i++) {
      boolean sameX = x[boxed[i]] == x[boxed[i - 1]];
      boolean sameXy = sameX && y[boxed[i]] == y[boxed[i - 1]];
      runX = sameX ? runX + 1 : 1;
      runXy = sameXy ? runXy + 1 : 1;
      tiedX += runX - 1;
      tiedXy += runXy - 1;
    }
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      ys[i] = y[boxed[i]];
    }
    long swaps = mergeCountSwaps(ys, new double[n], 0, n);
    long tiedY = 0;
    int runY = 1;
    for (int i = 1; i < n; i++) {
      runY = ys[i] == ys[i - 1] ? runY + 1 : 1;
      tiedY += runY - 1;
    }
    if (pairs == tiedX) {
      return MetricValue.undefined("predictions are constant");
    }
    if (pairs == tiedY) {
      return MetricValue.undefined("targets are constant");
    }
    long numerator = pairs - tiedX - tiedY + tiedXy - 2 * swaps;
    double tau = numerator / Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
    return MetricValue.of(Math.max(-1, Math.min(1, tau)));
  }

  /** Sorts {@code v[from, to)} ascending, returning the number of strict inversions. */
  private static long mergeCountSwaps(double[] v, double[] tmp, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long swaps = mergeCountSwaps(v, tmp, from, mid) + mergeCountSwaps(v, tmp, mid, to);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      if (v[j] < v[i]) {
        swaps += mid - i;
        tmp[k++] = v[j++];
      } else {
        tmp[k++] = v[i++];
      }
    }
    while (i < mid) {
      tmp[k++] = v[i++];
    }
    while (j < to) {
      tmp[k++] = v[j++];
    }
    System.arraycopy(tmp, from, v, from, to - from);
    return swaps;
  }

  /** The textbook O(n^2) tau-b, kept to cross-check {@link #kendallTauB}. */
  static MetricValue kendallTauBNaive(double[] x, double[] y) {
    check(x, y);
    int n = x.length;
    if (n < 2) {
      return MetricValue.undefined("needs at least 2 rows, got " + n);
    }
    long concordant = 0;
    long discordant = 0;
    long tiedX = 0;
    long tiedY = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int sx = Double.compare(x[i], x[j]);
        int sy = Double.compare(y[i], y[j]);
        if (sx == 0) {
          tiedX++;
        }
        if (sy == 0) {
          tiedY++;
        }
        if (sx != 0 && sy != 0) {
          if ((sx > 0) == (sy > 0)) {
            concordant++;
          } else {
            discordant++;
          }
        }
      }
    }
    long pairs = (long) n * (n - 1) / 2;
    if (pairs == tiedX) {
      return MetricValue.undefined("predictions are constant");
    }
    if (pairs == tiedY) {
      return MetricValue.undefined("targets are constant");
    }
    return MetricValue.of(
        (concordant - discordant) / Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY)));
  }

  /**
   * Cohen's kappa with quadratic weights {@code (i - j)^2 / (k - 1)^2} on the integer scale {@code
   * [min, max]}: {@code 1 - sum(w O) / sum(w E)} with E the outer product of the two rating
   * histograms divided by n.
   *
   * @throws IllegalArgumentException when a rating lies outside {@code [min, max]}
   */
  public static MetricValue quadraticWeightedKappa(int[] a, int[] b, int min, int max) {
    sameLength(a.length, b.length);
    if (max <= min) {
      throw new IllegalArgumentException("max must be > min, got min=" + min + ", max=" + max);
    }
    int k = max - min + 1;
    int n = a.length;
    if (n == 0) {
      return MetricValue.undefined("no rows");
    }
    double[][] observed = new double[k][k];
    double[] ha = new double[k];
    double[] hb = new double[k];
    for (int i = 0; i < n; i++) {
      if (a[i] < min || a[i] > max || b[i] < min || b[i] > max) {
        throw new IllegalArgumentException(
            "ratings must be in [" + min + ", " + max + "], got " + a[i] + " and " + b[i]);
      }
      observed[a[i] - min][b[i] - min]++;
      ha[a[i] - min]++;
      hb[b[i] - min]++;
    }
    double num = 0;
    double den = 0;
    double scale = (double) (k - 1) * (k - 1);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double w = (double) (i - j) * (i - j) / scale;
        num += w * observed[i][j];
        den += w * ha[i] * hb[j] / n;
      }
    }
    if (den == 0) {
      return MetricValue.undefined("no disagreement is expected by chance (constant ratings)");
    }
    return MetricValue.of(1 - num / den);
  }

  /** Root mean squared error; undefined for no rows. */
  public static MetricValue rmse(double[] predicted, double[] actual) {
    check(predicted, actual);
    if (predicted.length == 0) {
      return MetricValue.undefined("no rows");
    }
    double s = 0;
    for (int i = 0; i < predicted.length; i++) {
      double d = predicted[i] - actual[i];
      s += d * d;
    }
    return MetricValue.of(Math.sqrt(s / predicted.length));
  }

  /** Mean absolute error; undefined for no rows. */
  public static MetricValue mae(double[] predicted, double[] actual) {
    check(predicted, actual);
    if (predicted.length == 0) {
      return MetricValue.undefined("no rows");
    }
    double s = 0;
    for (int i = 0; i < predicted.length; i++) {
      s += Math.abs(predicted[i] - actual[i]);
    }
    return MetricValue.of(s / predicted.length);
  }

  /** Share of equal class indices; undefined for no rows. */
  public static MetricValue accuracy(int[] truth, int[] predicted) {
    sameLength(truth.length, predicted.length);
    if (truth.length == 0) {
      return MetricValue.undefined("no rows");
    }
    int right = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] == predicted[i]) {
        right++;
      }
    }
    return MetricValue.of((double) right / truth.length);
  }

  /** Macro-averaged F1 over the {@code classes} labels (see {@link ConfusionMatrix#macroF1}). */
  public static MetricValue macroF1(List<String> classes, int[] truth, int[] predicted) {
    return ConfusionMatrix.of(classes, truth, predicted).macroF1();
  }

  /** Support-weighted F1 (see {@link ConfusionMatrix#weightedF1}). */
  public static MetricValue weightedF1(List<String> classes, int[] truth, int[] predicted) {
    return ConfusionMatrix.of(classes, truth, predicted).weightedF1();
  }

  /**
   * Area under the ROC curve: the probability that a random positive scores above a random
   * negative, ties counting one half (the Mann-Whitney U statistic over P x N). Undefined without
   * both classes.
   */
  public static MetricValue auc(double[] scores, boolean[] positive) {
    sameLength(scores.length, positive.length);
    checkFinite(scores);
    double[] ranks = averageRanks(scores);
    long p = 0;
    double rankSum = 0;
    for (int i = 0; i < scores.length; i++) {
      if (positive[i]) {
        p++;
        rankSum += ranks[i];
      }
    }
    long neg = scores.length - p;
    if (p == 0 || neg == 0) {
      return MetricValue.undefined("needs both positive and negative rows");
    }
    double u = rankSum - p * (p + 1) / 2.0;
    return MetricValue.of(u / ((double) p * neg));
  }

  /** 1-based ranks, tied values sharing the mean of the ranks they span. */
  public static double[] averageRanks(double[] v) {
    checkFinite(v);
    int n = v.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        ranks[order[t]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  private static double[] withoutNegativeZero(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] + 0.0;
    }
    return out;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  static void sameLength(int a, int b) {
    if (a != b) {
      throw new IllegalArgumentException("inputs must have equal lengths, got " + a + " and " + b);
    }
  }

  private static void check(double[] x, double[] y) {
    sameLength(x.length, y.length);
    checkFinite(x);
    checkFinite(y);
  }

  private static void checkFinite(double[] v) {
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException("values must be finite, got [" + i + "] = " + v[i]);
      }
    }
  }
}
