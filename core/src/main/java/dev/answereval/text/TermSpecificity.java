package dev.answereval.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How specific an index term is in general English, from its frequency rank among the common
 * English content words shipped with the library (WordNet SemCor counts). Rubric statistics cannot
 * tell "HIPAA" from "talk" when every rubric is about the same field; general usage can. One
 * matched rare word is better evidence of a point than one matched everyday word. Thread-safe.
 */
public final class TermSpecificity {
  /** Rank from which a common word counts as fully specific. */
  static final int SPECIFIC_RANK = 2000;

  private TermSpecificity() {}

  /**
   * Specificity of an index term in [0, 1]: its rank among common words divided by {@value
   * #SPECIFIC_RANK}, and 1 for terms outside the list (rare, technical or unknown words).
   */
  public static double of(String term) {
    Integer rank = Holder.RANKS.get(term);
    return rank == null ? 1 : Math.min(1, rank / (double) SPECIFIC_RANK);
  }

  private static final class Holder {
    static final Map<String, Integer> RANKS = ranks();

    private static Map<String, Integer> ranks() {
      TermNormalizer normalizer = new TermNormalizer(Lexicon.get(), 0);
      List<String> words = Lexicon.lines(Lexicon.COMMON_WORDS);
      Map<String, Integer> ranks = new HashMap<>();
      for (int i = 0; i < words.size(); i++) {
        String term = normalizer.normalize(words.get(i)).term();
        if (term != null) {
          ranks.putIfAbsent(term, i + 1);
        }
      }
      return Map.copyOf(ranks);
    }
  }
}
