package dev.answereval.scoring;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import java.io.IOException;

/**
 * The first-ten-minutes entry point: score an answer in one call.
 *
 * <pre>{@code
 * AnswerScore s = Scoring.score("mental-health", "mhs-01", answer);
 * System.out.println(s.score() + " " + s.band().label());
 * }</pre>
 *
 * Each call builds an evaluator; to score many answers, build an {@link Evaluator} or {@link
 * BankEvaluator} once and reuse it. Thread-safe.
 */
public final class Scoring {
  private Scoring() {}

  /** Scores an answer against a question's rubric with the default profile. */
  public static AnswerScore score(Question question, String answer) {
    return score(question, answer, ScoringProfile.defaults());
  }

  /** Scores an answer against a question's rubric with the given profile. */
  public static AnswerScore score(Question question, String answer, ScoringProfile profile) {
    return Evaluator.of(question, profile).score(answer);
  }

  /** Scores an answer to a question of a bank, with the bank as context. */
  public static AnswerScore score(QuestionBank bank, String questionId, String answer) {
    return Evaluator.of(bank, questionId).score(answer);
  }

  /**
   * Scores an answer to a question of a built-in bank (e.g. {@code "mental-health"}).
   *
   * @throws IOException when the bank cannot be loaded
   */
  public static AnswerScore score(String bankName, String questionId, String answer)
      throws IOException {
    return score(QuestionBank.builtIn(bankName), questionId, answer);
  }
}
