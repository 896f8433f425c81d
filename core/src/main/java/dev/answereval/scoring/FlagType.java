package dev.answereval.scoring;

import java.util.Locale;

/**
 * The kinds of problems an answer can be flagged for; an unscored answer carries the one that
 * stopped it.
 */
public enum FlagType {
  /** The answer raises one of the rubric's red flags (negation-aware). */
  RED_FLAG,
  /**
   * The answer is shorter than the rubric's expected length; on an unscored answer, too short to
   * score at all.
   */
  TOO_SHORT,
  /** The answer is longer than the rubric's expected length. */
  TOO_LONG,
  /** The answer is a list of keywords with little sentence structure. */
  KEYWORD_LIST,
  /** The word order is implausible for English, as in shuffled text. */
  INCOHERENT,
  /** The answer fits another question of the bank much better than this one. */
  OFF_TOPIC,
  /**
   * The answer fits the bank's unrelated questions almost as well as this one: all-purpose virtues
   * ("I put the client first, I stay calm, I document everything") that would answer anything.
   */
  GENERIC,
  /** The answer mostly repeats the question's own words. */
  ECHOES_QUESTION,
  /** Sentences of the answer paste the rubric's hints back; they earn nothing. */
  ECHOES_HINTS,
  /** The answer repeats its own sentences; repeats count for no length. */
  REPEATED_TEXT,
  /** The answer mentions key points only to deny them. */
  CONTRADICTS_KEY_POINTS,
  /**
   * The answer takes back what it says ("none of that is true", or sarcasm: "Oh sure, ... as if
   * that ever works"); it earns at most 10 points.
   */
  RETRACTED,
  /**
   * The answer hedges most of what it says ("I guess I might maybe ..."), so its content counts
   * less.
   */
  HEDGED,
  /** Dismissive or unprofessional language ("waste of time", "not my problem"). */
  DISMISSIVE_LANGUAGE,
  /** The text does not look like English, so it is not scored. */
  NOT_ENGLISH,
  /** The text is mostly numbers or symbols, so it is not scored. */
  NOT_TEXT,
  /** A behavioral answer lacks expected STAR components. */
  STAR_INCOMPLETE,
  /**
   * A behavioral answer tells no example at all (neither a situation nor an action of the
   * writer's); it earns at most the gate cap (45 by default).
   */
  NO_EXAMPLE;

  /** Lower-case name used in JSON, e.g. {@code "keyword_list"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
