package dev.answereval.rubric;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a good answer should say, with the words that signal it.
 *
 * @param id unique within its rubric; letters, digits, '-', '_' and '.'
 * @param description what the point is, in a sentence; also matched against the answer
 * @param weight relative importance, finite and {@code > 0}
 * @param required when true, an answer that misses this point has its score capped
 * @param cues short terms or phrases whose presence signals the point (may be empty)
 * @param paraphrases other full ways of saying the point; matched like the description
 * @param hint advice shown to a candidate who missed this point, or null to use the description
 * @param star a STAR component whose presence in the answer's story also states this point, or
 *     null: {@code result} for "I can describe how it turned out", which a story tells in its own
 *     words ("Within two weeks she was eating regularly again") rather than the rubric's
 */
public record KeyPoint(
    String id,
    String description,
    double weight,
    boolean required,
    List<String> cues,
    List<String> paraphrases,
    @Nullable String hint,
    @Nullable StarComponent star) {

  public KeyPoint {
    Ids.check(id, "id");
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("key point '" + id + "': description must not be blank");
    }
    if (!Double.isFinite(weight) || weight <= 0) {
      throw new IllegalArgumentException(
          "key point '" + id + "': weight must be finite and > 0, got " + weight);
    }
    cues = Texts.nonBlankCopy(cues, "key point '" + id + "' cues");
    paraphrases = Texts.nonBlankCopy(paraphrases, "key point '" + id + "' paraphrases");
    if (hint != null && hint.isBlank()) {
      hint = null;
    }
  }

  /** A key point that no STAR component states. */
  public KeyPoint(
      String id,
      String description,
      double weight,
      boolean required,
      List<String> cues,
      List<String> paraphrases,
      @Nullable String hint) {
    this(id, description, weight, required, cues, paraphrases, hint, null);
  }

  /** A key point with weight 1, not required, no cues, paraphrases, hint or STAR component. */
  public static KeyPoint of(String id, String description) {
    return new KeyPoint(id, description, 1.0, false, List.of(), List.of(), null, null);
  }

  /** The hint if given, else the description. */
  public String hintOrDescription() {
    return hint != null ? hint : description;
  }
}
