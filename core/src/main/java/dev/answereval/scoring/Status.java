package dev.answereval.scoring;

/** Whether an answer could be scored meaningfully. */
public enum Status {
  /** The score is meaningful. */
  SCORED,
  /** The answer cannot be scored meaningfully; see {@link AnswerScore#reason()}. */
  UNSCORED
}
