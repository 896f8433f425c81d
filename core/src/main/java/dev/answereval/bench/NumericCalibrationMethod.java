package dev.answereval.bench;

/** How the raw score is calibrated onto a numeric target. */
public enum NumericCalibrationMethod {
  /** Monotone step-wise fit by pool-adjacent-violators ({@link IsotonicCalibration}). */
  ISOTONIC,
  /** Least-squares line ({@link LinearCalibration}). */
  LINEAR;

  /** Fits this method on raw scores {@code x} and targets {@code y}. */
  public NumericCalibration fit(double[] x, double[] y) {
    return switch (this) {
      case ISOTONIC -> IsotonicCalibration.fit(x, y);
      case LINEAR -> LinearCalibration.fit(x, y);
    };
  }

  /** The lower-case name used in JSON output. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
