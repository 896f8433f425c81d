package dev.answereval.scoring;

import dev.answereval.rubric.Exemplar;
import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.RedFlag;
import dev.answereval.text.AnalyzedText;
import dev.answereval.text.TextAnalyzer;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Statistics and topic profiles of a set of questions, shared by the evaluators of a bank: the
 * Lucene term weights of the bank's rubric texts, and one term vector per question (its text, key
 * points, cues, paraphrases and exemplars) used to tell which question an answer fits best.
 *
 * <p>Building one analyzes every rubric text once. Immutable and thread-safe.
 */
public final class BankIndex {
  private final TextAnalyzer analyzer;
  private final TermWeights weights;
  private final Map<String, TermVector> topics;
  private final Map<String, AnalyzedText> analyzedTexts;

  private BankIndex(
      TextAnalyzer analyzer,
      TermWeights weights,
      Map<String, TermVector> topics,
      Map<String, AnalyzedText> analyzedTexts) {
    this.analyzer = analyzer;
    this.weights = weights;
    this.topics = topics;
    this.analyzedTexts = analyzedTexts;
  }

  /** Indexes every question of a bank. */
  public static BankIndex of(QuestionBank bank, TextAnalyzer analyzer, SimilarityKind kind) {
    return of(bank.questions(), analyzer, kind);
  }

  /** Indexes the given questions (ids must be unique). */
  public static BankIndex of(List<Question> questions, TextAnalyzer analyzer, SimilarityKind kind) {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(kind, "kind");
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("questions must not be empty");
    }
    Map<String, AnalyzedText> analyzed = new HashMap<>();
    List<AnalyzedText> corpus = new ArrayList<>();
    Map<String, List<AnalyzedText>> perQuestion = new LinkedHashMap<>();
    for (Question q : questions) {
      List<AnalyzedText> texts = new ArrayList<>();
      for (String s : rubricTexts(q)) {
        AnalyzedText a = analyzed.computeIfAbsent(s, analyzer::analyzePhrase);
        texts.add(a);
      }
      if (perQuestion.put(q.id(), texts) != null) {
        throw new IllegalArgumentException("duplicate question id '" + q.id() + "'");
      }
      corpus.addAll(texts);
    }
    TermWeights weights = TermWeights.of(corpus, kind);
    Map<String, TermVector> topics = new LinkedHashMap<>();
    for (Map.Entry<String, List<AnalyzedText>> e : perQuestion.entrySet()) {
      Map<String, Integer> tf = new HashMap<>();
      for (AnalyzedText a : e.getValue()) {
        for (Token t : a.tokens()) {
          if (t.term() != null) {
            tf.merge(t.term(), 1, Integer::sum);
          }
        }
      }
      topics.put(e.getKey(), TermVector.of(tf, weights, java.util.Set.of(), 1));
    }
    return new BankIndex(analyzer, weights, Map.copyOf(topics), Map.copyOf(analyzed));
  }

  /** Every text of a question that describes its topic, in a fixed order. */
  static List<String> rubricTexts(Question q) {
    List<String> out = new ArrayList<>();
    out.add(q.text());
    for (KeyPoint k : q.rubric().keyPoints()) {
      out.add(k.description());
      out.addAll(k.paraphrases());
      out.addAll(k.cues());
    }
    for (Exemplar e : q.rubric().exemplars()) {
      out.add(e.text());
    }
    for (RedFlag f : q.rubric().redFlags()) {
      out.add(f.description());
      out.addAll(f.cues());
    }
    return out;
  }

  /** The analyzer the index was built with. */
  public TextAnalyzer analyzer() {
    return analyzer;
  }

  /** The term weights of the bank's rubric texts. */
  public TermWeights weights() {
    return weights;
  }

  /** Number of questions indexed. */
  public int size() {
    return topics.size();
  }

  /**
   * The questions that are not near-twins of this one: rubric-vocabulary similarity below {@code
   * twinSimilarity}, in no particular order.
   */
  Set<String> unrelatedTo(String questionId, double twinSimilarity) {
    Set<String> out = new HashSet<>();
    for (String other : topics.keySet()) {
      if (!other.equals(questionId) && similarity(questionId, other) < twinSimilarity) {
        out.add(other);
      }
    }
    return Set.copyOf(out);
  }

  /** Whether the index holds this question. */
  public boolean contains(String questionId) {
    return topics.containsKey(questionId);
  }

  /** The analysis of a rubric text if the index analyzed it, else a fresh analysis. */
  AnalyzedText analyzed(String rubricText) {
    AnalyzedText a = analyzedTexts.get(rubricText);
    return a != null ? a : analyzer.analyzePhrase(rubricText);
  }

  /**
   * Topical similarity of two indexed questions in [0, 1]: the cosine of their rubric vocabularies.
   * Banks ask near-identical questions ("How do you handle burnout?", "What self-care do you
   * practise?"); these score high.
   */
  public double similarity(String questionA, String questionB) {
    TermVector a = topics.get(questionA);
    TermVector b = topics.get(questionB);
    if (a == null || b == null) {
      throw new IllegalArgumentException(
          "unknown question '" + (a == null ? questionA : questionB) + "'");
    }
    return a.cosine(b);
  }

  /** Topical fit of an analyzed answer to every question, best first (ties by question id). */
  public List<QuestionFit> rank(AnalyzedText answer) {
    TermVector v = TermVector.of(answer, weights);
    List<QuestionFit> out = new ArrayList<>(topics.size());
    for (Map.Entry<String, TermVector> e : topics.entrySet()) {
      out.add(new QuestionFit(e.getKey(), v.cosine(e.getValue())));
    }
    out.sort(
        Comparator.comparingDouble(QuestionFit::fit)
            .reversed()
            .thenComparing(QuestionFit::questionId));
    return List.copyOf(out);
  }

  /** Topical fit of an answer text to every question, best first. */
  public List<QuestionFit> rank(String answer) {
    return rank(analyzer.analyze(answer));
  }
}
