package dev.answereval.scoring;

import java.util.Locale;

/** The kinds of problems a scored answer can be flagged for. */
public enum FlagType {
  /** The answer raises one of the rubric's red flags (negation-aware). */
  RED_FLAG,
  /** The answer is shorter than the rubric's expected length. */
  TOO_SHORT,
  /** The answer is longer than the rubric's expected length. */
  TOO_LONG,
  /** The answer is a list of keywords with little sentence structure. */
  KEYWORD_LIST,
  /** The word order is implausible for English, as in shuffled text. */
  INCOHERENT,
  /** The answer fits another question of the bank much better than this one. */
  OFF_TOPIC,
  /** The answer mostly repeats the question's own words. */
  ECHOES_QUESTION,
  /** The answer mentions key points only to deny them. */
  CONTRADICTS_KEY_POINTS,
  /** Dismissive or unprofessional language ("waste of time", "not my problem"). */
  DISMISSIVE_LANGUAGE,
  /** The text does not look like English; the score is unreliable. */
  NOT_ENGLISH,
  /** A behavioral answer lacks expected STAR components. */
  STAR_INCOMPLETE;

  /** Lower-case name used in JSON, e.g. {@code "keyword_list"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
