package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.StarComponent;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.scoring.Contribution;
import dev.answereval.scoring.FlagType;
import dev.answereval.scoring.ScoringProfile;
import dev.answereval.scoring.Signal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generic answers: all-purpose virtues that would answer any question of the bank. They can rank
 * first for a question whose rubric lists such practices, so off-topic detection does not see them;
 * their fit to the bank's unrelated questions does. Both answers are ours.
 */
class GenericAnswersTest {
  /** Virtues and habits that touch many rubrics of the bank. */
  static final String VIRTUES =
      "I am a very hard-working and compassionate professional. I always put the client first and"
          + " I believe communication is key. I collaborate with the team, I stay calm under"
          + " pressure, and I follow all policies and the code of ethics. I listen actively, I show"
          + " empathy, and I set clear goals. I document everything carefully and I consult my"
          + " supervisor when I am unsure. I keep learning through training and I reflect on my"
          + " practice. I adapt my approach to each person and I always make sure everyone is safe."
          + " In the end the outcome was positive and I learned a lot from the experience, which I"
          + " use going forward.";

  /** A plainer, everyday version. */
  static final String TEAM_PLAYER =
      "For me the most important thing is being a good listener and a real team player. I treat"
          + " every person with respect, I stay professional and I keep a positive attitude even on"
          + " hard days. I follow the rules of the agency, I ask for help when I need it, and I"
          + " write thorough notes. I am always learning something new, I stay organized, and I try"
          + " to do my best for everyone I work with, so things usually turn out well for the"
          + " people I support.";

  private static BankEvaluator evaluators;
  private static BankEvaluator withoutGeneric;

  @BeforeAll
  static void load() {
    evaluators = BuiltInBank.evaluators();
    withoutGeneric =
        BankEvaluator.of(
            BuiltInBank.bank(),
            ScoringProfile.defaults().toBuilder().disable(Signal.GENERIC).build());
  }

  @Test
  void aGenericAnswerIsFlaggedWhereItRanksHighAndLosesItsGoodBand() {
    // Workplace violence: the rubric asks for calm, safety, help and documentation, so the virtues
    // answer ranks 9th of 52 and is not off-topic.
    AnswerScore plain = withoutGeneric.score("qmhp-14", VIRTUES);
    AnswerScore scored = evaluators.score("qmhp-14", VIRTUES);

    assertThat(plain.score()).isGreaterThan(65);
    assertThat(plain.signals()).doesNotContainKey("topic_specificity");
    assertThat(scored.hasFlag(FlagType.OFF_TOPIC)).isFalse();
    assertThat(scored.signals().get("topic_specificity")).isBetween(1.235, 1.245);
    assertThat(scored.flags())
        .filteredOn(f -> f.type() == FlagType.GENERIC)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .contains("(1.24x their average fit; on-topic answers reach 1.6x or more)");
              assertThat(f.penalty()).isBetween(20.0, 25.0);
            });
    assertThat(scored.score()).isLessThan(50);
    Contribution generic =
        scored.breakdown().stream()
            .filter(c -> c.signal().equals("generic"))
            .findFirst()
            .orElseThrow();
    assertThat(plain.score() - scored.score()).isCloseTo(-generic.points(), within(1e-9));
    assertThat(scored.breakdown().stream().mapToDouble(Contribution::points).sum())
        .isCloseTo(scored.score(), within(1e-9));
  }

  @Test
  void theGenericSignalWorksWithOffTopicDetectionSwitchedOff() {
    BankEvaluator genericOnly =
        BankEvaluator.of(
            BuiltInBank.bank(),
            ScoringProfile.defaults().toBuilder().disable(Signal.OFF_TOPIC).build());
    AnswerScore s = genericOnly.score("qmhp-14", VIRTUES);

    assertThat(s.hasFlag(FlagType.GENERIC)).isTrue();
    assertThat(s.signals()).containsKey("topic_specificity").doesNotContainKey("topic_fit");
    assertThat(s.score()).isCloseTo(evaluators.score("qmhp-14", VIRTUES).score(), within(1e-9));
  }

  @Test
  void genericAnswersStayBelowGoodOnEveryQuestion() {
    List<String> good = new ArrayList<>();
    List<String> goodWithoutTheSignal = new ArrayList<>();
    int flagged = 0;
    for (Question q : BuiltInBank.bank().questions()) {
      for (String answer : List.of(VIRTUES, TEAM_PLAYER)) {
        AnswerScore s = evaluators.score(q.id(), answer);
        if (s.score() >= 65) {
          good.add(q.id());
        }
        if (withoutGeneric.score(q.id(), answer).score() >= 65) {
          goodWithoutTheSignal.add(q.id());
        }
        if (s.hasFlag(FlagType.GENERIC) || s.hasFlag(FlagType.OFF_TOPIC)) {
          flagged++;
        }
      }
    }
    assertThat(goodWithoutTheSignal).containsExactly("mhs-07", "qmhp-05", "qmhp-14", "qmhp-18");
    assertThat(good).isEmpty();
    // Of 104 scorings, one is neither generic nor off-topic: the team-player answer on mhc-05
    // (collaborating with colleagues), where it is on topic and scores 44.
    assertThat(flagged).isEqualTo(103);
  }

  @Test
  void aStoryOnABroadBehavioralQuestionIsNotGeneric() {
    // "A difficult situation with a client" draws stories that fit many questions of the bank;
    // the case the story tells is what is specific.
    String story =
        "Last winter one of my clients, a young man with psychosis, started missing appointments"
            + " after his mother went into hospital. I was the only worker on his case at the time,"
            + " so it fell to me to keep him engaged. I visited him at home twice a week, I rang his"
            + " GP about his medication, and I arranged for a peer worker to go with him to see his"
            + " mother. It taught me that practical help often matters more than talk.";
    AnswerScore s = evaluators.score("mhc-03", story);

    assertThat(s.signals().get("topic_specificity")).isBetween(1.49, 1.51);
    assertThat(s.star().has(StarComponent.SITUATION)).isTrue();
    assertThat(s.hasFlag(FlagType.GENERIC)).isFalse();
    assertThat(s.breakdown()).extracting(Contribution::signal).doesNotContain("generic");
  }

  @Test
  void ourGradedAnswersAreNotGeneric() throws IOException {
    for (GradedAnswers.Entry e : GradedAnswers.load()) {
      for (String answer : List.of(e.excellent(), e.adequate())) {
        AnswerScore s = evaluators.score(e.question(), answer);
        assertThat(s.hasFlag(FlagType.GENERIC)).as(e.question()).isFalse();
        assertThat(s.signals().get("topic_specificity")).as(e.question()).isGreaterThan(1.6);
      }
    }
  }
}
