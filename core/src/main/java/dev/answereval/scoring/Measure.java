package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;

/**
 * A similarity between two analyzed texts.
 *
 * <p>Contract, checked for every implementation by {@code MeasureContractTest}:
 *
 * <ul>
 *   <li>the result is finite and in [0, 1]; higher always means more similar;
 *   <li>identical input with at least one content term gives 1.0;
 *   <li>input without content terms (only stop words or punctuation) gives 0.0, not an exception;
 *   <li>{@link #isSymmetric()} says whether {@code similarity(a, b) == similarity(b, a)}.
 * </ul>
 *
 * Implementations are immutable and thread-safe.
 */
public interface Measure {

  /** The similarity of {@code a} to {@code b} in [0, 1]. */
  double similarity(AnalyzedText a, AnalyzedText b);

  /** Whether the measure gives the same value with its arguments swapped. */
  boolean isSymmetric();

  /** A name that includes the configuration, e.g. {@code "cosine(BM25)"}. */
  String name();
}
