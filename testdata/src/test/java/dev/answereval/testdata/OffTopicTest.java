package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.scoring.BankIndex;
import dev.answereval.scoring.FlagType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Off-topic answers in a bank that asks near-identical questions: an answer to one question is not
 * off-topic on that question's near-twin, but it is on an unrelated question, even one that happens
 * to rank third for it.
 */
class OffTopicTest {
  private static QuestionBank bank;
  private static BankEvaluator evaluators;

  @BeforeAll
  static void load() {
    evaluators = BuiltInBank.evaluators();
    bank = BuiltInBank.bank();
  }

  @Test
  void twinsAreSimilarAndUnrelatedQuestionsAreNot() {
    BankIndex index = evaluators.index();

    // Cultural competence and cultural sensitivity; burnout and self-care.
    assertThat(index.similarity("mhs-07", "qmhp-09")).isGreaterThan(0.3);
    assertThat(index.similarity("qmhp-10", "mhs-20")).isGreaterThan(0.3);
    // Cultural competence and mentoring interns.
    assertThat(index.similarity("mhs-07", "mhs-16")).isLessThan(0.3);
    assertThat(index.similarity("mhs-07", "mhs-16"))
        .isEqualTo(index.similarity("mhs-16", "mhs-07"));
  }

  @Test
  void anAnswerFitsItsTwinButIsOffTopicOnAnUnrelatedQuestion() {
    String cultural = bank.find("mhs-07").orElseThrow().rubric().exemplars().get(0).text();

    AnswerScore own = evaluators.score("mhs-07", cultural);
    AnswerScore twin = evaluators.score("qmhp-09", cultural);
    AnswerScore unrelated = evaluators.score("mhs-16", cultural);

    assertThat(own.hasFlag(FlagType.OFF_TOPIC)).isFalse();
    assertThat(twin.hasFlag(FlagType.OFF_TOPIC)).isFalse();
    assertThat(twin.score()).isGreaterThan(65);
    assertThat(unrelated.flags())
        .filteredOn(f -> f.type() == FlagType.OFF_TOPIC)
        .singleElement()
        .satisfies(f -> assertThat(f.id()).isEqualTo("mhs-07"));
    assertThat(unrelated.score()).isLessThan(50);
  }
}
