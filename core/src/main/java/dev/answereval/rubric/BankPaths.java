package dev.answereval.rubric;

import dev.answereval.internal.TreeReader;

/**
 * Builds JSON paths such as {@code $.questions[2].rubric.keyPoints[0].weight} for messages, spelled
 * as {@link TreeReader} spells them.
 */
final class BankPaths {
  private BankPaths() {}

  /** The path of a mapping key: dotted when the key is a plain name, else bracket-quoted. */
  static String child(String parent, String key) {
    return TreeReader.child(parent, key);
  }

  /** The path of a list element. */
  static String index(String parent, int i) {
    return TreeReader.index(parent, i);
  }
}
