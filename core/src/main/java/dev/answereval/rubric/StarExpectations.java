package dev.answereval.rubric;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which STAR components a behavioral answer is expected to contain, and how much each counts.
 *
 * @param weights expected components and their relative weights (finite, {@code > 0}); empty when
 *     STAR does not apply
 */
public record StarExpectations(Map<StarComponent, Double> weights) {

  private static final StarExpectations NONE = new StarExpectations(Map.of());

  public StarExpectations {
    Objects.requireNonNull(weights, "weights");
    EnumMap<StarComponent, Double> copy = new EnumMap<>(StarComponent.class);
    for (Map.Entry<StarComponent, Double> e : weights.entrySet()) {
      double w = Objects.requireNonNull(e.getValue(), "weight");
      if (!Double.isFinite(w) || w <= 0) {
        throw new IllegalArgumentException(
            "STAR weight for " + e.getKey().key() + " must be finite and > 0, got " + w);
      }
      copy.put(Objects.requireNonNull(e.getKey(), "component"), w);
    }
    weights = Collections.unmodifiableMap(copy);
  }

  /** No STAR expectations (non-behavioral questions). */
  public static StarExpectations none() {
    return NONE;
  }

  /**
   * All four components, weighted situation 1, task 1, action 2, result 1.5: what the candidate did
   * and what came of it matter most.
   */
  public static StarExpectations standard() {
    EnumMap<StarComponent, Double> w = new EnumMap<>(StarComponent.class);
    w.put(StarComponent.SITUATION, 1.0);
    w.put(StarComponent.TASK, 1.0);
    w.put(StarComponent.ACTION, 2.0);
    w.put(StarComponent.RESULT, 1.5);
    return new StarExpectations(w);
  }

  /** Whether any component is expected. */
  public boolean isExpected() {
    return !weights.isEmpty();
  }

  /** The expected components, in S, T, A, R order. */
  public Set<StarComponent> components() {
    return weights.keySet();
  }

  /** The weight of a component, 0 when not expected. */
  public double weight(StarComponent c) {
    return weights.getOrDefault(c, 0.0);
  }
}
