package dev.answereval.rubric;

import java.util.Locale;

/**
 * One of the four parts of a STAR answer to a behavioral question: Situation, Task, Action, Result.
 */
public enum StarComponent {
  /** The context: where, when, who was involved. */
  SITUATION,
  /** The goal or responsibility the speaker had in that context. */
  TASK,
  /** What the speaker personally did. */
  ACTION,
  /** The outcome, ideally measured, and what was learned. */
  RESULT;

  /** The lower-case name used in rubric files and JSON output, e.g. {@code "action"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a lower- or upper-case component name.
   *
   * @throws IllegalArgumentException naming the value and the allowed ones
   */
  public static StarComponent fromKey(String key) {
    for (StarComponent c : values()) {
      if (c.key().equalsIgnoreCase(key.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown STAR component '" + key + "', expected one of situation, task, action, result");
  }
}
