package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;
import java.util.Objects;

/**
 * Cosine similarity of term vectors weighted by a Lucene similarity's term weights (tf-idf style
 * with BM25 or classic idf). Symmetric. Immutable and thread-safe.
 */
public final class CosineMeasure implements Measure {
  private final TermWeights weights;

  /** A cosine measure over the given term weights. */
  public CosineMeasure(TermWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  @Override
  public double similarity(AnalyzedText a, AnalyzedText b) {
    return TermVector.of(a, weights).cosine(TermVector.of(b, weights));
  }

  @Override
  public boolean isSymmetric() {
    return true;
  }

  @Override
  public String name() {
    return "cosine(" + weights.kind() + ")";
  }
}
