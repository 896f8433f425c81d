package dev.answereval.scoring;

import java.util.Objects;

/**
 * One line of a score's breakdown: how many points a signal, penalty or cap added to the 0-100
 * score. The contributions of an {@link AnswerScore} add up to its score.
 *
 * @param signal a stable lower-case name, e.g. {@code "key_points"}, {@code "red_flag:breach"}
 * @param value the signal's own value before weighting (e.g. coverage 0.8), or the penalty in
 *     points
 * @param weight the weight applied (1 for penalties and caps)
 * @param points the points contributed, negative for penalties and caps
 * @param description one plain sentence
 */
public record Contribution(
    String signal, double value, double weight, double points, String description) {
  public Contribution {
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(description, "description");
    if (!Double.isFinite(value) || !Double.isFinite(weight) || !Double.isFinite(points)) {
      throw new IllegalArgumentException("contribution '" + signal + "' has a non-finite number");
    }
  }
}
