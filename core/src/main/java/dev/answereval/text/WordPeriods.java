package dev.answereval.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Mends a habit of the OpenNLP English models: they read some ordinary words before a full stop as
 * abbreviations ("Therapy helps them adapt." gives the token {@code adapt.}, "I listen and adapt. I
 * stay calm." stays one sentence), so the word is lost to matching and two sentences run together.
 * A period right after a word of two or more letters that is not a known abbreviation ("Dr.",
 * "etc.") is split off as its own token, and ends the sentence when a capital letter follows.
 *
 * <p>Stateless and thread-safe.
 */
final class WordPeriods {
  /** Abbreviations written with one final period, in lower case and without it. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "rev", "hon", "gen", "col", "lt",
          "sgt", "capt", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "govt", "approx", "est",
          "fig", "vol", "ch", "sec", "pp", "ed", "eds", "cf", "al", "ca", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
          "wed", "thu", "thurs", "fri", "sat", "sun", "hr", "hrs", "min", "mins", "wk", "wks", "mo",
          "mos", "yr", "yrs", "pt", "pts", "dx", "tx", "hx", "rx", "sx", "appt", "apt", "ave",
          "blvd", "rd", "tel", "ext", "misc", "max", "ref", "resp", "assoc", "univ");

  private WordPeriods() {}

  /**
   * Whether text[start, end) is a word of 2+ letters followed by a period, not an abbreviation
   * ("No." is one before a number: "No. 5").
   */
  static boolean isWordPeriod(String text, int start, int end) {
    int dot = end - 1;
    if (dot - start < 2 || text.charAt(dot) != '.') {
      return false;
    }
    for (int i = start; i < dot; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
    if (word.equals("no") || word.equals("nos")) {
      int next = end;
      while (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      return next == text.length() || !Character.isDigit(text.charAt(next));
    }
    return !ABBREVIATIONS.contains(word);
  }

  /** The token spans with each word period split into the word and the period. */
  static Span[] tokens(String text, Span[] spans) {
    List<Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      Span s = spans[k];
      if (isWordPeriod(text, s.getStart(), s.getEnd())) {
        if (out == null) {
          out = new ArrayList<>(spans.length + 2);
          for (int j = 0; j < k; j++) {
            out.add(spans[j]);
          }
        }
        out.add(new Span(s.getStart(), s.getEnd() - 1));
        out.add(new Span(s.getEnd() - 1, s.getEnd()));
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out.toArray(Span[]::new);
  }

  /**
   * The sentence spans, each split after a word period that is followed by white space and a
   * capital letter.
   */
  static Span[] sentences(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    boolean split = false;
    for (Span s : spans) {
      int from = s.getStart();
      int i = from;
      while (i < s.getEnd()) {
        int dot = text.indexOf('.', i);
        if (dot < 0 || dot >= s.getEnd() - 1) {
          break;
        }
        int next = dot + 1;
        while (next < s.getEnd() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        int wordStart = dot;
        while (wordStart > from && Character.isLetter(text.charAt(wordStart - 1))) {
          wordStart--;
        }
        if (next > dot + 1
            && next < s.getEnd()
            && Character.isUpperCase(text.charAt(next))
            && (wordStart == from || !isWordChar(text.charAt(wordStart - 1)))
            && isWordPeriod(text, wordStart, dot + 1)) {
          out.add(new Span(from, dot + 1));
          from = next;
          split = true;
        }
        i = next;
      }
      out.add(from == s.getStart() ? s : new Span(from, s.getEnd()));
    }
    return split ? out.toArray(Span[]::new) : spans;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '-';
  }
}
