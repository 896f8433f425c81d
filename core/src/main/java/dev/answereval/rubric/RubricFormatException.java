package dev.answereval.rubric;

import dev.answereval.internal.LocatedFormatException;
import org.jspecify.annotations.Nullable;

/**
 * A rubric or bank file that cannot be loaded, located as precisely as the parser allows.
 *
 * <p>The message reads {@code FILE:LINE:COLUMN: PATH: PROBLEM}, for example {@code bank.yaml:14:17:
 * $.questions[2].rubric.keyPoints[0].weight: must be a number > 0, got -1}.
 */
public final class RubricFormatException extends LocatedFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source the file name or other description of the input
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param path JSON path of the offending node, e.g. {@code $.questions[2].text}
   * @param problem what is wrong and what is expected
   */
  public RubricFormatException(
      String source, int line, int column, String path, String problem, @Nullable Throwable cause) {
    super(source, line, column, path, problem, cause);
  }
}
