package dev.answereval.bench;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A dataset file, or one row of it, that cannot be read.
 *
 * <p>The message reads {@code SOURCE:LINE: PROBLEM}, for example {@code grades.jsonl:7: missing
 * field 'answer'}.
 */
public final class DatasetFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String problem;

  /**
   * @param source the file name or other description of the input
   * @param line 1-based line where the offending row or value starts
   * @param problem what is wrong and what is expected
   */
  public DatasetFormatException(
      String source, int line, String problem, @Nullable Throwable cause) {
    super(source + ":" + line + ": " + problem, cause);
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, got " + line);
    }
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  /** Without a cause. */
  public DatasetFormatException(String source, int line, String problem) {
    this(source, line, problem, null);
  }

  /** The file name or input description. */
  public String source() {
    return source;
  }

  /** 1-based line. */
  public int line() {
    return line;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
