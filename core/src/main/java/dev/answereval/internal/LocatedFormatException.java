package dev.answereval.internal;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written file (a rubric bank, a fixture set) that cannot be loaded, located as precisely as
 * the parser allows; the shared base of the public format exceptions.
 *
 * <p>The message reads {@code FILE:LINE:COLUMN: PATH: PROBLEM}; line and column are left out when
 * unknown (0).
 */
public abstract class LocatedFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  protected LocatedFormatException(
      String source, int line, int column, String path, String problem, @Nullable Throwable cause) {
    super(format(source, line, column, path, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String path, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(path).append(": ").append(problem).toString();
  }

  /** The file name or input description. */
  public String source() {
    return source;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** JSON path of the offending node, e.g. {@code $.questions[2].text}. */
  public String path() {
    return path;
  }

  /** What is wrong and what is expected, without the location. */
  public String problem() {
    return problem;
  }
}
