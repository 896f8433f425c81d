package dev.answereval.bench;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * A scorer that ignores the answer: a uniform score in [0, 100) drawn from a generator seeded by
 * the seed and the row id, so each row gets the same score whatever the scoring order or thread
 * count. The floor any real scorer must beat. Immutable and thread-safe.
 *
 * @param seed mixes into every row's generator
 */
public record RandomBaseline(long seed) implements RowScorer {

  /** Name of the one signal (the score divided by 100). */
  public static final String SIGNAL = "random";

  /** A baseline with {@link Bootstrap#DEFAULT_SEED}. */
  public RandomBaseline() {
    this(Bootstrap.DEFAULT_SEED);
  }

  @Override
  public Prediction score(DatasetRow row) {
    long mixed = seed * 0x9E3779B97F4A7C15L + row.id().hashCode();
    double u = new SplittableRandom(mixed).nextDouble();
    return Prediction.of(100 * u, Map.of(SIGNAL, u));
  }

  @Override
  public String name() {
    return "random";
  }
}
