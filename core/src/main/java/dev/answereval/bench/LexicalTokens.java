package dev.answereval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plain tokenizer of the lexical baselines: lower-cased runs of letters and digits, minus a
 * small English stop list. Stateless and thread-safe.
 */
final class LexicalTokens {
  private LexicalTokens() {}

  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
          "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its",
          "this", "that", "these", "those", "i", "you", "he", "she", "we", "they", "me", "my",
          "our", "your", "their", "them", "his", "her", "do", "does", "did", "so", "not", "no",
          "can", "would", "will", "should", "could", "have", "has", "had", "there", "then", "than",
          "what", "which", "who", "when", "how", "about", "into", "also", "just", "very");

  /** Content tokens in order, repeats kept. */
  static List<String> contentTokens(String text) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    int n = lower.length();
    while (i < n) {
      int cp = lower.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int start = i;
        while (i < n && Character.isLetterOrDigit(lower.codePointAt(i))) {
          i += Character.charCount(lower.codePointAt(i));
        }
        String token = lower.substring(start, i);
        if (!STOP_WORDS.contains(token)) {
          out.add(token);
        }
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }
}
