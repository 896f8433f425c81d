package dev.answereval.scoring;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem found in an answer, with the evidence for it.
 *
 * @param type what kind of problem
 * @param id the rubric element concerned (a red flag's id, the other question's id for {@link
 *     FlagType#OFF_TOPIC}), or null
 * @param message one plain-language sentence
 * @param evidence spans of the answer that show the problem (may be empty)
 * @param penalty points this flag subtracted ({@code >= 0}; 0 for flags that only inform);
 *     penalties apply before the floor at 0, so when they add up to more than the score had, the
 *     breakdown's {@code floor} entry gives the excess back
 */
public record Flag(
    FlagType type, @Nullable String id, String message, List<Span> evidence, double penalty) {

  public Flag {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(message, "message");
    evidence = List.copyOf(evidence);
    if (!(penalty >= 0 && penalty <= 100)) {
      throw new IllegalArgumentException("penalty must be in [0, 100], got " + penalty);
    }
  }
}
