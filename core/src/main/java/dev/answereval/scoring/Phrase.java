package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rubric text (key point description, paraphrase, cue or red flag) compiled for matching: its
 * distinct content terms with weights, polarity and synonyms. Immutable.
 */
final class Phrase {
  final String text;
  final String[] terms;
  final String[][] synonyms;
  final boolean[] negated;
  final double[] weights;
  final double totalWeight;

  /** Share of the phrase's weight left after discounting the question's own terms, in [0, 1]. */
  final double ownShare;

  private Phrase(
      String text,
      List<String> terms,
      List<String[]> syns,
      List<Boolean> neg,
      List<Double> w,
      double rawTotal) {
    this.text = text;
    this.terms = terms.toArray(String[]::new);
    this.synonyms = syns.toArray(String[][]::new);
    this.negated = new boolean[neg.size()];
    this.weights = new double[w.size()];
    double total = 0;
    for (int i = 0; i < neg.size(); i++) {
      negated[i] = neg.get(i);
      weights[i] = w.get(i);
      total += weights[i];
    }
    this.totalWeight = total;
    this.ownShare = rawTotal > 0 ? Math.min(1, total / rawTotal) : 0;
  }

  /**
   * Compiles an analyzed rubric text. Terms that also occur in the question get their weight
   * multiplied by {@code questionTermWeight}, so an answer that repeats the question earns little.
   */
  static Phrase compile(
      AnalyzedText analyzed,
      boolean[] negation,
      TermWeights weights,
      Set<String> questionTerms,
      double questionTermWeight) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<String> terms = new ArrayList<>();
    List<String[]> syns = new ArrayList<>();
    List<Boolean> neg = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    double rawTotal = 0;
    for (Token t : analyzed.tokens()) {
      String term = t.term();
      if (term == null) {
        continue;
      }
      Integer at = index.get(term);
      if (at != null) {
        // A term stated both ways in one phrase is treated as positively stated.
        if (!negation[t.index()]) {
          neg.set(at, false);
        }
        continue;
      }
      index.put(term, terms.size());
      terms.add(term);
      syns.add(t.synonyms().toArray(String[]::new));
      neg.add(negation[t.index()]);
      double tw = weights.weight(term);
      rawTotal += tw;
      if (questionTerms.contains(term)) {
        tw *= questionTermWeight;
      }
      w.add(tw);
    }
    return new Phrase(analyzed.original(), terms, syns, neg, w, rawTotal);
  }

  boolean isEmpty() {
    return terms.length == 0 || totalWeight <= 0;
  }
}
