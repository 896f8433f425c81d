package dev.answereval.text;

import java.util.Objects;

/**
 * Thrown when a text cannot be analyzed: it is null, empty, too long or not text at all. The
 * message names the problem in words a caller can show to a user; {@link #reason()} classifies it.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextInputException extends IllegalArgumentException {

  /** Why the text was rejected. */
  public enum Reason {
    /** The text is null. */
    NULL,
    /** The text is empty or holds only white space (including invisible format characters). */
    EMPTY,
    /** The text is longer than the analyzer's maximum length. */
    TOO_LONG,
    /** The text holds control characters or is mostly not letters (binary data, garbage). */
    NOT_TEXT
  }

  private final Reason reason;

  /**
   * @param reason why the text was rejected
   * @param message a complete sentence naming the problem
   */
  public TextInputException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why the text was rejected. */
  public Reason reason() {
    return reason;
  }
}
