package dev.answereval.bench;

/**
 * A calibration of the raw score onto a numeric target. Implementations are immutable and
 * thread-safe.
 */
public sealed interface NumericCalibration extends Calibration
    permits IsotonicCalibration, LinearCalibration {

  /** The calibrated target estimate for a raw score. */
  double predict(double rawScore);

  /** The calibrated target estimate for a prediction's raw score. */
  default double predict(Prediction prediction) {
    return predict(prediction.score());
  }
}
