package dev.answereval.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Small helpers for validating lists of phrases. */
final class Texts {
  private Texts() {}

  /** An unmodifiable, stripped copy; rejects null and blank entries naming the list. */
  static List<String> nonBlankCopy(List<String> values, String what) {
    Objects.requireNonNull(values, what);
    List<String> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(what + "[" + i + "] must not be blank");
      }
      out.add(v.strip());
    }
    return List.copyOf(out);
  }
}
