package dev.answereval.text;

import java.util.List;
import java.util.Objects;

/**
 * The result of analyzing one text: sentences and tokens with offsets into the original string, POS
 * tags, lemmas, normalized terms and negation scopes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param original the text exactly as given (before any Unicode normalization); every offset
 *     indexes this string
 * @param sentences at least one sentence, in order
 * @param tokens all tokens, in order; {@code tokens.get(i).index() == i}
 * @param englishScore how much the text looks like English, in [0, 1] (share of words that are
 *     common English words, roughly; names and acronyms are left out); below {@link
 *     TextAnalyzer#ENGLISH_THRESHOLD} is "probably not English"
 */
public record AnalyzedText(
    String original, List<Sentence> sentences, List<Token> tokens, double englishScore) {

  public AnalyzedText {
    Objects.requireNonNull(original, "original");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    if (!(englishScore >= 0 && englishScore <= 1)) {
      throw new IllegalArgumentException("englishScore must be in [0, 1], got " + englishScore);
    }
  }

  /** The tokens of one sentence. */
  public List<Token> tokens(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The original text of one sentence. */
  public String text(Sentence s) {
    return original.substring(s.start(), s.end());
  }

  /** Number of word tokens (not punctuation or symbols). */
  public int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      if (!t.pos().equals("PUNCT") && !t.pos().equals("SYM")) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@link #englishScore()} reaches {@link TextAnalyzer#ENGLISH_THRESHOLD}. */
  public boolean isLikelyEnglish() {
    return englishScore >= TextAnalyzer.ENGLISH_THRESHOLD;
  }
}
