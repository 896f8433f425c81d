package dev.answereval.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene normalization chain applied to ONE OpenNLP token at a time (the token is the whole
 * input, so OpenNLP decides the token boundaries): lower case, possessive and contraction removal,
 * irregular forms, optional stop word removal, KStem.
 *
 * <p>Thread-safe, like every Lucene {@link Analyzer} with the default reuse strategy.
 */
final class TermAnalyzer extends Analyzer {
  private final StemmerOverrideMap irregulars;
  private final @Nullable CharArraySet stopWords;

  /**
   * @param irregulars irregular forms to base forms ("went" to "go"); these skip the stemmer
   * @param stopWords words to drop, or null to keep every token (for lemmas)
   */
  TermAnalyzer(StemmerOverrideMap irregulars, @Nullable CharArraySet stopWords) {
    this.irregulars = irregulars;
    this.stopWords = stopWords;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new KeywordTokenizer();
    TokenStream stream = new LowerCaseFilter(source); // Records -> records
    stream = new EnglishPossessiveFilter(stream); // patient's -> patient
    stream = new ContractionFilter(stream); // didn't -> did, i'm -> i
    stream = new StemmerOverrideFilter(stream, irregulars); // did -> do, went -> go
    if (stopWords != null) {
      stream = new StopFilter(stream, stopWords); // the, and, not -> (nothing)
    }
    stream = new KStemFilter(stream); // records -> record, sharing -> share
    return new TokenStreamComponents(source, stream);
  }
}
