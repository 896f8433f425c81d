package dev.answereval.bench;

import dev.answereval.scoring.AnswerScore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One answer scored by a {@link CalibratedEvaluator}: the evaluator's full result, the features the
 * calibration saw, and the calibrated prediction on the target's scale (a number) or classes (a
 * label with the probability of every class).
 *
 * <p>Exactly one of {@code value} and {@code label} is present. Immutable and thread-safe.
 *
 * @param answerScore the evaluator's result (possibly unscored, e.g. too short)
 * @param prediction raw score, signals and key-point coverage derived from {@code answerScore} as
 *     {@link EvaluatorRowScorer#predictionOf(AnswerScore)} does
 * @param value the calibrated numeric estimate, for a numeric calibration
 * @param label the most probable class, for a categorical calibration, else null
 * @param probabilities each class's probability in the calibration's class order (empty for a
 *     numeric calibration)
 */
public record CalibratedScore(
    AnswerScore answerScore,
    Prediction prediction,
    OptionalDouble value,
    @Nullable String label,
    Map<String, Double> probabilities) {

  public CalibratedScore {
    Objects.requireNonNull(answerScore, "answerScore");
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(value, "value");
    probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    if (value.isPresent() == (label != null)) {
      throw new IllegalArgumentException(
          "exactly one of value and label must be present, got value "
              + value
              + " and label "
              + label);
    }
    if (label != null && !probabilities.containsKey(label)) {
      throw new IllegalArgumentException(
          "label '" + label + "' must be one of the probability classes " + probabilities.keySet());
    }
  }
}
