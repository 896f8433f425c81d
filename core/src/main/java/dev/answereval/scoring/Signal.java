package dev.answereval.scoring;

import java.util.Locale;

/**
 * The signals an {@link Evaluator} can use; each can be switched off in a {@link ScoringProfile}.
 */
public enum Signal {
  /** Coverage of the rubric's key points. */
  KEY_POINTS,
  /** Similarity to the rubric's exemplar answers. */
  EXEMPLARS,
  /** Topical depth: how much of the rubric's vocabulary, beyond the question's words, is used. */
  TOPIC_DEPTH,
  /** STAR structure, for behavioral questions. */
  STAR,
  /** Answer length against the rubric's expected range. */
  LENGTH,
  /** The rubric's red flags, negation-aware. */
  RED_FLAGS,
  /** Keyword lists with little sentence structure. */
  KEYWORD_LIST,
  /** Implausible word order, as in shuffled text. */
  COHERENCE,
  /** Answers that fit another question of the bank better. */
  OFF_TOPIC,
  /** Generic answers that fit the bank's unrelated questions almost as well as this one. */
  GENERIC,
  /** Key points mentioned only to be denied. */
  CONTRADICTION,
  /** Dismissive or unprofessional language. */
  DISMISSIVE,
  /** Hedging most statements ("I guess", "maybe", "I'm not sure"). */
  HEDGING,
  /** Discounting the question's own words. */
  QUESTION_ECHO,
  /** Sentences that paste the rubric's hints back instead of answering. */
  HINT_ECHO;

  /** Lower-case name, e.g. {@code "key_points"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
