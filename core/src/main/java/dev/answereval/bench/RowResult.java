package dev.answereval.bench;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One row of a benchmark: the dataset row, the scorer's prediction and the calibrated prediction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the dataset row
 * @param prediction the scorer's raw prediction
 * @param calibrated the calibrated numeric estimate (numeric targets with calibration), else empty
 * @param predictedLabel the calibrated class (categorical targets with calibration), else null
 * @param probabilities calibrated class probabilities in class order, else empty
 * @param fold the cross-validation fold the row was tested in, else empty
 */
public record RowResult(
    DatasetRow row,
    Prediction prediction,
    OptionalDouble calibrated,
    @Nullable String predictedLabel,
    List<Double> probabilities,
    OptionalInt fold) {

  public RowResult {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(calibrated, "calibrated");
    probabilities = List.copyOf(probabilities);
    Objects.requireNonNull(fold, "fold");
  }
}
