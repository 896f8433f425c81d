package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.Exemplar;
import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.Rubric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BankReferencesTest {
  private static final String MODEL =
      "I move the client to a quiet room and guide slow breathing with a long exhale.";
  private static final String WEAK = "I tell them to calm down.";

  private static final QuestionBank BANK =
      new QuestionBank(
          "refs",
          "1",
          Map.of(),
          List.of(
              Question.of(
                  "panic",
                  "What do you do when a client has a panic attack?",
                  Rubric.builder()
                      .keyPoint(KeyPoint.of("breathing", "I guide slow breathing."))
                      .exemplar(new Exemplar(MODEL, 95.0))
                      .exemplar(new Exemplar(WEAK, 40.0))
                      .build())));

  private static DatasetRow row(String question, List<Reference> references) {
    return DatasetRow.of("1", question, "I guide slow breathing in a quiet room.", references, "3");
  }

  @Test
  void aRowWithoutReferencesGetsTheQuestionsModelAnswers() {
    DatasetRow filled = BankReferences.fill(row("panic", List.of()), BANK);

    assertThat(filled.referenceTexts()).containsExactly(MODEL);
    assertThat(filled.answer()).isEqualTo("I guide slow breathing in a quiet room.");
  }

  @Test
  void aRowWithReferencesOrAnUnknownQuestionIsKept() {
    DatasetRow own = row("panic", List.of(Reference.of("Breathe with them.")));
    DatasetRow unknown = row("other", List.of());

    assertThat(BankReferences.fill(own, BANK)).isSameAs(own);
    assertThat(BankReferences.fill(unknown, BANK)).isSameAs(unknown);
  }

  @Test
  void lexicalBaselinesScoreAgainstTheBanksModelAnswers() {
    DatasetRow bare = row("panic", List.of());
    RowScorer plain = new ReferenceRecallBaseline();
    RowScorer withBank = BankReferences.scorer(plain, BANK);

    assertThat(plain.score(bare).score()).isZero();
    assertThat(withBank.score(bare).score()).isGreaterThan(0.3);
    assertThat(withBank.name()).isEqualTo("reference-recall");

    Dataset data = Dataset.of("d", List.of(bare), DatasetOptions.defaults());
    RowScorer tfIdf = BankReferences.tfIdf(data, BANK);
    assertThat(tfIdf.score(bare).score()).isGreaterThan(0.3);
    assertThat(tfIdf.name()).isEqualTo("tfidf");
  }
}
