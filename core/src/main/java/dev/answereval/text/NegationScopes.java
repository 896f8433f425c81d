package dev.answereval.text;

import java.util.Set;

/**
 * Finds negation cues and their scopes in one sentence.
 *
 * <p>Cues: {@code not, n't} (also inside "didn't", and typed without the apostrophe: "didnt",
 * "dont"), {@code no} (not as an interjection), {@code never, without, nobody, nothing, none,
 * neither, nor, nowhere, cannot}, the frequency adverbs {@code rarely, seldom, hardly, barely,
 * scarcely}, the verbs {@code avoid}, {@code skip, omit, ignore, overlook, disregard, neglect,
 * dismiss, oppose, override, quit, abandon} ("override her choice"; "no reason to oppose her
 * choice" respects it), {@code give up} ("gave up supervision"), {@code stop/quit/cease + -ing}
 * ("stopped asking") and {@code refuse/fail/decline/hesitate/neglect/forget + to}, {@code used to}
 * (a habit given up), the denials of a whole proposition {@code false/untrue that}, {@code not
 * true/correct/right that} and {@code not the case that}, and {@code instead of, rather than}. Not
 * cues: {@code not only}, {@code not just}, {@code no matter}.
 *
 * <p>A scope runs from the token after the cue to the next clause boundary in the sentence: the
 * punctuation {@code , ; : ( ) [ ] - . ! ?} (not a hyphen inside a word: "self-care"), the words
 * {@code but, although, though, however, whereas, because, while, unless, if, when, whenever},
 * {@code so, yet, since} when tagged as conjunctions, and {@code and/or} followed by a subject
 * pronoun or "then" (a new clause). A comma that continues a list of the negated clause is not a
 * boundary: in "I never share records, notes or test results" all three are negated, while in "I
 * did not call her, which upset her" only "call her" is. Such a list may end in an infinitive or a
 * clause word ("I don't use supervision, peer support or therapy to process the work", "... and
 * community groups when I need to"), and a gerund that is a whole item reads as a noun ("training,
 * reading and supervision"). After "such as", "including" or "like", every comma-separated item up
 * to the next clause continues the scope, whatever its form ("I don't listen for signs such as
 * hopelessness, feeling like a burden or talk about death"), and so does a comma before such a list
 * ("I never share records, including notes"), and so does a comma between adjectives ("never hold
 * regular, protected meetings"). A "without" scope ends before a subject pronoun ("even without
 * consent I can listen": only "consent") or a coordinated verb ("without consent and give"). Scopes
 * never reach left of the cue, so in "records were not shared" only "shared" is negated, with one
 * exception: a negative object denies its verb ("offered no interpreter", "spoke to nobody"). An
 * infinitive's "not to X and to Y" negates X only ("not to take it personally and to be patient").
 * A denied proposition ("it is not true that I hold regular, protected meetings, ...") runs to the
 * sentence end, through its commas, unless a contrast ("but", "however", "although", "though",
 * "whereas") or a semicolon or a further denied proposition ends it first. In a sentence with no
 * punctuation at all (a transcript), a scope ends after {@value #MAX_SCOPE} tokens.
 *
 * <p>Nesting: a plain negator ({@code not, n't, no, never, nobody, nothing, none, neither, nor,
 * nowhere, cannot}, the frequency adverbs) inside an open scope continues it ("no budget and no
 * time", "neither shared nor sold", colloquial "didn't do nothing"), and carries it on to its own
 * end when that lies further. The other cues ({@code without}, {@code avoid}, {@code skip}, {@code
 * ignore} and the like, {@code stop -ing}, {@code used to}, {@code
 * refuse/fail/decline/hesitate/neglect/forget to}, {@code false that}, {@code instead of}, {@code
 * rather than}) nest, and nested scopes count by parity: a token inside two scopes is not negated.
 * So in "I would never share records without consent" the words "share records without" are negated
 * and "consent" is not (never + without cancel out), which is what the sentence means; likewise
 * "never fail to ask" and "I don't hesitate to call the crisis team". Relative clauses are not
 * recognised: a scope runs on through them up to the next boundary.
 *
 * <p>Stateless and thread-safe.
 */
