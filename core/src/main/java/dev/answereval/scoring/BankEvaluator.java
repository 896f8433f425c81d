package dev.answereval.scoring;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.text.TextAnalyzer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluators for every question of a bank, sharing one {@link BankIndex} (term statistics and
 * off-topic detection), built once. Immutable and thread-safe.
 */
public final class BankEvaluator {
  private final QuestionBank bank;
  private final BankIndex index;
  private final Map<String, Evaluator> evaluators;

  private BankEvaluator(QuestionBank bank, BankIndex index, Map<String, Evaluator> evaluators) {
    this.bank = bank;
    this.index = index;
    this.evaluators = evaluators;
  }

  /** Evaluators with the default profile and analyzer. */
  public static BankEvaluator of(QuestionBank bank) {
    return of(bank, ScoringProfile.defaults(), TextAnalyzer.english());
  }

  /** Evaluators with the given profile and the default analyzer. */
  public static BankEvaluator of(QuestionBank bank, ScoringProfile profile) {
    return of(bank, profile, TextAnalyzer.english());
  }

  /** Evaluators with the given profile and analyzer. */
  public static BankEvaluator of(QuestionBank bank, ScoringProfile profile, TextAnalyzer analyzer) {
    Objects.requireNonNull(bank, "bank");
    BankIndex index = BankIndex.of(bank, analyzer, profile.similarity());
    Map<String, Evaluator> evaluators = new LinkedHashMap<>();
    for (Question q : bank) {
      evaluators.put(q.id(), Evaluator.builder(q).profile(profile).bank(index).build());
    }
    return new BankEvaluator(bank, index, Map.copyOf(evaluators));
  }

  /** The bank. */
  public QuestionBank bank() {
    return bank;
  }

  /** The shared index. */
  public BankIndex index() {
    return index;
  }

  /**
   * The evaluator of one question.
   *
   * @throws IllegalArgumentException naming the id when the bank has no such question
   */
  public Evaluator evaluator(String questionId) {
    Evaluator e = evaluators.get(questionId);
    if (e == null) {
      bank.get(questionId); // throws with the bank's message
    }
    return Objects.requireNonNull(e);
  }

  /** Scores an answer to one question of the bank. */
  public AnswerScore score(String questionId, String answer) {
    return evaluator(questionId).score(answer);
  }

  /** Topical fit of an answer to every question of the bank, best first. */
  public List<QuestionFit> rankQuestions(String answer) {
    return index.rank(answer);
  }
}
