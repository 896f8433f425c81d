package dev.answereval.bench;

/**
 * Told how many rows have been scored. Called from the scoring worker threads, possibly
 * concurrently, so implementations must be thread-safe; {@code done} values may arrive out of
 * order.
 */
@FunctionalInterface
public interface ProgressListener {

  /** {@code done} of {@code total} rows are scored. */
  void rowsScored(int done, int total);
}
