package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionKind;
import dev.answereval.rubric.Rubric;
import dev.answereval.rubric.StarComponent;
import dev.answereval.rubric.StarExpectations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** STAR structure of behavioral answers, on a small rubric with the standard expectations. */
class StarScoringTest {
  private static final Question QUESTION =
      Question.of(
          "deescalate",
          "Tell me about a time you calmed down an angry client.",
          Rubric.builder()
              .keyPoint(KeyPoint.of("listen", "I listened to the client without interrupting."))
              .keyPoint(
                  KeyPoint.of("options", "I offered the client clear options and a next step."))
              .star(StarExpectations.standard())
              .build());

  private static final String SITUATION =
      "Last winter a client arrived at our clinic furious because his appointment had been"
          + " cancelled twice.";
  private static final String TASK =
      " As the duty worker that afternoon, it was my job to calm things down and keep the waiting"
          + " room safe.";
  private static final String ACTION =
      " I took him to a quiet room, listened to his whole story without interrupting, and then I"
          + " offered him two options: an earlier appointment with his own psychiatrist or a"
          + " phone call from the duty doctor.";
  private static final String RESULT =
      " As a result he chose the earlier appointment, thanked me before leaving, and we had no more"
          + " complaints from him that year.";

  private static final Evaluator EVALUATOR = Evaluator.of(QUESTION);

  @Test
  void questionIsBehavioral() {
    assertThat(QUESTION.kind()).isEqualTo(QuestionKind.BEHAVIORAL);
  }

  @Test
  void completeStoryHasAllFourComponentsWithEvidence() {
    String answer = SITUATION + TASK + ACTION + RESULT;
    AnswerScore s = EVALUATOR.score(answer);

    assertThat(s.star().applicable()).isTrue();
    for (StarComponent c : StarComponent.values()) {
      assertThat(s.hasStar(c)).as(c.key()).isTrue();
    }
    assertThat(s.hasFlag(FlagType.STAR_INCOMPLETE)).isFalse();
    Span result = s.star().components().get(StarComponent.RESULT).evidence().get(0);
    assertThat(result.text()).isEqualTo(RESULT.strip());
    assertThat(answer.substring(result.start(), result.end())).isEqualTo(result.text());
    assertThat(s.breakdown()).extracting(Contribution::signal).contains("star");
  }

  @Test
  void removingTheResultLowersStarAndScoreAndIsFlagged() {
    AnswerScore full = EVALUATOR.score(SITUATION + TASK + ACTION + RESULT);
    AnswerScore noResult = EVALUATOR.score(SITUATION + TASK + ACTION);

    assertThat(noResult.hasStar(StarComponent.RESULT)).isFalse();
    assertThat(noResult.star().score()).isLessThan(full.star().score());
    assertThat(noResult.score()).isLessThan(full.score());
    Flag f =
        noResult.flags().stream()
            .filter(x -> x.type() == FlagType.STAR_INCOMPLETE)
            .findFirst()
            .orElseThrow();
    assertThat(f.message()).isEqualTo("The example lacks a clear result.");
    assertThat(noResult.feedback())
        .contains(
            "STAR: finish with the result - what changed, ideally with a number, and what you"
                + " learned.");
  }

  /** The question with an outcome point, stated by the story's Result ({@code star: result}). */
  private static Question withOutcome(boolean statedByResult) {
    return Question.of(
        "deescalate",
        "Tell me about a time you calmed down an angry client.",
        QUESTION.rubric().toBuilder()
            .keyPoint(
                new KeyPoint(
                    "outcome",
                    "I describe how things turned out for the client.",
                    2,
                    false,
                    List.of(),
                    List.of(),
                    null,
                    statedByResult ? StarComponent.RESULT : null))
            .build());
  }

