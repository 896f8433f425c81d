package dev.answereval.scoring;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The Lucene similarity that weights rubric terms when matching key points, red flags and exemplars
 * against an answer.
 */
public enum SimilarityKind {
  /** Okapi BM25 with Lucene's defaults (k1 = 1.2, b = 0.75). */
  BM25,
  /** Lucene's classic TF-IDF (sqrt tf, idf = 1 + ln((N + 1) / (df + 1))). */
  TF_IDF;

  /** A new Lucene similarity of this kind. */
  public Similarity newSimilarity() {
    return switch (this) {
      case BM25 -> new BM25Similarity();
      case TF_IDF -> new ClassicSimilarity();
    };
  }
}
