package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.Rubric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bank context: off-topic detection and question ranking on a five-topic bank built in code. */
class BankEvaluatorTest {
  private static Question question(String id, String text, String... keyPoints) {
    Rubric.Builder b = Rubric.builder();
    for (int i = 0; i < keyPoints.length; i++) {
      b.keyPoint(KeyPoint.of(id + "-" + i, keyPoints[i]));
    }
    return Question.of(id, text, b.build());
  }

  static final QuestionBank BANK =
      new QuestionBank(
          "five-topics",
          "1",
          Map.of(),
          List.of(
              question(
                  "conf",
                  "How do you protect a client's confidentiality when relatives ask about them?",
                  "I only share information about the client with their written consent.",
                  "I explain the limits of confidentiality, such as a serious risk of harm."),
              question(
                  "panic",
                  "What do you do when a client has a panic attack in your office?",
                  "I guide slow breathing with a long exhale to calm the body.",
                  "I use grounding, naming things they can see and hear."),
              question(
                  "notes",
                  "How do you keep your case notes accurate and up to date?",
                  "I write notes on the same day, with dates, facts and the plan.",
                  "I record observations separately from my interpretation."),
              question(
                  "conflict",
                  "Tell me how you handle a disagreement with a colleague about a treatment plan.",
                  "I talk to the colleague privately and listen to their reasoning.",
                  "If we still disagree, I bring it to supervision or the team meeting."),
              question(
                  "burnout",
                  "How do you look after your own wellbeing in a demanding job?",
                  "I keep clear boundaries between work and home and take my breaks.",
                  "I use regular supervision and exercise to manage stress.")));

  static final BankEvaluator EVALUATOR = BankEvaluator.of(BANK);

  /** A good answer to "panic". */
  static final String PANIC_ANSWER =
      "I stay with the client and speak slowly so they feel safe. We breathe together, in for four"
          + " and out for six, because a long exhale settles the heart rate. Then I ask them to"
          + " name five things they can see and three things they can hear, which grounds them in"
          + " the room until the attack passes.";

  @Test
  void answerToAnotherQuestionOfTheBankIsFlaggedOffTopic() {
    AnswerScore onNotes = EVALUATOR.score("notes", PANIC_ANSWER);
    AnswerScore onPanic = EVALUATOR.score("panic", PANIC_ANSWER);
    // Off-topic needs the own question outside the three best fits; "notes" is far below them.
    List<String> ranking =
        EVALUATOR.rankQuestions(PANIC_ANSWER).stream().map(QuestionFit::questionId).toList();
    assertThat(ranking.indexOf("notes")).isGreaterThanOrEqualTo(3);

    Flag offTopic =
        onNotes.flags().stream()
            .filter(f -> f.type() == FlagType.OFF_TOPIC)
            .findFirst()
            .orElseThrow();
    assertThat(offTopic.id()).isEqualTo("panic");
    assertThat(offTopic.message())
        .startsWith("The answer fits question 'panic' better than this one (fit ");
    // The penalty removes (1 - offTopicFactor) of the content points (everything but length).
    double content =
        onNotes.breakdown().stream()
            .filter(
                c -> List.of("key_points", "exemplars", "topic_depth", "star").contains(c.signal()))
            .mapToDouble(Contribution::points)
            .sum();
    assertThat(offTopic.penalty())
        .isCloseTo(0.65 * content, org.assertj.core.api.Assertions.within(1e-9));
    Contribution line =
        onNotes.breakdown().stream()
            .filter(c -> c.signal().equals("off_topic"))
            .findFirst()
            .orElseThrow();
    assertThat(line.points()).isEqualTo(-offTopic.penalty());
    assertThat(onNotes.signals().get("topic_fit"))
        .isLessThan(0.6 * onNotes.signals().get("topic_best_other"));

    assertThat(onPanic.hasFlag(FlagType.OFF_TOPIC)).isFalse();
    assertThat(onPanic.score()).isGreaterThan(onNotes.score());
  }

  @Test
  void offTopicSignalCanBeSwitchedOff() {
    ScoringProfile profile =
        ScoringProfile.defaults().toBuilder().disable(Signal.OFF_TOPIC).build();
    AnswerScore s = BankEvaluator.of(BANK, profile).score("notes", PANIC_ANSWER);

    assertThat(s.hasFlag(FlagType.OFF_TOPIC)).isFalse();
    assertThat(s.breakdown()).extracting(Contribution::signal).doesNotContain("off_topic");
    assertThat(s.signals()).doesNotContainKey("topic_fit");
  }

  @Test
  void fiveQuestionsAreTooFewToCallAnAnswerGeneric() {
    // Specificity needs at least 8 unrelated questions to average over; this bank has 4 besides
    // each question.
    AnswerScore s = EVALUATOR.score("panic", PANIC_ANSWER);

    assertThat(s.signals()).containsKey("topic_fit").doesNotContainKey("topic_specificity");
    assertThat(s.hasFlag(FlagType.GENERIC)).isFalse();
  }

  @Test
  void evaluatorWithoutBankNeverFlagsOffTopic() {
    AnswerScore s = Evaluator.of(BANK.get("notes")).score(PANIC_ANSWER);

    assertThat(s.hasFlag(FlagType.OFF_TOPIC)).isFalse();
    assertThat(
            Evaluator.of(BANK.get("notes"))
                .rankQuestions(dev.answereval.text.TextAnalyzer.english().analyze(PANIC_ANSWER)))
        .isEmpty();
  }

  @Test
  void rankQuestionsPutsTheAnsweredQuestionFirst() {
    List<QuestionFit> panic = EVALUATOR.rankQuestions(PANIC_ANSWER);
    assertThat(panic).hasSize(5);
    assertThat(panic.get(0).questionId()).isEqualTo("panic");
    assertThat(panic).isSortedAccordingTo((a, b) -> Double.compare(b.fit(), a.fit()));

    String notesAnswer =
        "I write up every session on the same day, with the date, what the client said and did,"
            + " and the agreed plan. I keep what I observed apart from what I think it means, so"
            + " a colleague can tell facts from interpretation.";
    assertThat(EVALUATOR.rankQuestions(notesAnswer).get(0).questionId()).isEqualTo("notes");

    String burnoutAnswer =
        "I protect my evenings and weekends, so I do not answer work email at home. I take my"
            + " lunch break away from the desk, go running three times a week and bring stress to"
            + " my supervisor before it builds up.";
    assertThat(EVALUATOR.rankQuestions(burnoutAnswer).get(0).questionId()).isEqualTo("burnout");

    Evaluator single = EVALUATOR.evaluator("panic");
    assertThat(single.rankQuestions(single.analyzer().analyze(PANIC_ANSWER))).isEqualTo(panic);
  }

  @Test
  void unknownQuestionIdIsRejected() {
    assertThatThrownBy(() -> EVALUATOR.evaluator("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }
}