final class NegationScopes {
  private static final Set<String> SINGLE_CUES =
      Set.of(
          "not",
          "n't",
          "no",
          "never",
          "without",
          "nobody",
          "nothing",
          "none",
          "neither",
          "nor",
          "nowhere",
          "cannot",
          "rarely",
          "seldom",
          "hardly",
          "barely",
          "scarcely");

  /** Stands in for a hyphen inside a word ("self-care"), which is no clause boundary. */
  private static final String WORD_HYPHEN = "\u2010";

  /** Longest scope in tokens in a sentence without punctuation. */
  static final int MAX_SCOPE = 20;

  private static final Set<String> STOP_VERBS = Set.of("stop", "quit", "cease");

  /**
   * Verbs before "used to" that make it "accustomed to" or a passive: "I'm used to", "is used to".
   */
  private static final Set<String> HABIT_FRAMES = Set.of("be", "get", "become", "grow");

  private static final Set<String> OMIT_VERBS =
      Set.of(
          "skip",
          "omit",
          "ignore",
          "overlook",
          "disregard",
          "neglect",
          "dismiss",
          "oppose",
          "override",
          "quit",
          "abandon");
  private static final Set<String> FALSITY = Set.of("false", "untrue");

  /**
   * Prepositions that take a verb's object ("spoke to nobody", "asked for nothing"); "discharged
   * with no housing" describes the discharge, it does not deny it.
   */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "about", "for", "of");

  /** Cues that stand as a verb's object and so deny the verb as well: "offered no counselling". */
  private static final Set<String> NEGATIVE_OBJECTS =
      Set.of("no", "nothing", "none", "nobody", "neither", "noone");

  private static final Set<String> TRUTH = Set.of("true", "correct", "right");

  /** The words before a denial of a whole proposition: "it is", "it's" ("false that ..."). */
  private static final Set<String> COPULA_SUBJECT = Set.of("it", "is", "it's", "'s");

  private static final Set<String> CONTRASTS =
      Set.of("but", "however", "although", "though", "whereas", ";", ".", "!", "?");
  private static final Set<String> TO_VERBS =
      Set.of("refuse", "fail", "decline", "hesitate", "neglect", "forget");
  private static final Set<String> BOUNDARY_PUNCT =
      Set.of(",", ";", ":", "(", ")", "[", "]", "-", "--", ".", "!", "?", "...");
  private static final Set<String> BOUNDARY_WORDS =
      Set.of(
          "but",
          "although",
          "though",
          "however",
          "whereas",
          "because",
          "while",
          "unless",
          "if",
          "when",
          "whenever");
  private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "he", "she", "they", "it");
  private static final Set<String> CONJUNCTION_BOUNDARIES = Set.of("so", "yet", "since");
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ", "X", "NUM");
  private static final Set<String> NOMINATIVES = Set.of("i", "we", "they", "he", "she");
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where");

  private NegationScopes() {}

  /**
   * Marks cues and negated tokens of one sentence.
   *
   * @param lower lower-case normalized token texts of the sentence
   * @param lemmas lemmas of the same tokens
   * @param pos POS tags of the same tokens
   * @param joined whether each token is written together with both its neighbours, as the hyphen of
   *     "self-care" is: such a hyphen joins a word and ends no scope
   * @param cue receives whether each token is a cue
   * @param negated receives whether each token is negated
   */
  static void mark(
      String[] lower,
      String[] lemmas,
      String[] pos,
      boolean[] joined,
      boolean[] cue,
      boolean[] negated) {
    int n = lower.length;
    String[] given = lower;
    for (int k = 0; k < n; k++) {
      if (joined[k] && BOUNDARY_PUNCT.contains(given[k])) {
        if (lower == given) {
          lower = given.clone();
          lemmas = lemmas.clone();
        }
        lower[k] = WORD_HYPHEN;
        lemmas[k] = WORD_HYPHEN;
      }
    }
    int[] depth = new int[n];
    int openUntil = -1;
    boolean unpunctuated = unpunctuated(lower);
    for (int i = 0; i < n; i++) {
      int cueEnd = cueEnd(lower, lemmas, pos, i);
      if (cueEnd < 0) {
        continue;
      }
      for (int k = i; k <= cueEnd; k++) {
        cue[k] = true;
      }
      boolean plain =
          SINGLE_CUES.contains(lower[i]) && !lower[i].equals("without")
              || lower[i].endsWith("n't")
              || ContractionFilter.WITHOUT_APOSTROPHE.containsKey(lower[i]);
      // A plain negator inside an open scope continues it, and carries it on to its own end when
      // that lies further ("... no one is surprised" in a long unpunctuated sentence).
      boolean continuesScope = plain && i < openUntil;
      int end =
          sententialCueEnd(lower, i) >= 0
              ? contrast(lower, cueEnd + 1)
              : boundary(lower, lemmas, pos, cueEnd + 1, unpunctuated);
      // A negative object denies its verb too: "The school offered no counselling", "I spoke to
      // nobody", "I contacted neither the GP nor the school"; not a negative subject of a clause
      // after the verb ("said nobody had complained"), and not a verb an open scope already
      // denies ("didn't do nothing").
      if (NEGATIVE_OBJECTS.contains(lower[i])
          && !(cueEnd + 1 < n
              && (pos[cueEnd + 1].equals("AUX") || pos[cueEnd + 1].equals("VERB")))) {
        int v = i - 1;
        while (v >= 0 && (OBJECT_PREPOSITIONS.contains(lower[v]) || pos[v].equals("PART"))) {
          v--;
        }
        if (v >= 0
            && v >= openUntil
            && (pos[v].equals("VERB") || lemmas[v].equals("have"))
            && !lemmas[v].equals("be")
            && !cue[v]) {
          depth[v]++;
        }
      }
      if (lower[i].equals("without")) {
        end = Math.min(end, withoutEnd(lower, pos, cueEnd + 1));
      } else if (OMIT_VERBS.contains(lemmas[i])
          || lemmas[i].equals("avoid")
          || lemmas[i].equals("give")) {
        // What is skipped or avoided is the verb's object: "I ignore all of that and just yell
        // back" does yell back.
        end = Math.min(end, coordinatedVerb(lower, pos, cueEnd + 1));
      } else if (lower[i].equals("not") && cueEnd + 1 < n && lower[cueEnd + 1].equals("to")) {
        // "not to X and to Y" negates X only: the repeated "to" starts an infinitive of its own
        // ("the key is not to take it personally and to be patient"); "not to X or to Y" and
        // "not to X and Y" keep both.
        end = Math.min(end, secondInfinitive(lower, pos, cueEnd + 2, end));
      }
      for (int k = continuesScope ? openUntil : cueEnd + 1; k < end; k++) {
        depth[k]++;
      }
      openUntil = Math.max(openUntil, end);
      i = cueEnd;
    }
    for (int k = 0; k < n; k++) {
      negated[k] = depth[k] % 2 == 1;
    }
  }

  /**
   * Whether the words after a comma continue a list of the negated clause ("never shares records,
   * notes or test results"): they reach the end of the sentence, or a further comma that also
   * continues the list, without a verb, a subject pronoun or a clause word, and the list closes
   * with "and", "or" or "nor" before it ends.
   */
  private static boolean continuesList(String[] lower, String[] lemmas, String[] pos, int from) {
    boolean closed = false;
    int closedAt = -1;
    // Items that are verb phrases ("feeling like a burden", "or talk about death") continue a
    // negated list only when it closes with "or"/"nor", as lists under a negation do ("I don't
    // watch for withdrawal, giving things away or ..."); a phrase closed with "and" after a comma
    // is more often a clause of its own ("I don't rush, taking time and ...").
    boolean verbs = false;
    boolean disjunctive = false;
    int k = from;
    for (; k < lower.length; k++) {
      String w = lower[k];
      String tag = pos[k];
      if (w.equals(",")) {
        break;
      }
      if (BOUNDARY_PUNCT.contains(w)) {
        return closed && k > from && (!verbs || disjunctive);
      }
      // A clause word after a closed list ends the list, not the negated clause's reach over it
      // ("I don't consult colleagues, interpreters and community groups when I need to").
      if ((BOUNDARY_WORDS.contains(w) || tag.equals("SCONJ")) && !SUBJECTS.contains(lemmas[k])) {
        return closed && k > closedAt + 1 && (!verbs || disjunctive);
      }
      if (CONJUNCTION_BOUNDARIES.contains(w) || SUBJECTS.contains(lemmas[k]) || tag.equals("AUX")) {
        return false;
      }
      // A word in -s right after the comma or a list's "and"/"or", with no subject, is a plural
      // noun the tagger took for a verb ("cuts, scars or long sleeves", "... and gifts").
      boolean itemStart =
          k == from
              || lower[k - 1].equals("and")
              || lower[k - 1].equals("or")
              || lower[k - 1].equals("nor");
      boolean pluralNoun = itemStart && w.endsWith("s") && !w.endsWith("ss") && w.length() > 3;
      if (tag.equals("VERB") && !pluralNoun) {
        boolean gerundItem = k == from && w.endsWith("ing");
        // A gerund that is a whole item names an activity, as a noun does ("training, reading and
        // supervision").
        boolean nounItem =
            itemStart
                && w.endsWith("ing")
                && k + 1 < lower.length
                && (lower[k + 1].equals(",")
                    || lower[k + 1].equals("and")
                    || lower[k + 1].equals("or"));
        if (nounItem) {
          continue;
        }
        // "... or talk about death", not ", or talk about death": a comma before the "or" closes
        // an outer list that the negated clause may only be one item of.
        boolean afterOr =
            k > from
                && (lower[k - 1].equals("or") || lower[k - 1].equals("nor"))
                && !lower[k - 2].equals(",");
        // "... or my own therapy to process the work": an infinitive after the list's last item
        // belongs to the whole negated clause.
        boolean infinitive = closed && lower[k - 1].equals("to");
        if (infinitive) {
          continue;
        }
        if (!gerundItem && !afterOr && !(verbs && k > from)) {
          return false;
        }
        verbs = true;
      }
      if (w.equals("and") || w.equals("or") || w.equals("nor")) {
        closed = true;
        closedAt = k;
        disjunctive |= !w.equals("and");
      }
    }
    if (k == from) {
      return false;
    }
    if (k == lower.length) {
      return closed && (!verbs || disjunctive);
    }
    if (verbs) {
      // A verb-phrase item needs the list's "or" later on.
      return (closed && disjunctive) || continuesList(lower, lemmas, pos, k + 1);
    }
    return closed || continuesList(lower, lemmas, pos, k + 1);
  }

  /** Index of the last token of a cue starting at i, or -1 when no cue starts there. */
  private static int cueEnd(String[] lower, String[] lemmas, String[] pos, int i) {
    String w = lower[i];
    String next = i + 1 < lower.length ? lower[i + 1] : "";
    int sentential = sententialCueEnd(lower, i);
    if (sentential >= 0) {
      return sentential;
    }
    if (SINGLE_CUES.contains(w)
        || (w.endsWith("n't") && w.length() > 3)
        || ContractionFilter.WITHOUT_APOSTROPHE.containsKey(w)) {
      if ((w.equals("not") && (next.equals("only") || next.equals("just")))
          || (w.equals("no") && (next.equals("matter") || pos[i].equals("INTJ")))) {
        return -1;
      }
      // "She no longer attends": "longer" belongs to the cue.
      return w.equals("no") && next.equals("longer") ? i + 1 : i;
    }
    if (TO_VERBS.contains(lemmas[i]) && next.equals("to")) {
      return i + 1;
    }
    if (lemmas[i].equals("avoid")) {
      return i;
    }
    // "I skip explaining the limits", "ignored the signs": what follows is not done, or not
    // heeded; "I never overlook injuries" heeds them.
    if (OMIT_VERBS.contains(lemmas[i]) && pos[i].equals("VERB")) {
      return i;
    }
    // "I gave up supervision", "gave up on therapy": given up, like "quit therapy".
    if (lemmas[i].equals("give") && next.equals("up") && pos[i].equals("VERB")) {
      return i + 1;
    }
    // "stopped asking", "quit going": what follows is no longer done.
    if (STOP_VERBS.contains(lemmas[i]) && next.endsWith("ing") && pos[i + 1].equals("VERB")) {
      return i;
    }
    if ((w.equals("instead") && next.equals("of")) || (w.equals("rather") && next.equals("than"))) {
      return i + 1;
    }
    // "I used to ask directly": a habit given up. Not "I'm used to", "is used to screen".
    if (w.equals("used")
        && next.equals("to")
        && i + 2 < lower.length
        && (pos[i + 2].equals("VERB") || pos[i + 2].equals("AUX"))
        && (i == 0 || !accustomedFrame(lower[i - 1], lemmas[i - 1]))) {
      return i + 1;
    }
    return -1;
  }

  /**
   * The last token of a cue that denies a whole proposition ("false that", "untrue that", "not true
   * that", "isn't true that", "not the case that") starting at i, or -1.
   */
  private static int sententialCueEnd(String[] lower, int i) {
    String w = lower[i];
    if (FALSITY.contains(w)) {
      return at(lower, i + 1, "that") ? i + 1 : -1;
    }
    if (!w.equals("not")
        && !w.endsWith("n't")
        && !ContractionFilter.WITHOUT_APOSTROPHE.containsKey(w)) {
      return -1;
    }
    if (TRUTH.contains(at(lower, i + 1)) && at(lower, i + 2, "that")) {
      return i + 2;
    }
    return at(lower, i + 1, "the") && at(lower, i + 2, "case") && at(lower, i + 3, "that")
        ? i + 3
        : -1;
  }

  private static String at(String[] lower, int k) {
    return k < lower.length ? lower[k] : "";
  }

  private static boolean at(String[] lower, int k, String word) {
    return at(lower, k).equals(word);
  }

  /**
   * The end of a denied proposition: the first contrast ("but", "however", "although", "though",
   * "whereas"), semicolon or final punctuation at or after from, the start of a further denied
   * proposition ("... is central it is false that ..." in a run-on sentence), or the sentence
   * length. Its commas and inner clauses are all part of what is denied.
   */
  private static int contrast(String[] lower, int from) {
    for (int k = from; k < lower.length; k++) {
      if (CONTRASTS.contains(lower[k])) {
        return k;
      }
      if (k > from && sententialCueEnd(lower, k) >= 0) {
        int start = k;
        while (start > from && k - start < 2 && COPULA_SUBJECT.contains(lower[start - 1])) {
          start--;
        }
        return start;
      }
    }
    return lower.length;
  }

  /**
   * Whether the token at k opens a list of examples ("such as", "including", "e.g.", "like" after a
   * noun or comma: "signs like ...", not "feeling like ..."), which continues the scope even after
   * a comma ("never share records, including notes") and whose items may be phrases of any kind
   * ("such as hopelessness, feeling like a burden or talk about death").
   */
  private static boolean introducesExamples(String[] lower, String[] pos, int k) {
    String w = lower[k];
    return (w.equals("such") && k + 1 < lower.length && lower[k + 1].equals("as"))
        || (w.equals("as") && k > 0 && lower[k - 1].equals("such"))
        || w.equals("including")
        || w.equals("e.g.")
        || (w.equals("like")
            && pos[k].equals("ADP")
            && k > 0
            && (pos[k - 1].equals("NOUN")
                || pos[k - 1].equals("PROPN")
                || lower[k - 1].equals(",")));
  }

  /**
   * Whether the words from k, after a comma, start a new clause: a subject pronoun, a clause word
   * ("so" whatever its tag), a relative pronoun, or "and"/"or" followed by a subject pronoun or
   * "then".
   */
  private static boolean startsClause(String[] lower, String[] lemmas, int k) {
    if (k >= lower.length) {
      return true;
    }
    String w = lower[k];
    if (SUBJECTS.contains(lemmas[k])
        || BOUNDARY_WORDS.contains(w)
        || RELATIVES.contains(w)
        || BOUNDARY_PUNCT.contains(w)
        || CONJUNCTION_BOUNDARIES.contains(w)) {
      return true;
    }
    return (w.equals("and") || w.equals("or"))
        && k + 1 < lower.length
        && (SUBJECTS.contains(lemmas[k + 1]) || lower[k + 1].equals("then"));
  }

  /**
   * Where a "without" phrase ends at the latest: before the first subject pronoun ("I", "we",
   * "they", "he", "she"; "even without consent I can listen") or the first "and"/"or" followed by a
   * verb that is not an -ing form ("without consent and give general information"), or at the
   * sentence end.
   */
  private static int withoutEnd(String[] lower, String[] pos, int from) {
    for (int k = from; k < lower.length; k++) {
      if (NOMINATIVES.contains(lower[k]) && pos[k].equals("PRON")) {
        return k;
      }
      if ((lower[k].equals("and") || lower[k].equals("or"))
          && k + 1 < lower.length
          && pos[k + 1].equals("VERB")
          && !lower[k + 1].endsWith("ing")) {
        return k;
      }
    }
    return lower.length;
  }

  /**
   * The first "and"/"or" at or after from that is followed, perhaps after an adverb, by a verb that
   * is not an -ing form ("... and just yell back"), or the sentence length.
   */
  private static int coordinatedVerb(String[] lower, String[] pos, int from) {
    for (int k = from; k + 1 < lower.length; k++) {
      if (!lower[k].equals("and") && !lower[k].equals("or")) {
        continue;
      }
      int v = pos[k + 1].equals("ADV") && k + 2 < lower.length ? k + 2 : k + 1;
      if (pos[v].equals("VERB") && !lower[v].endsWith("ing")) {
        return k;
      }
    }
    return lower.length;
  }

  /**
   * The index of an "and" followed by "to" and a verb in [from, end), or {@code end}; "and to the
   * others" is a preposition, not an infinitive.
   */
  private static int secondInfinitive(String[] lower, String[] pos, int from, int end) {
    for (int k = from; k + 2 < end; k++) {
      if (lower[k].equals("and")
          && lower[k + 1].equals("to")
          && (pos[k + 2].equals("VERB") || pos[k + 2].equals("AUX"))) {
        return k;
      }
    }
    return end;
  }

  /** Whether a word before "used to" makes it "accustomed to" or a passive ("I'm", "is", "got"). */
  private static boolean accustomedFrame(String lower, String lemma) {
    return HABIT_FRAMES.contains(lemma)
        || lower.endsWith("'m")
        || lower.endsWith("'re")
        || lower.endsWith("'s");
  }

  /** Whether token k is a verb form with the given ending ("protected", "trusting"). */
  private static boolean participle(String[] lower, String[] pos, int k, String ending) {
    return pos[k].equals("VERB") && lower[k].endsWith(ending);
  }

  /** Whether a sentence has no inner punctuation at all (a transcript, say). */
  private static boolean unpunctuated(String[] lower) {
    for (int k = 0; k < lower.length - 1; k++) {
      if (BOUNDARY_PUNCT.contains(lower[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first clause boundary at or after from, or the sentence length; in a sentence without inner
   * punctuation ({@code unpunctuated}), at most {@value #MAX_SCOPE} tokens on.
   */
  private static int boundary(
      String[] lower, String[] lemmas, String[] pos, int from, boolean unpunctuated) {
    boolean examples = false;
    for (int k = from; k < lower.length; k++) {
      String w = lower[k];
      if (k - from >= MAX_SCOPE && unpunctuated) {
        // A transcript without punctuation gives no clause ends; prose never needs this.
        return k;
      }
      examples |= introducesExamples(lower, pos, k);
      if (w.equals(",") && k + 1 < lower.length && introducesExamples(lower, pos, k + 1)) {
        continue;
      }
      // Adjectives in a row ("regular, protected meetings", "transparent, consistent and ..."); a
      // participle after the comma only before a noun ("an open, trusting relationship"), and no
      // gerunds ("rather than arguing, listening for ...").
      if (w.equals(",")
          && k > from
          && k + 2 < lower.length
          && (pos[k - 1].equals("ADJ") || participle(lower, pos, k - 1, "ed"))
          && (pos[k + 1].equals("ADJ")
              || (participle(lower, pos, k + 1, "ed") || participle(lower, pos, k + 1, "ing"))
                  && NOMINAL.contains(pos[k + 2]))) {
        continue;
      }
      if (w.equals(",")
          && (examples
              ? !startsClause(lower, lemmas, k + 1)
              : continuesList(lower, lemmas, pos, k + 1))) {
        continue;
      }
      if (BOUNDARY_PUNCT.contains(w) || BOUNDARY_WORDS.contains(w)) {
        return k;
      }
      if (CONJUNCTION_BOUNDARIES.contains(w)
          && (pos[k].equals("CCONJ") || pos[k].equals("SCONJ"))) {
        return k;
      }
      if ((w.equals("and") || w.equals("or")) && k + 1 < lower.length) {
        if (SUBJECTS.contains(lemmas[k + 1]) || lower[k + 1].equals("then")) {
          return k;
        }
      }
    }
    return lower.length;
  }
}
