package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Sentence;
import dev.answereval.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Effective negation of tokens: double negation resolved ("never ... without consent"), and the
 * negations that state a stance ("avoid X", an absence a check looks for) or assert nothing (inside
 * a condition) marked apart, so key points and red flags can read them differently.
 */
final class Polarity {
  /** Cues that, inside another negation's scope, cancel it: "never share without consent". */
  private static final Set<String> CANCELLING = Set.of("without", "unless", "until", "except");

  /**
   * Verbs whose negation scope states a stance rather than a denial: "I avoid dual relationships".
   */
  private static final Set<String> SOFT = Set.of("avoid");

  /**
   * Negative words that, in an absence a check looks for ("make sure there's no medical cause",
   * "check that there is nothing sharp nearby"), state what the writer checks for rather than deny
   * it.
   */
  private static final Set<String> CHECKED_ABSENCE = Set.of("no", "nothing", "none");

  /** Words that open a condition, in which a negation denies nothing the writer does. */
  private static final Set<String> CONDITIONS = Set.of("if", "when", "whenever");

  /** Punctuation that closes a clause, so a condition before it does not reach past it. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":");

  /** Longest "Without ..." phrase, in tokens, that reads as a condition before its comma. */
  private static final int FRONTED_WITHOUT_WORDS = 6;

  /** Verbs that make what follows a check: "ensure", "check", "confirm", "verify", "make sure". */
  private static final Set<String> CHECKS = Set.of("ensure", "check", "confirm", "verify");

  /** Words between a check and its negative determiner: "make sure (that) there is no ...". */
  private static final Set<String> CHECK_LINKS =
      Set.of("that", "there", "there's", "is", "are", "'s", "was", "were", "be", "will");

  /** The words of a short answer that denies: "No.", "Of course not.", "Not at all.", "Never!". */
  private static final Set<String> DENYING = Set.of("no", "nope", "never", "not");

  private static final Set<String> DENIAL_FILLERS =
      Set.of("of", "course", "at", "all", "really", "absolutely", "certainly", "definitely");

  /** Punctuation after which a sentence that opened with "No" goes on to something else. */
  private static final Set<String> REPLY_ENDS =
      Set.of(",", ";", ":", "-", "--", "\u2013", "\u2014");

  private Polarity() {}

  /**
   * Per token: whether its negation comes from a soft cue ("avoid") or is what a check rules out
   * ("make sure there's no medical cause"). Key points match such tokens either way, since "I avoid
   * X" usually states the professional stance a rubric asks for; red flags still treat them as
   * negated.
   */
  static boolean[] softNegation(AnalyzedText text, boolean[] negated) {
    List<Token> tokens = text.tokens();
    boolean[] soft = new boolean[tokens.size()];
    String cue = null;
    int sentence = -1;
    for (int i = 0; i < soft.length; i++) {
      Token t = tokens.get(i);
      if (t.sentence() != sentence) {
        sentence = t.sentence();
        cue = null;
      }
      if (t.negationCue()) {
        cue = checksFor(tokens, i) ? "avoid" : t.lemma();
      } else if (negated[i] && cue != null && SOFT.contains(cue)) {
        soft[i] = true;
      }
    }
    return soft;
  }

