package dev.answereval.scoring;

import java.util.Objects;

/**
 * A stretch of the answer that serves as evidence, as Java {@code String} indices (UTF-16 code
 * units) into the original answer, so that {@code answer.substring(start, end).equals(text)}.
 *
 * @param start first char, {@code >= 0}
 * @param end one past the last char, {@code >= start}
 * @param text the answer's text between the offsets
 */
public record Span(int start, int end, String text) {

  public Span {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must have 0 <= start <= end, got [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "span text has "
              + text.length()
              + " chars but ["
              + start
              + ", "
              + end
              + ") spans "
              + (end - start));
    }
  }

  /** The span of {@code original} between two offsets. */
  public static Span of(String original, int start, int end) {
    return new Span(start, end, original.substring(start, end));
  }
}
