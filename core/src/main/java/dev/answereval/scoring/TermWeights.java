package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Sentence;
import dev.answereval.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Weights of index terms, computed by a Lucene {@link Similarity} from statistics of a background
 * collection whose documents are the sentences of rubric texts (a bank's or one question's).
 *
 * <p>The weight of a term is what the similarity's scorer gives one occurrence in a document of
 * average length: for BM25 proportional to its idf, for classic TF-IDF to idf squared. Terms the
 * collection never saw get the weight of a term seen once. Immutable and thread-safe.
 */
public final class TermWeights {
  private static final String FIELD = "text";

  private final SimilarityKind kind;
  private final Map<String, Double> weights;
  private final double unseen;
  private final double lowest;
  private final double median;

  private TermWeights(SimilarityKind kind, Map<String, Double> weights, double unseen) {
    this.kind = kind;
    this.weights = weights;
    this.unseen = unseen;
    double[] sorted = weights.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
    this.lowest = sorted.length == 0 ? unseen : sorted[0];
    this.median = sorted.length == 0 ? unseen : sorted[sorted.length / 2];
  }

  /**
   * How specific a term is within this collection, in [0, 1], rising linearly from 0 for its most
   * widespread term to 1 at the median weight: "client" in a bank of counselling rubrics is near 0.
   */
  public double fieldSpecificity(String term) {
    if (median <= lowest) {
      return 1;
    }
    return Math.max(0, Math.min(1, (weight(term) - lowest) / (median - lowest)));
  }

  /** Computes weights from the sentences of the given texts. */
  public static TermWeights of(List<AnalyzedText> texts, SimilarityKind kind) {
    Map<String, long[]> stats = new HashMap<>(); // term -> {docFreq, totalTermFreq}
    long docs = 0;
    long tokens = 0;
    for (AnalyzedText text : texts) {
      for (Sentence s : text.sentences()) {
        Set<String> seen = new HashSet<>();
        boolean any = false;
        for (Token t : text.tokens(s)) {
          if (t.term() == null) {
            continue;
          }
          any = true;
          tokens++;
          long[] st = stats.computeIfAbsent(t.term(), k -> new long[2]);
          st[1]++;
          if (seen.add(t.term())) {
            st[0]++;
          }
        }
        if (any) {
          docs++;
        }
      }
    }
    // One extra, empty-statistics document keeps unseen terms legal (docFreq 1) and all counts > 0.
    long docCount = docs + 1;
    long sumDocFreq = 1;
    for (long[] st : stats.values()) {
      sumDocFreq += st[0];
    }
    long sumTotalTermFreq = Math.max(tokens + 1, sumDocFreq);
    sumDocFreq = Math.max(sumDocFreq, docCount);
    sumTotalTermFreq = Math.max(sumTotalTermFreq, sumDocFreq);
    CollectionStatistics collection =
        new CollectionStatistics(FIELD, docCount, docCount, sumTotalTermFreq, sumDocFreq);
    long avgLength = Math.max(1, Math.round((double) sumTotalTermFreq / docCount));
    long norm = SmallFloat.intToByte4((int) Math.min(Integer.MAX_VALUE, avgLength));
    Similarity similarity = kind.newSimilarity();
    Map<String, Double> weights = new HashMap<>(stats.size() * 2);
    for (Map.Entry<String, long[]> e : stats.entrySet()) {
      long df = e.getValue()[0] + 1;
      long ttf = e.getValue()[1] + 1;
      TermStatistics ts = new TermStatistics(new BytesRef(e.getKey()), df, ttf);
      weights.put(e.getKey(), (double) similarity.scorer(1f, collection, ts).score(1f, norm));
    }
    TermStatistics rare = new TermStatistics(new BytesRef("\u0000unseen"), 1, 1);
    double unseen = similarity.scorer(1f, collection, rare).score(1f, norm);
    return new TermWeights(kind, Map.copyOf(weights), unseen);
  }

  /** The weight of a term, {@code > 0}. */
  public double weight(String term) {
    Double w = weights.get(term);
    return w != null ? w : unseen;
  }

  /** The similarity that computed the weights. */
  public SimilarityKind kind() {
    return kind;
  }

  /** Number of distinct terms in the background collection. */
  public int vocabularySize() {
    return weights.size();
  }
}
