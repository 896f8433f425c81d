package dev.answereval.rubric;

import java.util.Objects;
import java.util.regex.Pattern;

/** Validation of ids used in rubrics and banks. */
final class Ids {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

  private Ids() {}

  static String check(String id, String name) {
    Objects.requireNonNull(id, name);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          name
              + " must be 1-80 letters, digits, '.', '_' or '-' starting with a letter or digit, got '"
              + id
              + "'");
    }
    return id;
  }
}
