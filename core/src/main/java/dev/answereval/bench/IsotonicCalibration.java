package dev.answereval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * Isotonic regression of the target on the raw score, fitted by pool-adjacent-violators: the
 * non-decreasing step function closest in squared error to the targets, stored as knots and
 * evaluated by linear interpolation between them (clamped beyond the ends). Immutable and
 * thread-safe.
 */
public final class IsotonicCalibration implements NumericCalibration {
  static final String TYPE = "isotonic";

  private final double[] x;
  private final double[] y;

  /**
   * @param x knot positions, finite, strictly increasing, at least one
   * @param y fitted values, finite, non-decreasing, same length as x
   */
  public IsotonicCalibration(double[] x, double[] y) {
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must be non-empty with equal lengths, got " + x.length + " and " + y.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException(
            "knots must be finite, got (" + x[i] + ", " + y[i] + ")");
      }
      if (i > 0 && (x[i] <= x[i - 1] || y[i] < y[i - 1])) {
        throw new IllegalArgumentException(
            "x must be strictly increasing and y non-decreasing, violated at knot " + i);
      }
    }
    this.x = x.clone();
    this.y = y.clone();
  }

  /**
   * Fits on raw scores {@code x} and targets {@code y} (equal weights; tied scores pooled).
   *
   * @throws IllegalArgumentException on empty or mismatched inputs or non-finite values
   */
  public static IsotonicCalibration fit(double[] x, double[] y) {
    Metrics.sameLength(x.length, y.length);
    if (x.length == 0) {
      throw new IllegalArgumentException("cannot fit on no rows");
    }
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < order.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("values must be finite, got row " + i);
      }
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    // distinct x with summed y and counts
    double[] ux = new double[x.length];
    double[] sum = new double[x.length];
    double[] weight = new double[x.length];
    int m = 0;
    for (int idx : order) {
      if (m > 0 && ux[m - 1] == x[idx]) {
        sum[m - 1] += y[idx];
        weight[m - 1]++;
      } else {
        ux[m] = x[idx] + 0.0;
        sum[m] = y[idx];
        weight[m] = 1;
        m++;
      }
    }
    // pool adjacent violators over blocks [start[b], end of block)
    double[] bSum = new double[m];
    double[] bWeight = new double[m];
    int[] bStart = new int[m];
    int blocks = 0;
    for (int i = 0; i < m; i++) {
      bSum[blocks] = sum[i];
      bWeight[blocks] = weight[i];
      bStart[blocks] = i;
      blocks++;
      while (blocks > 1
          && bSum[blocks - 2] / bWeight[blocks - 2] > bSum[blocks - 1] / bWeight[blocks - 1]) {
        bSum[blocks - 2] += bSum[blocks - 1];
        bWeight[blocks - 2] += bWeight[blocks - 1];
        blocks--;
      }
    }
    double[] fitted = new double[m];
    for (int b = 0; b < blocks; b++) {
      int end = b + 1 < blocks ? bStart[b + 1] : m;
      double mean = bSum[b] / bWeight[b];
      for (int i = bStart[b]; i < end; i++) {
        fitted[i] = mean;
      }
    }
    for (int i = 1; i < m; i++) {
      fitted[i] = Math.max(fitted[i], fitted[i - 1]); // guard against rounding
    }
    return new IsotonicCalibration(Arrays.copyOf(ux, m), fitted);
  }

  @Override
  public double predict(double rawScore) {
    if (rawScore <= x[0]) {
      return y[0];
    }
    int last = x.length - 1;
    if (rawScore >= x[last]) {
      return y[last];
    }
    int pos = Arrays.binarySearch(x, rawScore);
    if (pos >= 0) {
      return y[pos];
    }
    int hi = -pos - 1;
    int lo = hi - 1;
    double t = (rawScore - x[lo]) / (x[hi] - x[lo]);
    return y[lo] + t * (y[hi] - y[lo]);
  }

  /** The knot positions. */
  public double[] knotsX() {
    return x.clone();
  }

  /** The fitted values at the knots. */
  public double[] knotsY() {
    return y.clone();
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String toJson() {
    ObjectNode n = Json.object();
    n.put("type", TYPE);
    n.set("x", Json.doubles(x));
    n.set("y", Json.doubles(y));
    return Json.pretty(n);
  }

  static IsotonicCalibration fromJsonNode(JsonNode node) {
    return new IsotonicCalibration(
        CalibrationJson.doubles(node, "x"), CalibrationJson.doubles(node, "y"));
  }

  @Override
  public String toString() {
    return "IsotonicCalibration[" + x.length + " knots]";
  }
}
