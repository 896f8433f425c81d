package dev.answereval.bench;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A lexical scorer: the share of a reference's distinct content tokens that also occur in the
 * answer, for the best-covered reference, times 100 (same tokenizer as {@link TfIdfBaseline}). A
 * row without references, or whose references have no content tokens, scores 0. Stateless and
 * thread-safe.
 */
public record ReferenceRecallBaseline() implements RowScorer {

  /** Name of the one signal (the best recall, in [0, 1]). */
  public static final String SIGNAL = "reference_recall";

  /** Share of the distinct content tokens of {@code reference} present in {@code answer}. */
  public static double recall(String answer, String reference) {
    Set<String> ref = new LinkedHashSet<>(LexicalTokens.contentTokens(reference));
    if (ref.isEmpty()) {
      return 0;
    }
    Set<String> ans = new HashSet<>(LexicalTokens.contentTokens(answer));
    long hit = ref.stream().filter(ans::contains).count();
    return (double) hit / ref.size();
  }

  @Override
  public Prediction score(DatasetRow row) {
    double best = 0;
    for (String ref : row.referenceTexts()) {
      best = Math.max(best, recall(row.answer(), ref));
    }
    return Prediction.of(100 * best, Map.of(SIGNAL, best));
  }

  @Override
  public String name() {
    return "reference-recall";
  }
}
