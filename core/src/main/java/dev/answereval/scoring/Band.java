package dev.answereval.scoring;

import java.util.Locale;

/**
 * A coarse, named grade for a score, from 1 (insufficient) to 5 (excellent).
 *
 * <p>Bounds on the 0-100 scale: INSUFFICIENT below 30, WEAK below 50, ADEQUATE below 65, GOOD below
 * 80, EXCELLENT from 80.
 */
public enum Band {
  INSUFFICIENT(1, 0),
  WEAK(2, 30),
  ADEQUATE(3, 50),
  GOOD(4, 65),
  EXCELLENT(5, 80);

  private final int level;
  private final double lowerBound;

  Band(int level, double lowerBound) {
    this.level = level;
    this.lowerBound = lowerBound;
  }

  /** 1 (insufficient) to 5 (excellent). */
  public int level() {
    return level;
  }

  /** Lowest 0-100 score in this band. */
  public double lowerBound() {
    return lowerBound;
  }

  /** The display name, e.g. "Good". */
  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * The band of a 0-100 score.
   *
   * @throws IllegalArgumentException when the score is not finite or outside [0, 100]
   */
  public static Band of(double score) {
    if (!(score >= 0 && score <= 100)) {
      throw new IllegalArgumentException("score must be in [0, 100], got " + score);
    }
    Band result = INSUFFICIENT;
    for (Band b : values()) {
      if (score >= b.lowerBound) {
        result = b;
      }
    }
    return result;
  }
}
