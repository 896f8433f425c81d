package dev.answereval.bench;

import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.LengthRange;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds a rubric {@link Question} from reference answers, for datasets that come without a
 * question bank.
 *
 * <p>Every sentence of every reference (split after {@code .}, {@code ;}, {@code !} or {@code ?})
 * becomes a key point with id {@code ref-1}, {@code ref-2}, ... and weight 1, in order; duplicate
 * sentences (ignoring case and surrounding space) are kept once. Every reference also becomes an
 * exemplar. The expected length runs from a third of the shortest reference to three times the
 * longest, so short reference answers lower the evaluator's too-short-to-score bar. The question
 * kind is inferred from the question text. Stateless and thread-safe.
 */
public final class ReferenceRubrics {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+");
  private static final Pattern ID_CHARS = Pattern.compile("[^A-Za-z0-9._-]");
  private static final int MAX_ID_LENGTH = 80;

  private ReferenceRubrics() {}

  /**
   * A question whose rubric is made of the references' sentences.
   *
   * @param questionId the question id; characters not allowed in rubric ids are replaced by {@code
   *     -} and it is cut to 80 characters
   * @param questionText the question text, non-blank; its kind is inferred from it
   * @param references reference answers, at least one non-blank
   * @throws IllegalArgumentException when the id or text is blank, or no reference has a sentence
   */
  public static Question fromReferences(
      String questionId, String questionText, List<String> references) {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(questionText, "questionText");
    Objects.requireNonNull(references, "references");
    if (questionId.isBlank()) {
      throw new IllegalArgumentException("questionId must not be blank");
    }
    if (questionText.isBlank()) {
      throw new IllegalArgumentException(
          "questionText must not be blank (question '" + questionId + "')");
    }
    Rubric.Builder rubric = Rubric.builder();
    List<String> seen = new ArrayList<>();
    int exemplars = 0;
    for (String reference : references) {
      Objects.requireNonNull(reference, "reference");
      if (reference.isBlank()) {
        continue;
      }
      rubric.exemplar(reference.strip());
      exemplars++;
      for (String sentence : sentences(reference)) {
        String key = sentence.toLowerCase(java.util.Locale.ROOT);
        if (!seen.contains(key)) {
          seen.add(key);
          rubric.keyPoint(KeyPoint.of("ref-" + seen.size(), sentence));
        }
      }
    }
    if (exemplars == 0 || seen.isEmpty()) {
      throw new IllegalArgumentException(
          "question '"
              + questionId
              + "' needs at least one non-blank reference, got "
              + references.size()
              + " references");
    }
    // Expected length from the references: a third of the shortest to three times the longest.
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (String reference : references) {
      if (!reference.isBlank()) {
        int words = reference.strip().split("\\s+").length;
        shortest = Math.min(shortest, words);
        longest = Math.max(longest, words);
      }
    }
    int min = Math.max(1, shortest / 3);
    rubric.length(new LengthRange(min, Math.max(min + 1, 3 * longest)));
    return Question.of(safeId(questionId), questionText.strip(), rubric.build());
  }

  /** The sentences of {@code text}, stripped, with their end punctuation, blank ones dropped. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String part : SENTENCE_END.split(text.strip())) {
      String s = part.strip();
      // A sentence of punctuation only carries nothing to match.
      if (!s.isEmpty() && s.chars().anyMatch(Character::isLetterOrDigit)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String safeId(String id) {
    String s = ID_CHARS.matcher(id.strip()).replaceAll("-");
    if (!Character.isLetterOrDigit(s.charAt(0))) {
      s = "q" + s;
    }
    return s.length() > MAX_ID_LENGTH ? s.substring(0, MAX_ID_LENGTH) : s;
  }
}
