package dev.answereval.testing;

import static dev.answereval.testing.AnswerEvalAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.answereval.report.Explanation;
import dev.answereval.rubric.StarComponent;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Band;
import dev.answereval.scoring.Contribution;
import dev.answereval.scoring.Flag;
import dev.answereval.scoring.FlagType;
import dev.answereval.scoring.KeyPointResult;
import dev.answereval.scoring.Span;
import dev.answereval.scoring.StarResult;
import dev.answereval.scoring.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerScoreAssertTest {
  private static final String ANSWER = "I stay calm. I never call anyone.";

  /** Score 58.7 (Adequate): calm covered; safety not (0.42); STAR situation found, result not. */
  private static AnswerScore adequate() {
    Map<StarComponent, StarResult.Component> comps = new EnumMap<>(StarComponent.class);
    comps.put(
        StarComponent.SITUATION,
        new StarResult.Component(
            StarComponent.SITUATION, true, 0.9, List.of(Span.of(ANSWER, 0, 12)), List.of()));
    comps.put(
        StarComponent.RESULT,
        new StarResult.Component(StarComponent.RESULT, false, 0.2, List.of(), List.of()));
    return new AnswerScore(
        "q-1",
        Status.SCORED,
        null,
        58.7,
        Band.ADEQUATE,
        60,
        List.of(
            new KeyPointResult(
                "calm",
                "Stays calm.",
                1,
                false,
                0.81,
                true,
                List.of(Span.of(ANSWER, 0, 12)),
                List.of("calm"),
                false),
            new KeyPointResult(
                "safety",
                "Calls for help.",
                1,
                true,
                0.42,
                false,
                List.of(Span.of(ANSWER, 13, 33)),
                List.of("call"),
                false)),
        new StarResult(true, comps, 0.4),
        List.of(new Flag(FlagType.TOO_SHORT, null, "The answer has 7 words.", List.of(), 0)),
        List.of(),
        List.of(new Contribution("key_points", 0.587, 1, 58.7, "coverage")),
        Map.of(),
        Explanation.leaf(58.7, "score"));
  }

  private static AnswerScore unscored() {
    return new AnswerScore(
        "q-1",
        Status.UNSCORED,
        "too short: 2 words",
        0,
        null,
        60,
        List.of(),
        StarResult.notApplicable(),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        Explanation.leaf(0, "unscored"));
  }

  @Test
  void passingAssertionsChain() {
    assertThat(adequate())
        .isScored()
        .hasScoreBetween(50, 60)
        .hasScoreAtLeast(58.7)
        .hasScoreAtMost(58.7)
        .hasBand(Band.ADEQUATE)
        .hasBandAtLeast(Band.WEAK)
        .hasBandAtMost(Band.GOOD)
        .covers("calm")
        .misses("safety")
        .hasStar(StarComponent.SITUATION)
        .lacksStar(StarComponent.RESULT)
        .hasFlag(FlagType.TOO_SHORT)
        .hasNoFlag(FlagType.KEYWORD_LIST, FlagType.RED_FLAG);
    assertThat(unscored()).isUnscored().hasNoFlag(FlagType.NOT_ENGLISH);
  }

  @Test
  void scoreFailureShowsActualScoreAndBreakdown() {
    assertThatThrownBy(() -> assertThat(adequate()).hasScoreAtLeast(70))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "answer to 'q-1' (score 58.7, Adequate)\n"
                + "  - score: expected >= 70.0, got 58.7; evidence: breakdown: key_points +58.7");
  }

  @Test
  void scoreJustOutsideABoundShowsEnoughDigitsToTellThemApart() {
    assertThatThrownBy(() -> assertThat(adequate()).hasScoreAtLeast(58.72))
        .hasMessageContaining("score: expected >= 58.7, got 58.70;");
    assertThatThrownBy(() -> assertThat(adequate()).hasScoreAtMost(58.69))
        .hasMessageContaining("score: expected <= 58.7, got 58.70;");
  }

  @Test
  void aValueListedTwiceCountsOnce() {
    assertThat(adequate())
        .hasStar(StarComponent.SITUATION, StarComponent.SITUATION)
        .hasFlag(FlagType.TOO_SHORT, FlagType.TOO_SHORT)
        .hasNoFlag(FlagType.TOO_LONG, FlagType.TOO_LONG);
  }

  @Test
  void coversFailureShowsCoverageAndEvidence() {
    assertThatThrownBy(() -> assertThat(adequate()).covers("calm", "safety"))
        .hasMessage(
            "answer to 'q-1' (score 58.7, Adequate)\n"
                + "  - covers 'safety': expected covered, got not covered (coverage 0.42);"
                + " evidence: best match: \"I never call anyone.\" [13, 33) (matched terms: call)");
  }

  @Test
  void bandStarAndFlagFailures() {
    assertThatThrownBy(() -> assertThat(adequate()).hasBand(Band.GOOD))
        .hasMessageContaining("band: expected Good (4), got Adequate (3), score 58.7");
    assertThatThrownBy(() -> assertThat(adequate()).hasStar(StarComponent.RESULT))
        .hasMessageContaining(
            "star present 'result': expected found, got not found (confidence 0.20)");
    assertThatThrownBy(() -> assertThat(adequate()).lacksStar(StarComponent.SITUATION))
        .hasMessageContaining("evidence: sentence: \"I stay calm.\" [0, 12)");
    assertThatThrownBy(() -> assertThat(adequate()).hasNoFlag(FlagType.TOO_SHORT))
        .hasMessageContaining(
            "noFlags 'too_short': expected not raised, got raised; evidence: The answer has 7"
                + " words.");
    assertThatThrownBy(() -> assertThat(adequate()).hasFlag(FlagType.KEYWORD_LIST))
        .hasMessageContaining("evidence: raised: too_short");
  }

  @Test
  void scoredStatusFailures() {
    assertThatThrownBy(() -> assertThat(unscored()).hasScoreAtLeast(10))
        .hasMessage(
            "answer to 'q-1' (unscored: too short: 2 words)\n"
                + "  - scored: expected a scored answer, got unscored; evidence: reason: too"
                + " short: 2 words");
    assertThatThrownBy(() -> assertThat(adequate()).isUnscored())
        .hasMessageContaining("scored: expected an unscored answer, got scored 58.7, Adequate (3)");
  }
}
