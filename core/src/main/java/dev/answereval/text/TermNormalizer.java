package dev.answereval.text;

import java.io.IOException;
import java.io.UncheckedIOException;
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
  private final ConcurrentHashMap<String, Norm> cache = new ConcurrentHashMap<>();

  /**
   * @param lexicon stop words and irregular forms
   * @param cacheSize how many words to remember; 0 for none
   */
  TermNormalizer(Lexicon lexicon, int cacheSize) {
    this.lemmas = new TermAnalyzer(lexicon.irregulars(), null);
    this.terms = new TermAnalyzer(lexicon.irregulars(), lexicon.stopWords());
    this.cacheSize = cacheSize;
  }

  /** The lemma and term of a lower-case token that contains a letter or digit. */
  Norm normalize(String lower) {
    Norm cached = cache.get(lower);
    if (cached != null) {
      return cached;
    }
    String lemma = first(lemmas, lower);
    String term = first(terms, lower);
    Norm norm =
        new Norm(
            lemma == null || lemma.isEmpty() ? lower : lemma,
            term == null || term.isEmpty() ? null : term);
    if (cache.size() < cacheSize) {
      cache.putIfAbsent(lower, norm);
    }
    return norm;
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
