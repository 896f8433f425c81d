package dev.answereval.text;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reduces lower-case English contractions to their host word: "didn't" becomes "did", "can't" and
 * "cannot" become "can", "won't" becomes "will", "i'm" becomes "i", and the same without the
 * apostrophe ("didnt", "cant"); a clitic standing alone ("n't", "'re", "'ll"...) becomes its full
 * word. Possessive "'s" is left to {@code EnglishPossessiveFilter}. The negation of "n't" is
 * recorded as a negation cue elsewhere.
 *
 * <p>Not thread-safe, like every Lucene token stream.
 */
final class ContractionFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /**
   * Negative contractions typed without the apostrophe ("dont", "didnt"), with their host words.
   * Only forms that are not also common words: "cant" and "wont" are included, "shant" too, since
   * in answers they are nearly always the contraction.
   */
  static final Map<String, String> WITHOUT_APOSTROPHE =
      Map.ofEntries(
          Map.entry("dont", "do"),
          Map.entry("doesnt", "does"),
          Map.entry("didnt", "did"),
          Map.entry("isnt", "is"),
          Map.entry("arent", "are"),
          Map.entry("wasnt", "was"),
          Map.entry("werent", "were"),
          Map.entry("havent", "have"),
          Map.entry("hasnt", "has"),
          Map.entry("hadnt", "had"),
          Map.entry("wouldnt", "would"),
          Map.entry("shouldnt", "should"),
          Map.entry("couldnt", "could"),
          Map.entry("mustnt", "must"),
          Map.entry("neednt", "need"),
          Map.entry("cant", "can"),
          Map.entry("wont", "will"),
          Map.entry("shant", "shall"),
          Map.entry("aint", "be"));

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
    String bare = WITHOUT_APOSTROPHE.get(s);
    if (bare != null) {
      return bare;
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
