package dev.answereval.bench;

/**
 * Anything that grades one dataset row: a rubric scorer, a baseline, or a model under study.
 *
 * <p>Contract: {@link #score} depends only on the row (and on state fixed at construction), so the
 * harness may call it for rows in any order and from several threads at once; implementations must
 * therefore be thread-safe. It must not return null.
 */
@FunctionalInterface
public interface RowScorer {

  /** Grades one row. */
  Prediction score(DatasetRow row);

  /**
   * A short name for reports: the simple class name unless overridden, or {@code scorer} for
   * lambdas and anonymous classes.
   */
  default String name() {
    Class<?> c = getClass();
    if (c.isHidden() || c.isSynthetic() || c.isAnonymousClass()) {
      return "scorer";
    }
    return c.getSimpleName();
  }

  /** Gives {@code scorer} a report name. */
  static RowScorer named(String name, RowScorer scorer) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return new RowScorer() {
      @Override
      public Prediction score(DatasetRow row) {
        return scorer.score(row);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }
}
