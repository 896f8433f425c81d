package dev.answereval.text;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One token of an analyzed text, with its position in the original string.
 *
 * @param index 0-based position among the text's tokens
 * @param text the token as written, equal to {@code original.substring(start, end)}
 * @param start offset of the first char in the ORIGINAL string (UTF-16 index)
 * @param end offset after the last char in the original string
 * @param sentence 0-based index of the sentence holding this token
 * @param pos Universal Dependencies POS tag from OpenNLP (NOUN, VERB, ADJ, PUNCT...)
 * @param lemma lower-cased base form (e.g. "breaths" becomes "breath", "didn't" becomes "do")
 * @param term the normalized index term after the Lucene chain (lower-case, possessive removed,
 *     stemmed), or null for stop words, punctuation and symbols
 * @param synonyms extra index terms for this token from the synonym filters (same position),
 *     possibly empty
 * @param negationCue whether this token is itself a negation cue (not, never, n't, without...)
 * @param negated whether this token lies inside a negation scope
 */
public record Token(
    int index,
    String text,
    int start,
    int end,
    int sentence,
    String pos,
    String lemma,
    @Nullable String term,
    List<String> synonyms,
    boolean negationCue,
    boolean negated) {

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    synonyms = List.copyOf(synonyms);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token offsets [" + start + ", " + end + ")");
    }
  }

  /** Whether the token carries content (has an index term). */
  public boolean isContent() {
    return term != null;
  }
}