  private static KeyPointResult outcome(Evaluator e, String answer) {
    return e.score(answer).keyPoints().stream()
        .filter(k -> k.id().equals("outcome"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theStorysResultStatesAnOutcomePointInItsOwnWords() {
    String answer = SITUATION + TASK + ACTION + RESULT;
    AnswerScore s = Evaluator.of(withOutcome(true)).score(answer);
    KeyPointResult k =
        s.keyPoints().stream().filter(x -> x.id().equals("outcome")).findFirst().orElseThrow();
    StarResult.Component result = s.star().components().get(StarComponent.RESULT);

    // The result sentence shares few words with the point; the story states it.
    KeyPointResult byWords = outcome(Evaluator.of(withOutcome(false)), answer);
    assertThat(byWords.covered()).isFalse();
    assertThat(byWords.coverage()).isLessThan(k.coverage());
    assertThat(k.coverage()).isEqualTo(0.8 * result.confidence());
    assertThat(k.covered()).isTrue();
    assertThat(k.evidence()).isEqualTo(result.evidence());
    assertThat(k.evidence().get(0).text()).isEqualTo(RESULT.strip());
    assertThat(k.matchedTerms()).isEmpty();
    assertThat(s.explanation().toString())
        .contains("coverage of 'outcome' (weight 2), stated by the story's result");
    assertThat(s.score()).isGreaterThan(Evaluator.of(withOutcome(false)).score(answer).score());
  }

  @Test
  void noResultNoDenialsAndTheStarSignalAreNeededForTheStorysCredit() {
    Evaluator stated = Evaluator.of(withOutcome(true));
    Evaluator words = Evaluator.of(withOutcome(false));
    // No result told.
    String noResult = SITUATION + TASK + ACTION;
    assertThat(outcome(stated, noResult)).isEqualTo(outcome(words, noResult));
    // A story that denies a key point is not in earnest: its outcome earns nothing.
    String denied =
        SITUATION
            + " I did not listen to him and I did not offer him any options; I told him to leave."
            + RESULT;
    assertThat(stated.score(denied).hasFlag(FlagType.CONTRADICTS_KEY_POINTS)).isTrue();
    assertThat(outcome(stated, denied)).isEqualTo(outcome(words, denied));
    // With the STAR signal off, STAR states nothing.
    String full = SITUATION + TASK + ACTION + RESULT;
    ScoringProfile noStar = ScoringProfile.builder().disable(Signal.STAR).build();
    assertThat(outcome(Evaluator.of(withOutcome(true), noStar), full))
        .isEqualTo(outcome(Evaluator.of(withOutcome(false), noStar), full));
  }

  @Test
  void nonBehavioralQuestionHasNoStarLine() {
    AnswerScore s = Evaluator.of(EvaluatorTest.QUESTION).score(EvaluatorTest.PROSE);

    assertThat(s.star().applicable()).isFalse();
    assertThat(s.breakdown()).extracting(Contribution::signal).doesNotContain("star");
    assertThat(s.signals()).doesNotContainKey("star");
  }

  @Test
  void anAnswerThatTellsNoExampleIsCappedAtTheGate() {
    // Habits in the present tense: the rubric's points, but no case. "I set" and "I always put"
    // are habits here, not past actions.
    String habits =
        "I always put the client first and I stay calm. I listen to the client without"
            + " interrupting, I show empathy and I set clear options and a next step. I offer"
            + " choices, I keep my voice low and I make sure everyone is safe in the room.";
    AnswerScore s = EVALUATOR.score(habits);

    assertThat(s.hasStar(StarComponent.SITUATION)).isFalse();
    assertThat(s.hasStar(StarComponent.ACTION)).isFalse();
    Flag f =
        s.flags().stream().filter(x -> x.type() == FlagType.NO_EXAMPLE).findFirst().orElseThrow();
    assertThat(f.message())
        .isEqualTo(
            "The question asks for an example and the answer tells of none (no situation, no"
                + " action of your own), so it earns at most 45 points; describe one real case.");
    assertThat(s.score()).isEqualTo(45.0);
    assertThat(s.breakdown())
        .filteredOn(c -> c.signal().equals("cap:no_example"))
        .singleElement()
        .satisfies(c -> assertThat(c.points()).isNegative());

    // One real case, told in the past, lifts the cap.
    AnswerScore story = EVALUATOR.score(SITUATION + TASK + ACTION + RESULT);
    assertThat(story.hasFlag(FlagType.NO_EXAMPLE)).isFalse();
    assertThat(story.score()).isGreaterThan(45.0);

    // Without the STAR signal there is no cap.
    ScoringProfile noStar = ScoringProfile.defaults().toBuilder().disable(Signal.STAR).build();
    AnswerScore unchecked = Evaluator.of(QUESTION, noStar).score(habits);
    assertThat(unchecked.hasFlag(FlagType.NO_EXAMPLE)).isFalse();
    assertThat(unchecked.score()).isGreaterThan(45.0);
  }
}
