package dev.answereval.testing;

import dev.answereval.fixture.BandRange;
import dev.answereval.fixture.Expectations;
import dev.answereval.fixture.Failure;
import dev.answereval.rubric.StarComponent;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Band;
import dev.answereval.scoring.FlagType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link AnswerScore}. Failure messages name the question, the actual
 * score and band, and the evidence: the breakdown for score and band, the key point's coverage and
 * best-matching span for {@code covers}/{@code misses}, the STAR sentence and cues, the flags
 * raised. Obtain one through {@link AnswerEvalAssertions#assertThat(AnswerScore)}. Not thread-safe
 * (as any AssertJ assert).
 */
public final class AnswerScoreAssert extends AbstractAssert<AnswerScoreAssert, AnswerScore> {

  AnswerScoreAssert(AnswerScore actual) {
    super(actual, AnswerScoreAssert.class);
  }

  /** The score lies in {@code [min, max]}; fails for unscored answers. */
  public AnswerScoreAssert hasScoreBetween(double min, double max) {
    return expect(Expectations.none().withScore(min, max));
  }

  /** The score is at least {@code min}; fails for unscored answers. */
  public AnswerScoreAssert hasScoreAtLeast(double min) {
    return expect(Expectations.none().withScore(min, null));
  }

  /** The score is at most {@code max}; fails for unscored answers. */
  public AnswerScoreAssert hasScoreAtMost(double max) {
    return expect(Expectations.none().withScore(null, max));
  }

  /** The band is exactly {@code band}. */
  public AnswerScoreAssert hasBand(Band band) {
    return expect(Expectations.none().withBand(BandRange.exactly(band)));
  }

  /** The band is {@code band} or better. */
  public AnswerScoreAssert hasBandAtLeast(Band band) {
    return expect(Expectations.none().withBand(BandRange.atLeast(band)));
  }

  /** The band is {@code band} or worse. */
  public AnswerScoreAssert hasBandAtMost(Band band) {
    return expect(Expectations.none().withBand(BandRange.atMost(band)));
  }

  /** Every listed key point is covered. */
  public AnswerScoreAssert covers(String... keyPointIds) {
    return expect(Expectations.none().withCovers(List.of(keyPointIds)));
  }

  /** No listed key point is covered. */
  public AnswerScoreAssert misses(String... keyPointIds) {
    return expect(Expectations.none().withMisses(List.of(keyPointIds)));
  }

  /** Every listed STAR component was found. */
  public AnswerScoreAssert hasStar(StarComponent... components) {
    return expect(Expectations.none().withStar(distinct(components), true));
  }

  /** No listed STAR component was found. */
  public AnswerScoreAssert lacksStar(StarComponent... components) {
    return expect(Expectations.none().withStar(distinct(components), false));
  }

  /** Every listed flag type was raised. */
  public AnswerScoreAssert hasFlag(FlagType... types) {
    return expect(Expectations.none().withFlags(distinct(types), true));
  }

  /** No listed flag type was raised. */
  public AnswerScoreAssert hasNoFlag(FlagType... types) {
    return expect(Expectations.none().withFlags(distinct(types), false));
  }

  /** The answer was not scored. */
  public AnswerScoreAssert isUnscored() {
    return expect(Expectations.none().withScored(false));
  }

  /** The answer was scored. */
  public AnswerScoreAssert isScored() {
    return expect(Expectations.none().withScored(true));
  }

  /** The answer meets all these expectations (as written in a fixture file's {@code expect}). */
  public AnswerScoreAssert meets(Expectations expectations) {
    return expect(expectations);
  }

  private AnswerScoreAssert expect(Expectations e) {
    isNotNull();
    List<Failure> failures = e.check(actual);
    if (!failures.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      sb.append("answer to '").append(actual.questionId()).append("' (");
      if (actual.isScored()) {
        sb.append(
            String.format(Locale.ROOT, "score %.1f, %s", actual.score(), actual.band().label()));
      } else {
        sb.append("unscored: ").append(actual.reason());
      }
      sb.append(')');
      for (Failure f : failures) {
        sb.append("\n  - ").append(f.describe());
      }
      failWithMessage("%s", sb.toString());
    }
    return this;
  }

  /** The listed values as a set; a value listed twice counts once. */
  @SafeVarargs
  private static <E extends Enum<E>> Set<E> distinct(E... values) {
    return Set.copyOf(List.of(values));
  }
}
