package dev.answereval.bench;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reference answer of a dataset row.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the reference text, non-blank, stripped
 * @param category optional free label (e.g. {@code good}, {@code partial}), or null
 */
public record Reference(String text, @Nullable String category) {

  public Reference {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("reference text must not be blank");
    }
    text = text.strip();
    if (category != null && category.isBlank()) {
      category = null;
    }
  }

  /** A reference without a category. */
  public static Reference of(String text) {
    return new Reference(text, null);
  }
}
