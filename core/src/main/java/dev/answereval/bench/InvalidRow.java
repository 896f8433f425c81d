package dev.answereval.bench;

/**
 * A row skipped while loading with {@link DatasetOptions#skipInvalid()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line 1-based line where the row starts
 * @param problem why it was skipped
 */
public record InvalidRow(int line, String problem) {
  public InvalidRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, got " + line);
    }
  }
}
