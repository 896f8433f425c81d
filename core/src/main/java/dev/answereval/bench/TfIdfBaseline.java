package dev.answereval.bench;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lexical scorer: tf-idf cosine similarity between the answer and its most similar reference,
 * times 100. Tokens come from a plain lower-case word tokenizer with a small stop list; idf is
 * {@code ln((1 + N) / (1 + df)) + 1} over the N distinct answer and reference texts of a dataset
 * (terms unseen there get the largest idf). A row without references scores 0. Immutable and
 * thread-safe.
 */
public final class TfIdfBaseline implements RowScorer {

  /** Name of the one signal (the best cosine, in [0, 1]). */
  public static final String SIGNAL = "tfidf_cosine";

  private final Map<String, Double> idf;
  private final double unseenIdf;

  private TfIdfBaseline(Map<String, Double> idf, double unseenIdf) {
    this.idf = idf;
    this.unseenIdf = unseenIdf;
  }

  /** Builds idf from the distinct answers and references of {@code data}. */
  public static TfIdfBaseline fit(Dataset data) {
    return fitRows(data.rows());
  }

  /** Builds idf from the distinct answers and references of {@code rows}. */
  static TfIdfBaseline fitRows(List<DatasetRow> rows) {
    Set<String> texts = new LinkedHashSet<>();
    for (DatasetRow row : rows) {
      texts.add(row.answer());
      texts.addAll(row.referenceTexts());
    }
    return fit(List.copyOf(texts));
  }

  /** Builds idf from the given documents. */
  public static TfIdfBaseline fit(List<String> documents) {
    Map<String, Integer> df = new HashMap<>();
    for (String doc : documents) {
      for (String t : new LinkedHashSet<>(LexicalTokens.contentTokens(doc))) {
        df.merge(t, 1, Integer::sum);
      }
    }
    int n = documents.size();
    Map<String, Double> idf = new HashMap<>();
    df.forEach((t, d) -> idf.put(t, Math.log((1.0 + n) / (1.0 + d)) + 1));
    return new TfIdfBaseline(Collections.unmodifiableMap(idf), Math.log(1.0 + n) + 1);
  }

  /** The idf of a term (already lower case). */
  public double idf(String term) {
    return idf.getOrDefault(term, unseenIdf);
  }

  /** The tf-idf cosine of two texts, in [0, 1]; 0 when either has no content tokens. */
  public double cosine(String a, String b) {
    Map<String, Double> va = vector(a);
    Map<String, Double> vb = vector(b);
    double dot = 0;
    for (Map.Entry<String, Double> e : va.entrySet()) {
      Double w = vb.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    double na = norm(va);
    double nb = norm(vb);
    if (na == 0 || nb == 0) {
      return 0;
    }
    return Math.min(1, dot / (na * nb));
  }

  @Override
  public Prediction score(DatasetRow row) {
    double best = 0;
    for (String ref : row.referenceTexts()) {
      best = Math.max(best, cosine(row.answer(), ref));
    }
    return Prediction.of(100 * best, Map.of(SIGNAL, best));
  }

  @Override
  public String name() {
    return "tfidf";
  }

  private Map<String, Double> vector(String text) {
    Map<String, Double> v = new HashMap<>();
    for (String t : LexicalTokens.contentTokens(text)) {
      v.merge(t, 1.0, Double::sum);
    }
    v.replaceAll((t, tf) -> tf * idf(t));
    return v;
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double w : v.values()) {
      s += w * w;
    }
    return Math.sqrt(s);
  }
}