  /**
   * Per token: whether it is negated inside a condition: a clause opened by "if", "when" or
   * "whenever" with no comma or semicolon between ("If there's something I don't understand about a
   * client's culture, I ask"), or a {@linkplain #frontedWithout fronted "Without ..."} ("Without
   * consent, I can still listen"). A condition neither states nor denies what it holds, so key
   * points take such tokens as neither; red flags still treat them as negated.
   */
  static boolean[] conditionalNegation(AnalyzedText text, boolean[] negated) {
    List<Token> tokens = text.tokens();
    boolean[] conditional = new boolean[tokens.size()];
    // Per token: whether a comma, semicolon or colon follows it in its sentence (one pass back).
    boolean[] breakAt = new boolean[tokens.size()];
    for (int i = tokens.size() - 1; i >= 0; i--) {
      boolean sameSentence =
          i + 1 < tokens.size() && tokens.get(i + 1).sentence() == tokens.get(i).sentence();
      breakAt[i] =
          sameSentence && (breakAt[i + 1] || CLAUSE_BREAKS.contains(tokens.get(i + 1).text()));
    }
    boolean inCondition = false;
    // Whether a condition word opened the current clause (one pass, so long sentences stay linear).
    boolean conditionOpen = false;
    int sentence = -1;
    for (int i = 0; i < conditional.length; i++) {
      Token t = tokens.get(i);
      if (t.sentence() != sentence) {
        sentence = t.sentence();
        inCondition = false;
        conditionOpen = false;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (t.negationCue()) {
        inCondition = conditionOpen || frontedWithout(tokens, i);
      } else if (negated[i] && inCondition) {
        conditional[i] = true;
      }
      if (CLAUSE_BREAKS.contains(w) || w.equals("then")) {
        conditionOpen = false;
      } else if (CONDITIONS.contains(w)) {
        // Without a comma to close it, where the condition ends is unknown ("If a client gets
        // agitated I never stay calm"), so nothing in it counts as conditional.
        conditionOpen = breakAt[i];
      }
    }
    return conditional;
  }

  /**
   * Whether the "without" at {@code i} opens a condition: it opens the sentence or a clause, its
   * phrase ends at a comma within {@value #FRONTED_WITHOUT_WORDS} tokens, and the clause after it
   * grants leave with "can", "could", "may" or "might" ("Without consent, I can still listen to the
   * family").
   */
  private static boolean frontedWithout(List<Token> tokens, int i) {
    int comma = frontedWithoutComma(tokens, i);
    if (comma < 0) {
      return false;
    }
    // "Without consent, I can still listen" grants leave; "Without consent, I share what is
    // useful" asserts what the writer does without it.
    int sentence = tokens.get(i).sentence();
    for (int k = comma + 1;
        k < tokens.size() && k <= comma + 3 && tokens.get(k).sentence() == sentence;
        k++) {
      if (PERMISSION.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Modals that make a fronted "Without ..." a condition of leave: "Without consent, I can ...".
   */
  private static final Set<String> PERMISSION = Set.of("can", "could", "may", "might");

  /** The index of the comma that ends a fronted "Without ..." at {@code i}, or -1. */
  private static int frontedWithoutComma(List<Token> tokens, int i) {
    if (!tokens.get(i).text().equalsIgnoreCase("without")) {
      return -1;
    }
    int sentence = tokens.get(i).sentence();
    boolean opens =
        i == 0
            || tokens.get(i - 1).sentence() != sentence
            || CLAUSE_BREAKS.contains(tokens.get(i - 1).text());
    if (!opens) {
      return -1;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + FRONTED_WITHOUT_WORDS; k++) {
      if (tokens.get(k).sentence() != sentence) {
        return -1;
      }
      if (tokens.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the negative determiner at {@code i} says what a check looks for: "I make sure there's
   * no medical cause", "ensure nobody is left out". Such a scope reads like "avoid X".
   */
  private static boolean checksFor(List<Token> tokens, int i) {
    if (!CHECKED_ABSENCE.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int sentence = tokens.get(i).sentence();
    int k = i - 1;
    boolean there = false;
    while (k >= 0
        && tokens.get(k).sentence() == sentence
        && CHECK_LINKS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      there |= tokens.get(k).text().toLowerCase(Locale.ROOT).startsWith("there");
      k--;
    }
    // Only an absence checked for ("there's no ..."); "I made sure nobody documented it" prevents.
    if (!there || k < 0 || tokens.get(k).sentence() != sentence) {
      return false;
    }
    Token check = tokens.get(k);
    return CHECKS.contains(check.lemma())
        || (check.text().equalsIgnoreCase("sure")
            && k > 0
            && tokens.get(k - 1).lemma().equals("make"));
  }

  /**
   * Per token: whether it is negated once all is said. A negation scope that contains one of
   * "without", "unless", "until" or "except" reads as a condition ("I never share records without
   * consent" means sharing needs consent), so the whole run of negated tokens around it counts as
   * not negated. A question answered by a denial ("Do I ask about suicide? No." or "... ? No, that
   * is a waste of time.") is negated as a whole.
   */
  static boolean[] effectiveNegation(AnalyzedText text) {
    List<Token> tokens = text.tokens();
    boolean[] neg = new boolean[tokens.size()];
    for (int i = 0; i < neg.length; i++) {
      neg[i] = tokens.get(i).negated();
    }
    for (int i = 0; i < neg.length; i++) {
      Token t = tokens.get(i);
      // "unless" and "until" end a scope rather than open one, so they need not be cues.
      if (!CANCELLING.contains(t.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean inOuterScope = t.negated() || (i > 0 && tokens.get(i - 1).negated());
      if (!inOuterScope) {
        continue;
      }
      int sentence = t.sentence();
      int from = i;
      while (from > 0
          && tokens.get(from - 1).sentence() == sentence
          && (neg[from - 1] || tokens.get(from - 1).negationCue())) {
        from--;
      }
      int to = i + 1;
      while (to < neg.length && tokens.get(to).sentence() == sentence && neg[to]) {
        to++;
      }
      for (int k = from; k < to; k++) {
        neg[k] = false;
      }
    }
    frontedDoubleNegation(tokens, neg);
    deniedQuestions(text, neg);
    return neg;
  }

  /** Plain negators whose clause, after a fronted "Without X,", makes a double negation. */
  private static final Set<String> PLAIN_NEGATORS =
      Set.of("not", "n't", "never", "no", "nothing", "nobody", "none", "neither", "noone");

  /**
   * A fronted "Without X," before a negated clause is a double negation, like "never ... without X"
   * after it: "Without written consent, I share nothing" means sharing needs consent. Both the
   * "without" phrase and the negated clause then count as not negated.
   */
  private static void frontedDoubleNegation(List<Token> tokens, boolean[] neg) {
    for (int i = 0; i < tokens.size(); i++) {
      int comma = frontedWithoutComma(tokens, i);
      if (comma < 0) {
        continue;
      }
      int sentence = tokens.get(i).sentence();
      int end = comma + 1;
      boolean negatedClause = false;
      while (end < tokens.size()
          && tokens.get(end).sentence() == sentence
          && !CLAUSE_BREAKS.contains(tokens.get(end).text())) {
        Token t = tokens.get(end);
        negatedClause |=
            t.negationCue() && PLAIN_NEGATORS.contains(lastWord(t.text().toLowerCase(Locale.ROOT)));
        end++;
      }
      if (negatedClause) {
        for (int k = i + 1; k < end; k++) {
          neg[k] = false;
        }
      }
    }
  }

  /** "n't" for a contracted negation ("don't", "can't"), else the word itself. */
  private static String lastWord(String lower) {
    return lower.endsWith("n't") ? "n't" : lower;
  }

  /**
   * Negates every token of a question that the next sentence answers with a denial ("Do I ask about
   * suicide directly? No."): its content is what the writer says they do not do.
   */
  private static void deniedQuestions(AnalyzedText text, boolean[] neg) {
    List<Sentence> sentences = text.sentences();
    for (int s = 0; s + 1 < sentences.size(); s++) {
      List<Token> question = text.tokens(sentences.get(s));
      if (!question.get(question.size() - 1).text().equals("?")
          || !deniesQuestion(text.tokens(sentences.get(s + 1)))) {
        continue;
      }
      for (Token t : question) {
        neg[t.index()] = true;
      }
    }
  }

  /**
   * Whether a sentence answers "no": a bare denial ("No.", "Of course not!"), or one that opens the
   * sentence before a comma, semicolon, colon or dash ("No, that is a waste of time.", "No, I ask
   * directly.").
   */
  private static boolean deniesQuestion(List<Token> sentence) {
    boolean denies = false;
    for (Token t : sentence) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (REPLY_ENDS.contains(w)) {
        return denies;
      }
      if (DENYING.contains(w)) {
        denies = true;
      } else if (!DENIAL_FILLERS.contains(w) && !t.pos().equals("PUNCT")) {
        return false;
      }
    }
    return denies;
  }
}
