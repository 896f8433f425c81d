package dev.answereval.rubric;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reference answer written for the rubric.
 *
 * @param text the answer text, not blank
 * @param grade the score (0-100) the answer deserves, or null when it is simply a model answer
 *     (treated as 100)
 */
public record Exemplar(String text, @Nullable Double grade) {

  public Exemplar {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("exemplar text must not be blank");
    }
    if (grade != null && (!Double.isFinite(grade) || grade < 0 || grade > 100)) {
      throw new IllegalArgumentException("exemplar grade must be in [0, 100], got " + grade);
    }
  }

  /** A model answer without an explicit grade. */
  public static Exemplar of(String text) {
    return new Exemplar(text, null);
  }

  /** The grade, or 100 when none was given. */
  public double gradeOrMax() {
    return grade == null ? 100.0 : grade;
  }
}
