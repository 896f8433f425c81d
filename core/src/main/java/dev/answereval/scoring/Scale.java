package dev.answereval.scoring;

/**
 * A linear target scale for reporting scores, such as 0-5 or 1-10; the 0-100 score maps onto it.
 *
 * @param min the value a score of 0 maps to
 * @param max the value a score of 100 maps to, {@code > min}
 * @param step rounding step on the target scale (e.g. 1 for whole grades, 0.5), or 0 for none; it
 *     must divide {@code max - min} so that both ends are reachable
 */
public record Scale(double min, double max, double step) {

  /** The native 0-100 scale, unrounded. */
  public static final Scale PERCENT = new Scale(0, 100, 0);

  public Scale {
    if (!Double.isFinite(min) || !Double.isFinite(max) || max <= min) {
      throw new IllegalArgumentException(
          "scale needs finite min < max, got [" + min + ", " + max + "]");
    }
    if (!Double.isFinite(step) || step < 0 || step > max - min) {
      throw new IllegalArgumentException(
          "scale step must be in [0, " + (max - min) + "], got " + step);
    }
    if (step > 0) {
      double steps = (max - min) / step;
      if (Math.abs(steps - Math.rint(steps)) > 1e-9 * Math.max(1, steps)) {
        throw new IllegalArgumentException(
            "scale step " + step + " must divide the range " + (max - min) + " evenly");
      }
    }
  }

  /** A scale from min to max rounded to whole numbers, e.g. {@code Scale.of(1, 10)}. */
  public static Scale of(double min, double max) {
    return new Scale(min, max, 1);
  }

  /** Maps a 0-100 score onto this scale, rounding to the step. */
  public double map(double score0to100) {
    double v = min + (max - min) * (score0to100 / 100.0);
    if (step > 0) {
      v = min + Math.round((v - min) / step) * step;
    }
    return Math.max(min, Math.min(max, v));
  }
}
