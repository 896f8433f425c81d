package dev.answereval.testing;

import dev.answereval.scoring.AnswerScore;
import org.jspecify.annotations.Nullable;

/**
 * Entry point for answer-eval's AssertJ assertions; import statically next to AssertJ's own.
 *
 * <pre>{@code
 * import static dev.answereval.testing.AnswerEvalAssertions.assertThat;
 *
 * assertThat(evaluator.score(answer)).isScored().hasBand(Band.GOOD).covers("grounding");
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class AnswerEvalAssertions {
  private AnswerEvalAssertions() {}

  /** Assertions on a score. */
  public static AnswerScoreAssert assertThat(@Nullable AnswerScore actual) {
    return new AnswerScoreAssert(actual);
  }
}
