package dev.answereval.bench;

/**
 * A bootstrap percentile confidence interval.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower lower bound, finite
 * @param upper upper bound, finite, {@code >= lower}
 * @param resamples number of resamples in which the metric was defined and thus contributed
 */
public record ConfidenceInterval(double lower, double upper, int resamples) {
  public ConfidenceInterval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
      throw new IllegalArgumentException(
          "bounds must be finite with lower <= upper, got [" + lower + ", " + upper + "]");
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
    }
  }

  /** True when {@code value} lies within the bounds (inclusive). */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }
}
