package dev.answereval.scoring;

import dev.answereval.rubric.LengthRange;
import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Sentence;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
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
   * Tag-sequence plausibility (see {@link TagTrigramModel}) at or below which word order counts as
   * shuffled, and the plausibility from which it counts as prose. Measured on our answers and the
   * seed guides' (none used to build the tag counts): prose 0.33-0.72, the same answers shuffled in
   * five orders -0.51 to 0.28, 95% below 0.13; SemEval-2013 student answers mostly 0.22-0.66.
   */
  private static final double SHUFFLED_PLAUSIBILITY = 0.1;

  private static final double PROSE_PLAUSIBILITY = 0.3;

  private static final Pattern DISMISSIVE =
      Pattern.compile(
          "\\b(waste of ([\\w']+ ){0,2}(time|effort|money)|wasting (both )?(my|our|their|your|everyone's) time|not my (problem|job|responsibility|concern)|i don't care|i do not care"
              + "|their own fault|it's their fault|(just|simply) get over it|snap out of it|attention[- ]seeking"
              + "|drama queens?|overrated|pointless|(there's|there is) no point|can't be bothered|don't bother"
              + "|i don't need (supervision|help|anyone)|tough luck|lazy|manipulative|crazy|psychos?|nutcases?"
              + "|whiners?|(just|simply) tell them to (calm down|stop|get)|force them|make them comply"
              + "|i don't see the point|i do not see the point|i never ask for help|i wing it|figure it out (themselves|on their own)"
              + "|not worth (it|the effort|my time)|cut corners|skip the paperwork"
              + "|(rules|codes?|policies|policy|standards|protocols?|guidelines) (is|are) (just |only )?(guidelines|suggestions)"
              + "|(trust|go with|follow) my (gut|instincts?) over"
              + "|(is|are) (only|just|merely|simply) (a )?(guidelines?|suggestions?)"
              + "|(is|are) (only |just |merely |simply )?(a )?(formality|formalities)"
              + "|(is|are) (mostly |just |only |merely |basically |pure |all )?(bureaucracy|red tape"
              + "|box[- ]ticking)"
              + "|(is|are) (mostly |just |only |merely |basically |pure |all )paperwork)\\b");

  /** Phrases by which the writer hedges a statement of their own. */
  private static final Pattern HEDGE =
      Pattern.compile(
          "\\b(i guess|i suppose|maybe|perhaps|possibly|probably|i might|i could maybe"
              + "|(i'm|i am) not (really |totally |entirely |quite )?sure|not sure (if|whether)"
              + "|i don't (really )?know|i do not (really )?know|if i remember|kind of|sort of)\\b");

  /**
   * Sentences that take back the whole answer: "none of that is true", "none of this applies to
   * me", "just kidding", "that is only the theory", "in reality I skip all of it", "the textbook
   * answer, which I never follow", "I wish I could say this, but it would be a lie". Only phrasings
   * that cannot refer to a bad practice the answer rejects ("I don't do any of that" can, so it is
   * not here).
   */
  private static final Pattern RETRACTION =
      Pattern.compile(
          "\\b(none of (that|this|it|the above|what i (said|wrote|described))( is| was)?"
              + " (really |actually )?(true|real|what i (really |actually )?do)"
              + "|none of (that|this|it|the above) (really |actually )?(applies to|describes) (me|us|my"
              + " (work|practice))"
              + "|(?<!\\b(is|are|was|were|be|been|'s|'re|he's|she's) )(just|only) (kidding|joking)"
              + "|(i'm|im|i am|i was) (just |only )?(kidding|joking)"
              + "|(that|this|it)('s| is| was) (all |just |only |simply )*(the theory|a lie"
              + "|what the (textbooks? says?|books? says?)|the textbook answer)"
              + "|in (reality|practice|real life),? (i|we) (just )?(skip|ignore) (all of |any of )?(it|that|this)"
              + "|(i|we) (just )?(ignore|skip) all of (it|that|this)"
              + "|(textbook|official|model) answer,? (which|that) (i (think|find) is (nonsense|rubbish|useless)"
              + "|i (never|don't|do not) (follow|use|do))"
              + "|i wish i could say (this|that|so|all (of )?(this|that))[,;.]? but (it|that|this) would be"
              + " a lie)\\b");

  /**
   * Marks of sarcasm: a mocking "oh sure", "as if that ever works", a tag "right?", "yeah, that's
   * ...", "in the brochure", "famously", "so much free time". One can be sincere; two or more say
   * the writer does not mean what the answer states (see {@link #sarcasm}).
   */
  private static final Pattern SARCASM =
      Pattern.compile(
          "(^|[.!?]\\s+)oh,? (sure|yes|yeah|right|great)\\b"
              + "|\\bas if (the )?\\w+ (\\w+ )?(ever|actually|really)\\b"
              + "|, right\\?"
              + "|(^|[.!?]\\s+)right\\."
              + "|\\byeah,? (right|that's|that is)\\b"
              + "|\\bin the brochure(?=\\s*([.!?;,)]|$))"
              + "|\\b(on paper anyway|famously|so much free time)\\b");

  private QualitySignals() {}

  /**
   * Sentence structure in [0, 1]: 1 for ordinary prose, near 0 for a bare list of keywords. Uses
   * the share of function words (English prose has about 40-55%, keyword lists under 15%), the
   * share of sentences with a verb, commas per word, and the {@linkplain #topicListShare share of
   * sentences that only name topics} (over half of them lowers it, three quarters by 60%).
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
    // Topics in sentence form ("I value X. I think about Y."): prose has at most a third of these.
    double topicList = clamp((topicListShare(text) - 0.5) / 0.25);
    return clamp(
        Math.min(f, 0.4 + 0.6 * verbShare) * (1 - 0.7 * listPenalty) * (1 - 0.6 * topicList));
  }

  private static final Set<String> CLAUSE_SUBJECTS = Set.of("i", "we", "he", "she", "they");

  /** Verbs that only state an attitude towards a topic: "I value X", "I think about Y". */
  static final Set<String> ATTITUDE_VERBS =
      Set.of(
          "value",
          "consider",
          "think",
          "care",
          "believe",
          "like",
          "appreciate",
          "love",
          "enjoy",
          "prefer",
          "prioritize",
          "emphasize",
          "cherish",
          "mention");

  /**
   * Share of sentences whose main verb states an attitude ("I value noticing hopelessness. I think
   * about withdrawal."): a list of topics in sentence form, which says nothing about what the
   * writer does. A sentence counts when its first verb is such a verb and no clause with its own
   * subject follows it.
   */
  static double topicListShare(AnalyzedText text) {
    int listLike = 0;
    for (Sentence s : text.sentences()) {
      // The main verb (the first one) states an attitude, and no clause with its own subject
      // follows ("I think we should call" states something; "I think about X" names a topic).
      boolean attitude = false;
      boolean other = false;
      boolean seenVerb = false;
      for (Token t : text.tokens(s)) {
        if (!seenVerb && t.pos().equals("VERB")) {
          seenVerb = true;
          attitude = ATTITUDE_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
        } else if (seenVerb && CLAUSE_SUBJECTS.contains(t.text().toLowerCase(Locale.ROOT))) {
          other = true;
        }
      }
      if (attitude && !other) {
        listLike++;
      }
    }
    return text.sentences().isEmpty() ? 0 : (double) listLike / text.sentences().size();
  }

  /**
   * Word-order plausibility in [0, 1]: 1 for ordinary English, low for shuffled words. Combines how
   * plausible the sequence of part-of-speech tags is ({@link TagTrigramModel}) with capitalization.
   */
  static double coherence(AnalyzedText text) {
    double tags =
        clamp(
            (TagTrigramModel.defaults().plausibility(text) - SHUFFLED_PLAUSIBILITY)
                / (PROSE_PLAUSIBILITY - SHUFFLED_PLAUSIBILITY));
    return Math.min(tags, capitalization(text));
  }

  /**
   * Capitalization plausibility in [0, 1]: shuffling moves sentence-initial words ("Then", "My",
   * "When") into the middle of sentences, where prose has only "I", proper nouns and acronyms.
   * Title-case runs (technique names) and words right after "and", "but" or "or" (sentences joined
   * into one run-on) do not count; two isolated words are tolerated, and the score reaches 0 when
   * half the sentences' worth more appear.
   */
  static double capitalization(AnalyzedText text) {
    int misplaced = 0;
    for (Sentence s : text.sentences()) {
      List<Token> tokens = text.tokens(s);
      for (int i = 1; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String w = t.text();
        Token prev = tokens.get(i - 1);
        boolean nextCapitalized = i + 1 < tokens.size() && isTitleCase(tokens.get(i + 1).text());
        if (isTitleCase(w)
            && !t.pos().equals("PROPN")
            && !prev.pos().equals("PUNCT")
            && !prev.pos().equals("CCONJ")
            && !isTitleCase(prev.text())
            && !nextCapitalized
            && !w.startsWith("I'")) {
          misplaced++;
        }
      }
    }
    int sentences = Math.max(1, text.sentences().size());
    return clamp(1 - (misplaced - 2) / (0.5 * sentences));
  }

  /**
   * "Then" but not "I", "CBT" or "then"; names of techniques come in runs ("Motivational
   * Interviewing") and are skipped by the caller.
   */
  private static boolean isTitleCase(String w) {
    return w.length() > 1
        && Character.isUpperCase(w.charAt(0))
        && Character.isLowerCase(w.charAt(1));
  }

  /**
   * Dismissive or unprofessional phrases, as spans of the answer. A phrase whose words all lie in a
   * negation scope opened before it ("I would never call a client lazy") is a rejection of the
   * stance, not the stance, and is skipped, as is one in someone else's words ({@code distanced});
   * phrases that carry their own negation ("not my problem") always count.
   */
  static List<Span> dismissive(AnalyzedText text, boolean[] distanced) {
    return ownStance(DISMISSIVE, text, distanced);
  }

  /**
   * Per token: whether it lies in a clause with dismissive wording of the writer's own (the spans
   * {@link #dismissive} found): "Screening tools like the PHQ-9 are a waste of time" or "Exploring
   * ambivalence is pointless" name practices only to reject them. A clause runs between the
   * sentence's ends, a semicolon or colon, a clause word ("but", "so", "because", "although",
   * "though", "however", "whereas", "while"), or a comma before "and", "or" or a subject pronoun.
   */
  static boolean[] dismissedClauses(AnalyzedText text, List<Span> dismissive) {
    List<Token> tokens = text.tokens();
    boolean[] out = new boolean[tokens.size()];
    for (Span hit : dismissive) {
      int first = -1;
      int last = -1;
      for (Token t : tokens) {
        if (t.start() < hit.end() && t.end() > hit.start()) {
          first = first < 0 ? t.index() : first;
          last = t.index();
        }
      }
      if (first < 0) {
        continue;
      }
      Sentence s = text.sentences().get(tokens.get(first).sentence());
      int from = first;
      while (from > s.firstToken() && !endsClause(tokens, from - 1, s)) {
        from--;
      }
      int to = last;
      while (to + 1 < s.endToken() && !endsClause(tokens, to + 1, s)) {
        to++;
      }
      for (int k = from; k <= to; k++) {
        out[k] = true;
      }
    }
    return out;
  }

  private static final Set<String> CLAUSE_ENDS =
      Set.of(
          ";",
          ":",
          ".",
          "!",
          "?",
          "but",
          "so",
          "because",
          "although",
          "though",
          "however",
          "whereas",
          "while");

  private static final Set<String> SUBJECT_PRONOUNS =
      Set.of("i", "we", "they", "he", "she", "it", "you");

  /** Whether token k of sentence s separates two clauses. */
  private static boolean endsClause(List<Token> tokens, int k, Sentence s) {
    String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
    if (CLAUSE_ENDS.contains(w)) {
      return true;
    }
    if (!w.equals(",") || k + 1 >= s.endToken()) {
      return false;
    }
    String next = tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
    return next.equals("and") || next.equals("or") || SUBJECT_PRONOUNS.contains(next);
  }

  /**
   * Hedges of the writer's own ("I guess", "maybe", "I'm not sure", "if I remember"), as spans; not
   * in someone else's words.
   */
  static List<Span> hedges(AnalyzedText text, boolean[] distanced) {
    return ownStance(HEDGE, text, distanced);
  }

  /**
   * Retractions of the whole answer ({@link #RETRACTION}), as spans; not when negated ("that is not
   * just the theory") or in someone else's words.
   */
  static List<Span> retractions(AnalyzedText text, boolean[] distanced) {
    List<Span> out = new ArrayList<>();
    for (Span m : ownStance(RETRACTION, text, distanced)) {
      if (!correctsAReportedView(text, distanced, m.start())) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether a retraction at {@code offset} follows someone else's view, so that it corrects that
   * view rather than the answer: "Some people think panic is dangerous; none of that is true". The
   * view is in the same sentence before it, or is most of the sentence before, which reports what
   * someone else says or thinks ("I challenge stigma. None of that applies to me." retracts).
   */
  private static boolean correctsAReportedView(AnalyzedText text, boolean[] distanced, int offset) {
    int sentence = sentenceAt(text, offset);
    int words = 0;
    int far = 0;
    boolean firstPerson = false;
    boolean othersView = false;
    for (Token t : text.tokens()) {
      if (t.start() >= offset) {
        break;
      }
      if (t.sentence() == sentence && distanced[t.index()]) {
        return true;
      }
      if (t.sentence() == sentence - 1 && isWord(t)) {
        words++;
        far += distanced[t.index()] ? 1 : 0;
        firstPerson |= FirstPerson.subject(t.text().toLowerCase(Locale.ROOT));
        othersView |=
            !firstPerson
                && t.pos().equals("VERB")
                && REPORTING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return othersView && 2 * far > words;
  }

  /** The index of the sentence holding the char at {@code offset}. */
  private static int sentenceAt(AnalyzedText text, int offset) {
    int sentence = 0;
    for (Sentence s : text.sentences()) {
      if (s.start() > offset) {
        break;
      }
      sentence = s.index();
    }
    return sentence;
  }

  /**
   * Marks of sarcasm ({@link #SARCASM}), as spans, when the answer has two or more different ones
   * in at least two sentences ("the steps in the brochure we made, right?" is one casual sentence);
   * otherwise none.
   */
  static List<Span> sarcasm(AnalyzedText text, boolean[] distanced) {
    List<Span> marks = ownStance(SARCASM, text, distanced);
    Set<String> distinct = new HashSet<>();
    Set<Integer> sentences = new HashSet<>();
    List<Span> out = new ArrayList<>();
    for (Span m : marks) {
      Span trimmed = trimmed(text.original(), m);
      out.add(trimmed);
      distinct.add(lowerInPlace(trimmed.text()));
      sentences.add(sentenceAt(text, trimmed.start()));
    }
    return distinct.size() >= 2 && sentences.size() >= 2 ? List.copyOf(out) : List.of();
  }

  /** A span without leading punctuation and spaces (". Oh sure" becomes "Oh sure"). */
  private static Span trimmed(String original, Span s) {
    int start = s.start();
    while (start < s.end() && !Character.isLetter(original.charAt(start))) {
      start++;
    }
    return start == s.start() ? s : Span.of(original, start, s.end());
  }

  /** Matches of a lower-case pattern that state the writer's own stance, as spans. */
  private static List<Span> ownStance(Pattern pattern, AnalyzedText text, boolean[] distanced) {
    String original = text.original();
    List<Span> out = new ArrayList<>();
    Matcher m = pattern.matcher(lowerInPlace(original));
    while (m.find()) {
      if (!rejected(text, distanced, m.start(), m.end())) {
        out.add(Span.of(original, m.start(), m.end()));
      }
    }
    return out;
  }

  /**
   * Lower case with curly apostrophes made straight, one char for one char, so that match offsets
   * are those of the original ({@code String.toLowerCase} turns "\u0130" into two chars).
   */
  static String lowerInPlace(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i] == '\u2019' || c[i] == '\u2018' ? '\'' : Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /**
   * Whether [start, end) is not the writer's own stance: every word is negated by a cue outside it,
   * or every word is {@linkplain #distanced distanced}.
   */
  private static boolean rejected(AnalyzedText text, boolean[] distanced, int start, int end) {
    boolean any = false;
    boolean negated = true;
    boolean reported = true;
    for (Token t : text.tokens()) {
      if (t.end() <= start || t.start() >= end || !isWord(t)) {
        continue;
      }
      any = true;
      negated &= !t.negationCue() && t.negated();
      reported &= distanced[t.index()];
    }
    return any && (negated || reported);
  }

  /** Verbs that reject what follows them in the sentence ("I challenge colleagues who ..."). */
  private static final Set<String> REJECTING_VERBS =
      Set.of(
          "challenge", "correct", "reject", "dispute", "debunk", "counter", "refute", "confront");

  /** Nouns that frame what follows them as a false belief ("the myth that ..."). */
  private static final Set<String> REJECTING_NOUNS =
      Set.of("myth", "misconception", "stereotype", "stigma");

  /**
   * Per token: whether the words are someone else's, not the writer's stance: inside quotation
   * marks (double quotes, or single quotes that open before a word and close after one), after a
   * rejecting verb or noun earlier in the same sentence ("I challenge colleagues who call it
   * attention seeking", "the myth that ..."), or in the rest of a clause that reports a view of
   * someone other than the writer ("some parents insist the family has a right to know, so I
   * explain ..."). Red-flag cues and dismissive wording there do not count.
   */
  static boolean[] distanced(AnalyzedText text) {
    boolean[] out = new boolean[text.tokens().size()];
    String original = text.original();
    for (Sentence s : text.sentences()) {
      boolean rejecting = false;
      boolean reporting = false;
      boolean firstPerson = false;
      for (Token t : text.tokens(s)) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (REPORT_BOUNDARIES.contains(lower)) {
          // A reported view ends with its clause; so does the search for its speaker.
          reporting = false;
          firstPerson = false;
        } else if (rejecting || reporting) {
          out[t.index()] = true;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean verb = t.pos().equals("VERB");
        if (REJECTING_VERBS.contains(lemma) && verb
            || REJECTING_NOUNS.contains(lemma) && t.pos().equals("NOUN")) {
          rejecting = true;
        }
        if (FirstPerson.subject(lower)) {
          firstPerson = true;
        } else if (verb && REPORTING_VERBS.contains(lemma) && !firstPerson && !reporting) {
          reporting = true;
        }
      }
      markQuoted(original, s.start(), s.end(), text.tokens(s), out);
      markFormerView(text.tokens(s), out);
    }
    return out;
  }

  /** Past forms of the writer's own beliefs: "I thought", "I used to believe". */
  private static final Set<String> FORMER_BELIEFS =
      Set.of("thought", "believed", "assumed", "think", "believe", "assume");

  /** Where a clause ends before the "but" of a change of mind. */
  private static final Set<String> VIEW_ENDS = Set.of(",", ";", "so", "and", "because");

  /** Whether the token after {@code i} is "but" (", but now ..."). */
  private static boolean followedByBut(List<Token> tokens, int i) {
    return tokens.get(i).text().equals(",")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).text().equalsIgnoreCase("but");
  }

  /** Words after "but" that mark a change of mind: "but now", "but I have since learned". */
  private static final Set<String> CHANGE_OF_MIND =
      Set.of("now", "nowadays", "learned", "learnt", "realized", "realised");

  /**
   * Marks a view the writer held and has given up: "Early on I thought grounding exercises were a
   * waste of time, but now I use them every time." The view runs from the belief verb to "but", and
   * only counts when the words after "but" say the mind changed.
   */
  private static void markFormerView(List<Token> tokens, boolean[] out) {
    int belief = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
      boolean past =
          lower.equals("thought")
              || lower.equals("believed")
              || lower.equals("assumed")
              || i >= 2
                  && tokens.get(i - 1).text().equalsIgnoreCase("to")
                  && tokens.get(i - 2).text().equalsIgnoreCase("used");
      if (belief < 0
          && past
          && FORMER_BELIEFS.contains(lower)
          && i > 0
          && writerBefore(tokens, i)) {
        belief = i;
      } else if (belief >= 0 && VIEW_ENDS.contains(lower) && !followedByBut(tokens, i)) {
        // The view ends with its clause; a clause of something done in between ("so I yelled")
        // is no view, so nothing is marked.
        return;
      } else if (belief >= 0 && lower.equals("but")) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
          if (CHANGE_OF_MIND.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            for (int j = belief + 1; j < i; j++) {
              out[tokens.get(j).index()] = true;
            }
            return;
          }
        }
        return;
      }
    }
  }

  /**
   * Whether the writer ("I", "we") is the subject just before a verb: "I once thought", "I used to
   * think".
   */
  private static boolean writerBefore(List<Token> tokens, int verb) {
    for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
      if (FirstPerson.subject(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that report someone's view ("some parents insist the family ..."). */
  private static final Set<String> REPORTING_VERBS =
      Set.of("say", "insist", "claim", "argue", "think", "believe", "tell", "suggest", "assume");

  /** Where a reported view ends: the end of its clause. */
  private static final Set<String> REPORT_BOUNDARIES =
      Set.of(",", ";", ":", ".", "!", "?", "but", "so", "because", "although", "though", "however");

  /** Whether the char at i closes a quotation opened with the given closing mark. */
  private static boolean closes(String original, int i, int end, char closing) {
    char c = original.charAt(i);
    char before = original.charAt(i - 1);
    boolean afterWord = Character.isLetterOrDigit(before) || ".,!?".indexOf(before) >= 0;
    boolean wordEnds = i + 1 >= end || !Character.isLetterOrDigit(original.charAt(i + 1));
    return (c == closing || closing == '\'' && c == '\u2019') && afterWord && wordEnds;
  }

  /**
   * Marks the tokens of one sentence, [start, end) of the original, that lie between a pair of
   * quotation marks.
   */
  private static void markQuoted(
      String original, int start, int end, List<Token> sentenceTokens, boolean[] out) {
    int open = -1;
    char closing = 0;
    for (int i = start; i < end; i++) {
      char c = original.charAt(i);
      if (open < 0) {
        boolean wordFollows = i + 1 < end && Character.isLetterOrDigit(original.charAt(i + 1));
        boolean atWordStart = i == start || !Character.isLetterOrDigit(original.charAt(i - 1));
        if ((c == '"' || c == '\u201C' || c == '\'' || c == '\u2018')
            && atWordStart
            && wordFollows) {
          open = i;
          closing = c == '\u201C' ? '\u201D' : c == '\u2018' ? '\u2019' : c;
        }
      } else if (closes(original, i, end, closing) && i > open + 1) {
        for (Token t : sentenceTokens) {
          if (t.start() > open && t.end() <= i) {
            out[t.index()] = true;
          }
        }
        open = -1;
      }
    }
  }

  /**
   * Indices of the sentences that repeat an earlier one: the same content terms, or nearly the same
   * (Jaccard overlap of at least {@value #REPEAT_OVERLAP} over three or more terms). A repeat adds
   * no content, so it counts for no length.
   */
  static List<Integer> repeatedSentences(AnalyzedText text) {
    List<Set<String>> seen = new ArrayList<>();
    List<Integer> repeats = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      Set<String> terms = new HashSet<>();
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        String term = text.tokens().get(i).term();
        if (term != null) {
          terms.add(term);
        }
      }
      if (terms.isEmpty()) {
        continue;
      }
      boolean repeat = false;
      for (Set<String> earlier : seen) {
        if (earlier.equals(terms)
            || overlap(earlier, terms) >= REPEAT_OVERLAP && terms.size() >= 3) {
          repeat = true;
          break;
        }
      }
      if (repeat) {
        repeats.add(s.index());
      } else {
        seen.add(terms);
      }
    }
    return List.copyOf(repeats);
  }

  static final double REPEAT_OVERLAP = 0.8;

  /**
   * Indices of the sentences that copy one of the rubric's hints instead of answering: an
   * instruction or words addressed to "you", with no first-person word outside quotation marks,
   * three or more content terms (a leading label such as "Missing:" left out), at least {@value
   * #HINT_FROM} of them from one hint and at least {@value #HINT_COVERED} of that hint's terms
   * ("Give measurable outcomes, ideally with numbers, to show the program worked."). Hints are what
   * the coach shows for a missed point, so pasting them back must earn nothing; a sentence that
   * follows a hint in the writer's own voice ("I measured outcomes ...") is never one.
   *
   * @param hints the content terms of each hint
   * @param distanced {@link #distanced} of the text: a quoted "I" is not the writer's
   */
  static List<Integer> hintEchoes(AnalyzedText text, List<Set<String>> hints, boolean[] distanced) {
    if (hints.isEmpty()) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    sentences:
    for (Sentence s : text.sentences()) {
      Set<String> terms = new HashSet<>();
      boolean addressed = false;
      List<Token> tokens = text.tokens(s);
      // A label ("Missing (required):") is not part of what is pasted.
      tokens = tokens.subList(labelEnd(tokens), tokens.size());
      for (Token t : tokens) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (FirstPerson.any(lower) && !distanced[t.index()]) {
          continue sentences;
        }
        addressed |= SECOND_PERSON_WORDS.contains(lower);
        if (t.term() != null) {
          terms.add(t.term());
        }
      }
      if (terms.size() < 3 || !(addressed || imperative(tokens))) {
        continue;
      }
      for (Set<String> hint : hints) {
        int common = 0;
        for (String t : terms) {
          if (hint.contains(t)) {
            common++;
          }
        }
        if (common >= HINT_FROM * terms.size() && common >= HINT_COVERED * hint.size()) {
          out.add(s.index());
          continue sentences;
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Where the text after a short label starts ("Missing (required): Describe ...", "Tip: mention
   * ..."): after a colon among the first six tokens, or 0.
   */
  private static int labelEnd(List<Token> tokens) {
    for (int i = 0; i < Math.min(tokens.size(), 6); i++) {
      if (tokens.get(i).text().equals(":")) {
        return i + 1;
      }
    }
    return 0;
  }

  static final double HINT_FROM = 0.75;
  static final double HINT_COVERED = 0.6;

  private static final Set<String> SECOND_PERSON_WORDS =
      Set.of("you", "your", "yours", "yourself", "you'd", "you're", "you've", "you'll");

  /**
   * Verbs that open an instruction on what to say, as rubric hints do ("Mention ...", "Describe how
   * ...", "Finish with ..."). A list, because the tagger often takes a sentence-initial imperative
   * for a noun, an adjective or even a preposition.
   */
  private static final Set<String> INSTRUCTION_VERBS =
      Set.of(
          "acknowledge",
          "add",
          "address",
          "anchor",
          "be",
          "begin",
          "clarify",
          "close",
          "connect",
          "consider",
          "convey",
          "cover",
          "demonstrate",
          "describe",
          "discuss",
          "distinguish",
          "do",
          "don't",
          "emphasise",
          "emphasize",
          "end",
          "explain",
          "finish",
          "focus",
          "give",
          "highlight",
          "identify",
          "illustrate",
          "include",
          "involve",
          "keep",
          "link",
          "list",
          "make",
          "mention",
          "name",
          "note",
          "outline",
          "point",
          "refer",
          "reference",
          "say",
          "set",
          "share",
          "show",
          "specify",
          "spell",
          "start",
          "state",
          "stress",
          "summarize",
          "support",
          "talk",
          "tell",
          "think",
          "use");

  /** Words that may come before an instruction's verb: "Briefly describe", "Also mention". */
  private static final Set<String> INSTRUCTION_OPENERS =
      Set.of("also", "then", "first", "finally", "briefly", "always", "just", "please");

  /**
   * Whether a sentence is an instruction: its first word, past a short label ending in a colon
   * ("Missing:") and past "also", "briefly" and the like, is a verb of {@link #INSTRUCTION_VERBS}
   * ("Describe ...", "Include ...", "Don't forget ...").
   */
  static boolean imperative(List<Token> tokens) {
    for (Token t : tokens.subList(labelEnd(tokens), tokens.size())) {
      if (!isWord(t)) {
        continue;
      }
      String lower = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (INSTRUCTION_OPENERS.contains(lower)) {
        continue;
      }
      return INSTRUCTION_VERBS.contains(lower);
    }
    return false;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    int common = 0;
    for (String t : a) {
      if (b.contains(t)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  /** Words of one sentence, as {@link AnalyzedText#wordCount()} counts them. */
  static int wordCount(AnalyzedText text, Sentence s) {
    int n = 0;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (isWord(text.tokens().get(i))) {
        n++;
      }
    }
    return n;
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

  static boolean isWord(Token t) {
    return !t.pos().equals("PUNCT") && !t.pos().equals("SYM");
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
