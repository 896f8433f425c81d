package dev.answereval.rubric;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An interview question with the rubric its answers are scored against.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id unique within its bank, e.g. {@code "mhs-07"}
 * @param text the question as asked, not blank
 * @param kind what sort of answer it asks for; {@link QuestionKind#infer} when a file omits it
 * @param role the role the question is asked for, e.g. "Mental Health Specialist", or null
 * @param category a free topic label, e.g. "crisis", or null
 * @param rubric how answers are scored; STAR expectations only when {@code kind} uses STAR
 */
public record Question(
    String id,
    String text,
    QuestionKind kind,
    @Nullable String role,
    @Nullable String category,
    Rubric rubric) {

  public Question {
    Ids.check(id, "id");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("question '" + id + "': text must not be blank");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rubric, "rubric");
    if (rubric.star().isExpected() && !kind.usesStar()) {
      throw new IllegalArgumentException(
          "question '"
              + id
              + "': STAR expectations need a behavioral question, but its kind is "
              + kind.key());
    }
  }

  /** A question whose kind is inferred from its text, with no role or category. */
  public static Question of(String id, String text, Rubric rubric) {
    return new Question(id, text, QuestionKind.infer(text), null, null, rubric);
  }
}
