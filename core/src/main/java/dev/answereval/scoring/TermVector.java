package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Token;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A sparse, weighted bag of index terms: weight(term) * sqrt(term frequency). Immutable. */
final class TermVector {
  final Map<String, Double> values;
  final double norm;

  private TermVector(Map<String, Double> values) {
    this.values = values;
    double s = 0;
    for (double v : values.values()) {
      s += v * v;
    }
    this.norm = Math.sqrt(s);
  }

  static TermVector of(AnalyzedText text, TermWeights weights) {
    return of(text, weights, Set.of(), 1);
  }

  /** Terms in {@code discounted} get their weight multiplied by {@code factor}. */
  static TermVector of(
      AnalyzedText text, TermWeights weights, Set<String> discounted, double factor) {
    Map<String, Integer> tf = new HashMap<>();
    for (Token t : text.tokens()) {
      if (t.term() != null) {
        tf.merge(t.term(), 1, Integer::sum);
      }
    }
    return of(tf, weights, discounted, factor);
  }

  static TermVector of(
      Map<String, Integer> tf, TermWeights weights, Set<String> discounted, double factor) {
    Map<String, Double> v = new HashMap<>(tf.size() * 2);
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double w = weights.weight(e.getKey()) * Math.sqrt(e.getValue());
      if (discounted.contains(e.getKey())) {
        w *= factor;
      }
      if (w > 0) {
        v.put(e.getKey(), w);
      }
    }
    return new TermVector(v);
  }

  boolean isEmpty() {
    return norm == 0;
  }

  /** Cosine similarity in [0, 1]; 0 when either side is empty. */
  double cosine(TermVector o) {
    if (isEmpty() || o.isEmpty()) {
      return 0;
    }
    Map<String, Double> small = values.size() <= o.values.size() ? values : o.values;
    Map<String, Double> large = small == values ? o.values : values;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return Math.max(0, Math.min(1, dot / (norm * o.norm)));
  }

  /** Weighted share of {@code reference}'s terms that this vector contains, in [0, 1]. */
  double recallOf(TermVector reference) {
    if (isEmpty() || reference.isEmpty()) {
      return 0;
    }
    double got = 0;
    double all = 0;
    for (Map.Entry<String, Double> e : reference.values.entrySet()) {
      all += e.getValue();
      if (values.containsKey(e.getKey())) {
        got += e.getValue();
      }
    }
    return all == 0 ? 0 : Math.min(1, got / all);
  }
}
