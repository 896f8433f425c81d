package dev.answereval.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reduces lower-case English contractions to their host word: "didn't" becomes "did", "can't" and
 * "cannot" become "can", "won't" becomes "will", "i'm" becomes "i"; a clitic standing alone ("n't",
 * "'re", "'ll"...) becomes its full word. Possessive "'s" is left to {@code
 * EnglishPossessiveFilter}. The negation of "n't" is recorded as a negation cue elsewhere.
 *
 * <p>Not thread-safe, like every Lucene token stream.
 */
final class ContractionFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ContractionFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String s = term.toString();
    String replaced = host(s);
    if (!replaced.equals(s)) {
      term.setEmpty().append(replaced);
    }
    return true;
  }

  static String host(String s) {
    switch (s) {
      case "n't" -> {
        return "not";
      }
      case "'m", "'re" -> {
        return "be";
      }
      case "'ve" -> {
        return "have";
      }
      case "'ll" -> {
        return "will";
      }
      case "'d" -> {
        return "would";
      }
      case "cannot" -> {
        return "can";
      }
      default -> {
        // contractions with a host word, below
      }
    }
    if (s.length() > 3 && s.endsWith("n't")) {
      String base = s.substring(0, s.length() - 3);
      return switch (base) {
        case "ca" -> "can";
        case "wo" -> "will";
        case "sha" -> "shall";
        case "ai" -> "be";
        default -> base;
      };
    }
    for (String clitic : new String[] {"'m", "'re", "'ve", "'ll", "'d"}) {
      if (s.length() > clitic.length() && s.endsWith(clitic)) {
        return s.substring(0, s.length() - clitic.length());
      }
    }
    return s;
  }
}
