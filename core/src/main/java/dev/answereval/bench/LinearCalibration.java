package dev.answereval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Least-squares line from the raw score to the target, clamped to the range of the training
 * targets. Immutable and thread-safe.
 *
 * @param slope finite
 * @param intercept finite
 * @param min lower clamp, finite
 * @param max upper clamp, finite, {@code >= min}
 */
public record LinearCalibration(double slope, double intercept, double min, double max)
    implements NumericCalibration {
  static final String TYPE = "linear";

  public LinearCalibration {
    if (!Double.isFinite(slope)
        || !Double.isFinite(intercept)
        || !Double.isFinite(min)
        || !Double.isFinite(max)
        || min > max) {
      throw new IllegalArgumentException(
          "slope, intercept, min, max must be finite with min <= max, got "
              + slope
              + ", "
              + intercept
              + ", "
              + min
              + ", "
              + max);
    }
  }

  /**
   * Fits by ordinary least squares; a constant raw score gives slope 0 and the mean target.
   *
   * @throws IllegalArgumentException on empty or mismatched inputs or non-finite values
   */
  public static LinearCalibration fit(double[] x, double[] y) {
    Metrics.sameLength(x.length, y.length);
    if (x.length == 0) {
      throw new IllegalArgumentException("cannot fit on no rows");
    }
    double mx = Metrics.mean(x);
    double my = Metrics.mean(y);
    double sxy = 0;
    double sxx = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("values must be finite, got row " + i);
      }
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      lo = Math.min(lo, y[i]);
      hi = Math.max(hi, y[i]);
    }
    double slope = sxx == 0 ? 0 : sxy / sxx;
    return new LinearCalibration(slope, my - slope * mx, lo, hi);
  }

  @Override
  public double predict(double rawScore) {
    return Math.max(min, Math.min(max, slope * rawScore + intercept));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String toJson() {
    ObjectNode n = Json.object();
    n.put("type", TYPE);
    n.put("slope", slope);
    n.put("intercept", intercept);
    n.put("min", min);
    n.put("max", max);
    return Json.pretty(n);
  }

  static LinearCalibration fromJsonNode(JsonNode node) {
    return new LinearCalibration(
        CalibrationJson.number(node, "slope"),
        CalibrationJson.number(node, "intercept"),
        CalibrationJson.number(node, "min"),
        CalibrationJson.number(node, "max"));
  }
}
