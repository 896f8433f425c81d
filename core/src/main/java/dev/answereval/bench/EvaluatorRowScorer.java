package dev.answereval.bench;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.BankIndex;
import dev.answereval.scoring.Evaluator;
import dev.answereval.scoring.KeyPointResult;
import dev.answereval.scoring.ScoringProfile;
import dev.answereval.text.TextAnalyzer;
import dev.answereval.text.TextInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RowScorer} that grades rows with the rubric {@link Evaluator}.
 *
 * <p>A row whose question id is in the bank is scored against the bank's question; any other row is
 * scored against a rubric built by {@link ReferenceRubrics#fromReferences}. A scorer made by {@link
 * #forDataset} builds that rubric from the references of all the question's rows (each distinct
 * text once, in file order) and the first question text given, or the question id when no row has
 * one. A scorer made with the constructor builds it on first use from that row alone and reuses it
 * for every later row of the question.
 *
 * <p>The prediction's score is the evaluator's 0-100 score and its key-point coverage is the
 * coverage per key point id. Its signals are always exactly {@link #SIGNALS}, so every row has the
 * same calibration features; a signal the evaluator did not compute for a row is 0. An answer the
 * evaluator declines to score (e.g. fewer words than the profile's {@code minWords}, or not
 * English) gets score 0, all signals 0 and no key-point coverage. An answer the text analyzer
 * rejects (e.g. only punctuation) is not graded at all: {@link #score} throws its {@link
 * TextInputException}, and {@link Dataset} never holds such a row (it is a malformed row there).
 *
 * <p>Thread-safe: the cache is a {@link ConcurrentHashMap} and evaluators are thread-safe.
 */
public final class EvaluatorRowScorer implements RowScorer {

  /** The signal names every prediction carries, in the evaluator's vocabulary. */
  public static final List<String> SIGNALS =
      List.of(
          "key_points",
          "exemplars",
          "topic_depth",
          "star",
          "length",
          "structure",
          "coherence",
          "question_echo",
          "key_point_coverage",
          "exemplar_cosine",
          "exemplar_recall",
          "denial");

  private final @Nullable QuestionBank bank;
  private final @Nullable BankIndex bankIndex;
  private final ScoringProfile profile;
  private final Map<String, Evaluator> evaluators = new ConcurrentHashMap<>();

  /**
   * A scorer.
   *
   * @param bank questions to score against by id, or null to build every rubric from references
   * @param profile the evaluator settings
   */
  public EvaluatorRowScorer(@Nullable QuestionBank bank, ScoringProfile profile) {
    this.bank = bank;
    this.profile = Objects.requireNonNull(profile, "profile");
    this.bankIndex =
        bank == null ? null : BankIndex.of(bank, TextAnalyzer.english(), profile.similarity());
  }

  /**
   * A scorer whose evaluators are all built up front and share one {@link BankIndex} over every
   * question of the dataset (bank questions and rubrics built from references alike): term weights
   * then come from the whole collection rather than one question's references, and answers that fit
   * another question much better are flagged off-topic. Rows of questions the dataset did not
   * contain still get an evaluator of their own on first use.
   *
   * @throws IllegalArgumentException when a question is neither in the bank nor has a usable
   *     reference on any of its rows; the message starts with {@code FILE:LINE: } of its first row
   */
  public static EvaluatorRowScorer forDataset(
      Dataset dataset, @Nullable QuestionBank bank, ScoringProfile profile) {
    EvaluatorRowScorer scorer = new EvaluatorRowScorer(bank, profile);
    Map<String, Question> byRowId = new LinkedHashMap<>();
    Map<String, Question> byQuestionId = new LinkedHashMap<>();
    if (bank != null) {
      for (Question q : bank) {
        byQuestionId.put(q.id(), q);
      }
    }
    Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
    for (int i = 0; i < dataset.size(); i++) {
      rowsOf.computeIfAbsent(dataset.rows().get(i).questionId(), id -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> e : rowsOf.entrySet()) {
      String id = e.getKey();
      Optional<Question> fromBank = bank == null ? Optional.empty() : bank.find(id);
      Question q =
          fromBank.isPresent() ? fromBank.get() : mergedQuestion(dataset, bank, id, e.getValue());
      Question known = byQuestionId.putIfAbsent(q.id(), q);
      if (known != null && known != q) {
        throw new IllegalArgumentException(
            "questions '" + id + "' and '" + known.id() + "' map to the same id");
      }
      byRowId.put(id, q);
    }
    BankIndex index =
        BankIndex.of(
            List.copyOf(byQuestionId.values()), TextAnalyzer.english(), profile.similarity());
    for (Map.Entry<String, Question> e : byRowId.entrySet()) {
      scorer.evaluators.put(
          e.getKey(), Evaluator.builder(e.getValue()).profile(profile).bank(index).build());
    }
    return scorer;
  }

  /**
   * The rubric of a question the bank lacks, built from the references of all its rows (each
   * distinct text once, in file order) and the first question text given.
   *
   * @throws IllegalArgumentException at the file and line of the question's first row when no row
   *     has a usable reference
   */
  private static Question mergedQuestion(
      Dataset dataset, @Nullable QuestionBank bank, String id, List<Integer> rows) {
    String text = null;
    Set<String> seen = new HashSet<>();
    List<String> references = new ArrayList<>();
    for (int i : rows) {
      DatasetRow row = dataset.rows().get(i);
      if (text == null && row.question() != null && !row.question().isBlank()) {
        text = row.question();
      }
      for (String r : row.referenceTexts()) {
        if (!r.isBlank() && seen.add(r.strip())) {
          references.add(r);
        }
      }
    }
    String where = dataset.name() + ":" + dataset.line(rows.get(0)) + ": ";
    if (references.isEmpty()) {
      throw new IllegalArgumentException(
          where
              + "question '"
              + id
              + "'"
              + (bank == null ? "" : " is not in bank '" + bank.name() + "' and")
              + " has no reference answer on any of its "
              + (rows.size() == 1 ? "1 row" : rows.size() + " rows")
              + ", so no rubric can be built for it");
    }
    try {
      return ReferenceRubrics.fromReferences(id, text == null ? id : text, references);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage(), e);
    }
  }

  private static Question referenceQuestion(DatasetRow row) {
    String text = row.question();
    return ReferenceRubrics.fromReferences(
        row.questionId(),
        text == null || text.isBlank() ? row.questionId() : text,
        row.referenceTexts());
  }

  /** A scorer without a bank and with {@link ScoringProfile#defaults()}. */
  public EvaluatorRowScorer() {
    this(null, ScoringProfile.defaults());
  }

  /**
   * Grades one row.
   *
   * @throws IllegalArgumentException when the question is not in the bank and the row has no
   *     non-blank reference
   * @throws TextInputException when the text analyzer rejects the answer (see {@link
   *     TextAnalyzer#checkAnswer})
   */
  @Override
  public Prediction score(DatasetRow row) {
    return predictionOf(evaluatorFor(row), row.answer());
  }

  /**
   * The evaluator this scorer uses for a row's question: the bank's question when its id is in the
   * bank, else a rubric built from the row's references. Built once per question id and cached.
   *
   * @throws IllegalArgumentException when the question is not in the bank and the row has no
   *     non-blank reference
   */
  public Evaluator evaluatorFor(DatasetRow row) {
    return evaluators.computeIfAbsent(row.questionId(), id -> build(row));
  }

  /**
   * Scores an answer with an evaluator and maps the result to a prediction as described above.
   *
   * @throws TextInputException when the text analyzer rejects the answer (e.g. only punctuation):
   *     such an answer is bad input, not a score of 0
   */
  public static Prediction predictionOf(Evaluator evaluator, String answer) {
    return predictionOf(evaluator.score(answer));
  }

  /** Maps an evaluator's result to a prediction as described above. */
  public static Prediction predictionOf(AnswerScore result) {
    if (!result.isScored()) {
      return unscored();
    }
    Map<String, Double> signals = new LinkedHashMap<>();
    for (String name : SIGNALS) {
      Double v = result.signals().get(name);
      signals.put(name, v != null && Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0.0);
    }
    Map<String, Double> coverage = new LinkedHashMap<>();
    for (KeyPointResult kp : result.keyPoints()) {
      coverage.put(kp.id(), kp.coverage());
    }
    return new Prediction(result.score(), signals, coverage);
  }

  private static Prediction unscored() {
    Map<String, Double> signals = new LinkedHashMap<>();
    for (String name : SIGNALS) {
      signals.put(name, 0.0);
    }
    return new Prediction(0, signals, Map.of());
  }

  @Override
  public String name() {
    return "evaluator";
  }

  /** How many distinct questions have an evaluator so far. */
  int cachedQuestions() {
    return evaluators.size();
  }

  private Evaluator build(DatasetRow row) {
    Optional<Question> fromBank = bank == null ? Optional.empty() : bank.find(row.questionId());
    if (fromBank.isPresent()) {
      // Bank questions share the bank's index, which enables off-topic detection.
      return Evaluator.builder(fromBank.get())
          .profile(profile)
          .bank(Objects.requireNonNull(bankIndex, "bankIndex"))
          .build();
    }
    return Evaluator.builder(referenceQuestion(row)).profile(profile).build();
  }
}
