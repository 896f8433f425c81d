package dev.answereval.bench;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How the calibrated figures of a report were obtained.
 *
 * <p>Immutable and thread-safe.
 *
 * @param protocol cross-validation, train/test or none
 * @param method {@code isotonic}, {@code linear}, {@code logistic} or {@code none}
 * @param folds the folds actually used (cross-validation only)
 * @param trainDataset the training dataset's name (train/test only)
 */
public record CalibrationSetup(
    CalibrationProtocol protocol, String method, OptionalInt folds, @Nullable String trainDataset) {
  public CalibrationSetup {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(folds, "folds");
  }
}
