package dev.answereval.rubric;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What sort of answer a question asks for; decides, for example, whether STAR structure applies.
 */
public enum QuestionKind {
  /** Asks for a past experience ("tell me about a time..."); STAR applies. */
  BEHAVIORAL,
  /** Asks what the candidate would do in a hypothetical scenario. */
  SITUATIONAL,
  /** Asks for knowledge, methods or an approach ("how do you...", "what is..."). */
  KNOWLEDGE,
  /** Asks why the candidate wants the role, what drives them, their values. */
  MOTIVATIONAL,
  /** Asks about the candidate's background, training or qualifications. */
  BACKGROUND;

  /** Nouns that name one episode: "tell me about an occasion when...". */
  private static final String INSTANCE =
      "time|situation|case|moment|occasion|instance|experience|example|incident|episode";

  /** Adjectives that single out a remembered case: "tell me about a difficult client". */
  private static final String MEMORABLE =
      "difficult|challenging|hard|tough|complex|memorable|rewarding|stressful|demanding";

  /**
   * Past-tense verbs of handling a case, after "you": the question asks about something the
   * candidate did. Verbs of study or routine ("learned", "trained", "used", "worked in") are left
   * out: those ask for background or knowledge.
   */
  private static final String PAST_EXPERIENCE =
      "handled|dealt|worked with|faced|managed|supported|resolved|encountered|navigated"
          + "|overcame|overcome|responded|helped|disagreed|advocated|collaborated|intervened"
          + "|de-escalated|calmed|made|took|had to|did|went about|approached|solved|addressed"
          + "|confronted|broke|breached|reported|escalated";

  /** Verbs that, after "what/how did you", ask how the candidate acted in a past event. */
  private static final String PAST_QUESTION =
      "do|handle|respond|deal|manage|approach|react|resolve|cope|go about|say|decide|support"
          + "|help|intervene";

  private static final Pattern BEHAVIORAL_CUES =
      Pattern.compile(
          "\\b((give|provide) (me |us )?an (example|instance)"
              + "|(tell (me|us) about|describe|walk (me|us) through) an? ((most )?("
              + INSTANCE
              + ")|(particularly |especially |really |very )?("
              + MEMORABLE
              + "))"
              + "|recount|share an (example|experience|instance)|can you share a|have you ever"
              + "|a time when|a time you"
              // A past event the candidate took part in: "how you handled", "a client you have
              // worked with", "what did you do when".
              + "|(how|what|when|where|which|that|whom?) you ("
              + PAST_EXPERIENCE
              + ")|you('ve| have) (ever |recently |once |personally )?("
              + PAST_EXPERIENCE
              + ")|(what|how) did you ("
              + PAST_QUESTION
              + "))\\b");
  private static final Pattern SITUATIONAL_CUES =
      Pattern.compile(
          "\\b(what would you do|how would you|what would your|if you (were|had|found|noticed)"
              + "|suppose|imagine|in a scenario|hypothetical|when (dealing|faced|confronted) with"
              + "|when a client|if a client|if a patient|when a patient"
              + "|how do you (handle|respond to|deal with|engage|manage) (a |an )?(crisis situation"
              + "|(situations?|cases) where|resistance from|(clients?|patients?) who)"
              + "|^an? (client|patient) (displays|is|has|becomes|refuses|shows))\\b");
  private static final Pattern MOTIVATIONAL_CUES =
      Pattern.compile(
          "\\b(why do you want|why are you interested|what motivates|what drives|why did you choose"
              + "|what inspired|what attracts|why this (role|position|field)|your passion)\\b");
  private static final Pattern BACKGROUND_CUES =
      Pattern.compile(
          "\\b(your experience (in|with)|tell (me|us) about yourself|your background"
              + "|your (education|qualifications|training)|tell (me|us) about your experience)\\b");

  /** The lower-case name used in rubric files and JSON output, e.g. {@code "behavioral"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether STAR structure (Situation, Task, Action, Result) is expected in answers. */
  public boolean usesStar() {
    return this == BEHAVIORAL;
  }

  /**
   * Parses a kind name, ignoring case.
   *
   * @throws IllegalArgumentException naming the value and the allowed ones
   */
  public static QuestionKind fromKey(String key) {
    for (QuestionKind k : values()) {
      if (k.key().equalsIgnoreCase(key.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown question kind '"
            + key
            + "', expected one of behavioral, situational, knowledge, motivational, background");
  }

  /**
   * Infers the kind from a question's wording when a rubric does not state it. Checked in order:
   * behavioral cues ("give an example", "provide an example", "tell me about a time", "tell me
   * about an occasion", "recount", "describe a situation", "tell me about a difficult client", and
   * a past event of the candidate's: "describe how you handled", "a client you have worked with",
   * "what did you do when"), then motivational, then situational ("what would you do if", "how
   * would you"), then background ("your experience in"); anything else is {@link #KNOWLEDGE}.
   */
  public static QuestionKind infer(String questionText) {
    String t = questionText.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (BEHAVIORAL_CUES.matcher(t).find()) {
      return BEHAVIORAL;
    }
    if (MOTIVATIONAL_CUES.matcher(t).find()) {
      return MOTIVATIONAL;
    }
    if (SITUATIONAL_CUES.matcher(t).find()) {
      return SITUATIONAL;
    }
    if (BACKGROUND_CUES.matcher(t).find()) {
      return BACKGROUND;
    }
    return KNOWLEDGE;
  }
}
