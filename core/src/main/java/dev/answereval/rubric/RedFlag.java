package dev.answereval.rubric;

import java.util.List;
import java.util.Objects;

/**
 * A statement that should lower an answer's score, such as breaching confidentiality or blaming the
 * client. Matching is negation-aware: "I would never share records" does not raise a flag whose
 * description is "shares records".
 *
 * @param id unique within its rubric
 * @param description the problematic statement, phrased as the candidate would say it
 * @param cues phrases that signal the statement (may be empty)
 * @param penalty points (0-100 scale) subtracted when the flag is raised, finite and {@code >= 0}
 */
public record RedFlag(String id, String description, List<String> cues, double penalty) {

  /** Penalty used when a rubric file does not give one. */
  public static final double DEFAULT_PENALTY = 20.0;

  public RedFlag {
    Ids.check(id, "id");
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("red flag '" + id + "': description must not be blank");
    }
    if (!Double.isFinite(penalty) || penalty < 0 || penalty > 100) {
      throw new IllegalArgumentException(
          "red flag '" + id + "': penalty must be in [0, 100], got " + penalty);
    }
    cues = Texts.nonBlankCopy(cues, "red flag '" + id + "' cues");
  }

  /** A red flag with no cues and the default penalty. */
  public static RedFlag of(String id, String description) {
    return new RedFlag(id, description, List.of(), DEFAULT_PENALTY);
  }
}
