package dev.answereval.scoring;

import dev.answereval.rubric.LengthRange;
import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Sentence;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answer-quality signals that do not depend on the rubric's content: sentence structure (keyword
 * lists), word-order plausibility (shuffled text), dismissive language and length. Stateless and
 * thread-safe.
 */
final class QualitySignals {

  /**
   * Part-of-speech bigrams (Universal Dependencies tags) that almost never occur in English prose
   * but are common once words are shuffled: a determiner or preposition followed by a verb,
   * punctuation or another determiner, and so on.
   */
  private static final Set<String> IMPLAUSIBLE_BIGRAMS =
      Set.of(
          "DET VERB",
          "DET AUX",
          "DET PUNCT",
          "DET DET",
          "DET ADP",
          "DET CCONJ",
          "DET SCONJ",
          "DET PRON",
          "DET PART",
          "ADP PUNCT",
          "ADP CCONJ",
          "ADP SCONJ",
          "ADP AUX",
          "ADP PART",
          "CCONJ PUNCT",
          "CCONJ CCONJ",
          "SCONJ PUNCT",
          "SCONJ CCONJ",
          "PRON DET PUNCT",
          "AUX CCONJ",
          "PART PUNCT",
          "PART CCONJ",
          "ADJ DET",
          "NOUN DET ADP",
          "PUNCT PUNCT",
          "PRON PRON",
          "DET ADV ADP",
          "PART DET",
          "PART ADP",
          "AUX DET PUNCT",
          "ADP ADP");

  private static final Set<String> BAD_ENDINGS = Set.of("DET", "ADP", "CCONJ", "SCONJ", "PART");

  private static final Pattern DISMISSIVE =
      Pattern.compile(
          "\\b(waste of (my |their |our )?time|not my (problem|job|responsibility|concern)|i don't care|i do not care"
              + "|their own fault|it's their fault|(just|simply) get over it|snap out of it|attention[- ]seeking"
              + "|drama queens?|overrated|pointless|(there's|there is) no point|can't be bothered|don't bother"
              + "|i don't need (supervision|help|anyone)|tough luck|lazy|manipulative|crazy|psychos?|nutcases?"
              + "|whiners?|(just|simply) tell them to (calm down|stop|get)|force them|make them comply"
              + "|i don't see the point|i do not see the point|i never ask for help|i wing it|figure it out (themselves|on their own)"
              + "|not worth (it|the effort|my time)|rules are (just )?guidelines|cut corners|skip the paperwork)\\b");

  private QualitySignals() {}

  /**
   * Sentence structure in [0, 1]: 1 for ordinary prose, near 0 for a bare list of keywords. Uses
   * the share of function words (English prose has about 40-55%, keyword lists under 15%) and the
   * share of sentences with a verb.
   */
  static double structure(AnalyzedText text) {
    int words = 0;
    int function = 0;
    for (Token t : text.tokens()) {
      if (isWord(t)) {
        words++;
        if (t.term() == null) {
          function++;
        }
      }
    }
    if (words == 0) {
      return 0;
    }
    int withVerb = 0;
    for (Sentence s : text.sentences()) {
      for (Token t : text.tokens(s)) {
        if (t.pos().equals("VERB") || t.pos().equals("AUX")) {
          withVerb++;
          break;
        }
      }
    }
    double functionShare = (double) function / words;
    double verbShare = (double) withVerb / text.sentences().size();
    double f = clamp((functionShare - 0.12) / (0.30 - 0.12));
    // Long "sentences" that are comma-separated lists lack verbs per clause.
    double commas = 0;
    for (Token t : text.tokens()) {
      if (t.text().equals(",") || t.text().equals(";")) {
        commas++;
      }
    }
    double commaRate = commas / words;
    double listPenalty = clamp((commaRate - 0.15) / 0.15);
    return clamp(Math.min(f, 0.4 + 0.6 * verbShare) * (1 - 0.7 * listPenalty));
  }

  /**
   * Word-order plausibility in [0, 1]: 1 for ordinary English, low for shuffled words. Based on the
   * rate of part-of-speech bigrams and sentence endings that English prose almost never has.
   */
  static double coherence(AnalyzedText text) {
    int pairs = 0;
    int bad = 0;
    for (Sentence s : text.sentences()) {
      List<Token> tokens = text.tokens(s);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        pairs++;
        String a = tokens.get(i).pos();
        String b = tokens.get(i + 1).pos();
        if (IMPLAUSIBLE_BIGRAMS.contains(a + " " + b)) {
          bad++;
        } else if (i + 2 < tokens.size()
            && IMPLAUSIBLE_BIGRAMS.contains(a + " " + b + " " + tokens.get(i + 2).pos())) {
          bad++;
        }
      }
      Token last = lastWord(tokens);
      if (last != null && BAD_ENDINGS.contains(last.pos())) {
        bad += 2;
        pairs++;
      }
    }
    if (pairs < 4) {
      return 1;
    }
    double rate = (double) bad / pairs;
    return clamp(1 - (rate - 0.03) / 0.09);
  }

  /** Dismissive or unprofessional phrases, as spans of the answer. */
  static List<Span> dismissive(AnalyzedText text) {
    String original = text.original();
    String lower = original.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    List<Span> out = new ArrayList<>();
    Matcher m = DISMISSIVE.matcher(lower);
    while (m.find()) {
      out.add(Span.of(original, m.start(), m.end()));
    }
    return out;
  }

  /** Length fit in [0, 1]: 1 inside the range, falling linearly below it, gently above it. */
  static double lengthFit(int words, LengthRange range) {
    if (words < range.minWords()) {
      return range.minWords() == 0 ? 1 : (double) words / range.minWords();
    }
    if (words > range.maxWords()) {
      return Math.max(0.5, 1 - (double) (words - range.maxWords()) / range.maxWords());
    }
    return 1;
  }

  private static Token lastWord(List<Token> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (isWord(tokens.get(i))) {
        return tokens.get(i);
      }
    }
    return null;
  }

  static boolean isWord(Token t) {
    return !t.pos().equals("PUNCT") && !t.pos().equals("SYM");
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
