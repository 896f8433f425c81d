package dev.answereval.bench;

import dev.answereval.rubric.Exemplar;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reference answers from a question bank for rows that carry none: the question's exemplars graded
 * {@value #MIN_GRADE} or more. A dataset graded against a bank rarely has reference answers, and
 * without them the lexical baselines score every row 0; with them, the baselines compare answers
 * with the same model answers the rubric scorer sees. Stateless and thread-safe.
 */
public final class BankReferences {
  /** Lowest exemplar grade that makes an exemplar a reference answer. */
  public static final double MIN_GRADE = 80;

  private BankReferences() {}

  /**
   * The row itself when it has references or the bank lacks its question or model answers;
   * otherwise the row with the question's exemplars graded {@value #MIN_GRADE}+ as references.
   */
  public static DatasetRow fill(DatasetRow row, QuestionBank bank) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(bank, "bank");
    if (!row.references().isEmpty()) {
      return row;
    }
    Optional<Question> question = bank.find(row.questionId());
    if (question.isEmpty()) {
      return row;
    }
    List<Reference> references =
        question.get().rubric().exemplars().stream()
            .filter(e -> e.gradeOrMax() >= MIN_GRADE)
            .map(Exemplar::text)
            .map(Reference::of)
            .toList();
    if (references.isEmpty()) {
      return row;
    }
    return new DatasetRow(
        row.id(),
        row.questionId(),
        row.question(),
        row.answer(),
        references,
        row.target(),
        row.extra());
  }

  /** {@code scorer}, under its own name, given each row {@linkplain #fill filled} from the bank. */
  public static RowScorer scorer(RowScorer scorer, QuestionBank bank) {
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(bank, "bank");
    return RowScorer.named(scorer.name(), row -> scorer.score(fill(row, bank)));
  }

  /**
   * A tf-idf baseline whose idf comes from the dataset's distinct answers and references, rows
   * {@linkplain #fill filled} from the bank, that scores rows filled the same way.
   */
  public static RowScorer tfIdf(Dataset data, QuestionBank bank) {
    List<DatasetRow> filled = data.rows().stream().map(row -> fill(row, bank)).toList();
    return scorer(TfIdfBaseline.fitRows(filled), bank);
  }
}
