package dev.answereval.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Computes the lemma and the index term of one lower-case token with the {@link TermAnalyzer}
 * chain, caching results in a bounded map (once full, new words are computed but not cached, so
 * memory stays bounded and results stay the same).
 *
 * <p>Thread-safe.
 */
final class TermNormalizer {
  /** The lemma (never empty) and the index term (null for stop words) of a token. */
  record Norm(String lemma, @Nullable String term) {}

  private final Analyzer lemmas;
  private final Analyzer terms;
  private final int cacheSize;
  private final Set<String> baseWords;
  private final ConcurrentHashMap<String, Norm> cache = new ConcurrentHashMap<>();

  /**
   * @param lexicon stop words and irregular forms
   * @param cacheSize how many words to remember; 0 for none
   */
  TermNormalizer(Lexicon lexicon, int cacheSize) {
    this.lemmas = new TermAnalyzer(lexicon.irregulars(), null);
    this.terms = new TermAnalyzer(lexicon.irregulars(), lexicon.stopWords());
    this.cacheSize = cacheSize;
    this.baseWords = lexicon.commonWords();
  }

  /** The lemma and term of a lower-case token that contains a letter or digit. */
  Norm normalize(String lower) {
    Norm cached = cache.get(lower);
    if (cached != null) {
      return cached;
    }
    String stemmed = first(lemmas, lower);
    String lemma = stemmed == null || stemmed.isEmpty() ? lower : repairInflection(stemmed);
    String term = first(terms, lower);
    Norm norm = new Norm(lemma, term == null || term.isEmpty() ? null : lemma);
    if (cache.size() < cacheSize) {
      cache.putIfAbsent(lower, norm);
    }
    return norm;
  }

  /**
   * KStem keeps -ed and -ing forms that its dictionary lists as words ("checked", "fixed",
   * "decided", "working"); this maps them to a base form when one is a common English word:
   * undoubled ("planned" to "plan"), with e ("decided" to "decide") or bare ("fixed" to "fix").
   */
  private String repairInflection(String w) {
    String stem;
    if (w.endsWith("ing") && w.length() > 5) {
      stem = w.substring(0, w.length() - 3);
      return firstKnown(w, undoubled(stem), stem + "e", stem);
    }
    if (w.endsWith("ed") && w.length() > 4) {
      stem = w.substring(0, w.length() - 2);
      return firstKnown(w, undoubled(stem), stem + "e", stem);
    }
    return w;
  }

  private String firstKnown(String fallback, @Nullable String... candidates) {
    for (String c : candidates) {
      if (c != null && baseWords.contains(c)) {
        return c;
      }
    }
    return fallback;
  }

  private static @Nullable String undoubled(String stem) {
    int n = stem.length();
    if (n >= 3
        && stem.charAt(n - 1) == stem.charAt(n - 2)
        && "aeioulsz".indexOf(stem.charAt(n - 1)) < 0) {
      return stem.substring(0, n - 1);
    }
    return null;
  }

  private static @Nullable String first(Analyzer analyzer, String text) {
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String result = stream.incrementToken() ? term.toString() : null;
      stream.end();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze " + text, e);
    }
  }
}
