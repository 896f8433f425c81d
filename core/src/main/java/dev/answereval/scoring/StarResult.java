package dev.answereval.scoring;

import dev.answereval.rubric.StarComponent;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * STAR structure found in a behavioral answer.
 *
 * @param applicable false for questions without STAR expectations (then everything else is empty)
 * @param components one entry per expected component, in S, T, A, R order
 * @param score weighted mean, over expected components, of the evidence strength of those found (0
 *     for those not found), in [0, 1]
 */
public record StarResult(
    boolean applicable, Map<StarComponent, Component> components, double score) {

  /**
   * One STAR component's finding.
   *
   * @param component which component
   * @param found whether some sentence states it
   * @param confidence the best sentence's evidence strength, in [0, 1]
   * @param evidence the sentences that state it
   * @param cues the words that marked it (e.g. "as a result", "I contacted")
   */
  public record Component(
      StarComponent component,
      boolean found,
      double confidence,
      List<Span> evidence,
      List<String> cues) {
    public Component {
      Objects.requireNonNull(component, "component");
      evidence = List.copyOf(evidence);
      cues = List.copyOf(cues);
    }
  }

  public StarResult {
    EnumMap<StarComponent, Component> copy = new EnumMap<>(StarComponent.class);
    copy.putAll(components);
    components = Collections.unmodifiableMap(copy);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("STAR score must be in [0, 1], got " + score);
    }
  }

  /** The result for questions where STAR does not apply. */
  public static StarResult notApplicable() {
    return new StarResult(false, Map.of(), 0);
  }

  /** Whether the component was expected and found. */
  public boolean has(StarComponent c) {
    Component r = components.get(c);
    return r != null && r.found();
  }
}
