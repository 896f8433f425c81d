package dev.answereval.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One graded answer of a {@link Dataset}.
 *
 * <p>Immutable and thread-safe as long as the pass-through values are (the loaders store only
 * strings, numbers, booleans, nulls and unmodifiable lists and maps of those).
 *
 * @param id unique within the dataset; the {@code id} field, else the 1-based line number
 * @param questionId groups the answers to one question; cross-validation and the bootstrap never
 *     split a question
 * @param question the question text, or null when the dataset does not give it
 * @param answer the answer text, non-blank
 * @param references reference answers (possibly empty)
 * @param target the human grade as written in the file (a number or a class label), non-blank
 * @param extra every other field of the row, in file order, copied to the predictions output
 */
public record DatasetRow(
    String id,
    String questionId,
    @Nullable String question,
    String answer,
    List<Reference> references,
    String target,
    Map<String, @Nullable Object> extra) {

  public DatasetRow {
    requireNonBlank(id, "id");
    requireNonBlank(questionId, "questionId");
    requireNonBlank(answer, "answer");
    requireNonBlank(target, "target");
    target = target.strip();
    references = List.copyOf(references);
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** A row without question text or pass-through fields. */
  public static DatasetRow of(
      String id, String questionId, String answer, List<Reference> references, String target) {
    return new DatasetRow(id, questionId, null, answer, references, target, Map.of());
  }

  /** The reference texts, in order. */
  public List<String> referenceTexts() {
    return references.stream().map(Reference::text).toList();
  }

  private static void requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
