package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;
import java.util.Objects;

/**
 * Weighted share of the reference's ({@code b}'s) content terms that the answer ({@code a})
 * contains. Not symmetric: a long answer that contains a short reference scores 1. Immutable and
 * thread-safe.
 */
public final class TermRecallMeasure implements Measure {
  private final TermWeights weights;

  /** A recall measure over the given term weights. */
  public TermRecallMeasure(TermWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  @Override
  public double similarity(AnalyzedText a, AnalyzedText b) {
    return TermVector.of(a, weights).recallOf(TermVector.of(b, weights));
  }

  @Override
  public boolean isSymmetric() {
    return false;
  }

  @Override
  public String name() {
    return "recall(" + weights.kind() + ")";
  }
}
