package dev.answereval.scoring;

import java.util.Objects;

/**
 * A problem in a rubric that makes scoring less reliable, found by {@link Evaluator#lint()}.
 *
 * @param kind what kind of problem
 * @param elementId the key point, cue owner or exemplar concerned (e.g. {@code "kp-a/kp-b"}, {@code
 *     "exemplar[0]"})
 * @param message one plain sentence
 */
public record LintWarning(Kind kind, String elementId, String message) {

  /** Kinds of rubric problems. */
  public enum Kind {
    /** Two key points share most of their terms, so one answer sentence covers both. */
    OVERLAPPING_KEY_POINTS,
    /** A cue has no content terms after analysis (only stop words or punctuation). */
    UNMATCHABLE_CUE,
    /** An exemplar does not cover its own rubric's key points. */
    EXEMPLAR_MISSES_RUBRIC,
    /**
     * More than one key point is required. Each required point an answer words in terms the matcher
     * misses caps a good answer below Good; on our blind answers, two required points per question
     * capped 21 of 104 answers graded good or excellent, one on six questions capped one.
     */
    MANY_REQUIRED_KEY_POINTS
  }

  public LintWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(elementId, "elementId");
    Objects.requireNonNull(message, "message");
  }
}
