package dev.answereval.scoring;

import java.util.List;
import java.util.Objects;

/**
 * How well an answer covers one key point.
 *
 * @param id the key point's id
 * @param description the key point's description
 * @param weight the key point's weight in the rubric
 * @param required whether the rubric marks the point as required
 * @param coverage 0 (absent) to 1 (fully stated), after negation and quality adjustments
 * @param covered whether coverage reaches the profile's threshold
 * @param evidence the best-matching sentence or sentence window of the answer, or the sentences of
 *     the STAR component that states the point ({@code KeyPoint#star()}); empty when nothing
 *     matched
 * @param matchedTerms the rubric terms found in the evidence, in rubric order; empty when a STAR
 *     component states the point
 * @param negated whether the best match lies in a negation scope that the key point does not share
 *     (the answer denies the point), in which case coverage is 0
 */
public record KeyPointResult(
    String id,
    String description,
    double weight,
    boolean required,
    double coverage,
    boolean covered,
    List<Span> evidence,
    List<String> matchedTerms,
    boolean negated) {

  public KeyPointResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    evidence = List.copyOf(evidence);
    matchedTerms = List.copyOf(matchedTerms);
    if (!(coverage >= 0 && coverage <= 1)) {
      throw new IllegalArgumentException("coverage must be in [0, 1], got " + coverage);
    }
  }
}
