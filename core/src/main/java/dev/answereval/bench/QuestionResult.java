package dev.answereval.bench;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Benchmark figures for the rows of one question.
 *
 * <p>Immutable and thread-safe.
 *
 * @param questionId the question
 * @param question its text, when the dataset gives it
 * @param n number of rows
 * @param meanRawScore mean raw score
 * @param meanTarget mean numeric target (empty for categorical targets)
 * @param meanPrediction mean calibrated estimate (empty when categorical or uncalibrated)
 * @param metrics the run's metrics restricted to this question (uncalibrated ones prefixed {@code
 *     uncalibrated.}); often undefined for few rows
 */
public record QuestionResult(
    String questionId,
    @Nullable String question,
    int n,
    double meanRawScore,
    OptionalDouble meanTarget,
    OptionalDouble meanPrediction,
    Map<String, MetricValue> metrics) {

  public QuestionResult {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, got " + n);
    }
    metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
  }
}
