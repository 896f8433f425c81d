package dev.answereval.rubric;

import java.util.regex.Pattern;

/** Builds JSON paths such as {@code $.questions[2].rubric.keyPoints[0].weight} for messages. */
final class BankPaths {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private BankPaths() {}

  /** The path of a mapping key: dotted when the key is a plain name, else bracket-quoted. */
  static String child(String parent, String key) {
    if (PLAIN.matcher(key).matches()) {
      return parent + "." + key;
    }
    return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The path of a list element. */
  static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }
}
