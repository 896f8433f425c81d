package dev.answereval.rubric;

/**
 * The expected length of an answer, in words.
 *
 * @param minWords fewest words a complete answer needs, {@code >= 0}
 * @param maxWords most words before an answer counts as rambling, {@code > minWords}
 */
public record LengthRange(int minWords, int maxWords) {

  /** 40 to 400 words: a spoken interview answer of roughly 20 seconds to 3 minutes. */
  public static final LengthRange DEFAULT = new LengthRange(40, 400);

  public LengthRange {
    if (minWords < 0) {
      throw new IllegalArgumentException("minWords must be >= 0, got " + minWords);
    }
    if (maxWords <= minWords) {
      throw new IllegalArgumentException(
          "maxWords must be > minWords (" + minWords + "), got " + maxWords);
    }
  }

  /** Whether a word count lies within the range, both ends included. */
  public boolean contains(int words) {
    return words >= minWords && words <= maxWords;
  }
}
