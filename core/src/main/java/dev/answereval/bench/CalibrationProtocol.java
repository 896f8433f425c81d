package dev.answereval.bench;

/** How calibrated predictions are obtained without fitting on the rows they are tested on. */
public enum CalibrationProtocol {
  /**
   * K-fold cross-validation grouped by question: each row is predicted by a fit without its
   * question.
   */
  CROSS_VALIDATION,
  /** Fitted on a separate training dataset and applied to the evaluation dataset. */
  TRAIN_TEST,
  /** No calibration; only uncalibrated figures are reported. */
  NONE;

  /** The lower-case name used in JSON output. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
