package dev.answereval.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Two scorers compared on the same rows with a paired cluster bootstrap: every resample draws the
 * same questions for both, so the interval of the difference accounts for their correlation.
 * Differences are A minus B (for {@code rmse} and {@code mae} a negative difference favours A).
 *
 * <p>Immutable and thread-safe.
 *
 * @param dataset dataset name
 * @param scorerA name of scorer A
 * @param scorerB name of scorer B
 * @param n rows compared
 * @param bootstrapResamples resamples used
 * @param seed bootstrap seed
 * @param calibrated differences of calibrated metrics, by name
 * @param uncalibrated differences of uncalibrated metrics, by name
 */
public record Comparison(
    String dataset,
    String scorerA,
    String scorerB,
    int n,
    int bootstrapResamples,
    long seed,
    Map<String, Difference> calibrated,
    Map<String, Difference> uncalibrated) {

  public Comparison {
    calibrated = Collections.unmodifiableMap(new LinkedHashMap<>(calibrated));
    uncalibrated = Collections.unmodifiableMap(new LinkedHashMap<>(uncalibrated));
  }

  /**
   * One metric for both scorers and their difference.
   *
   * @param a the metric for scorer A on all rows
   * @param b the metric for scorer B on all rows
   * @param difference {@code a - b}, undefined when either is
   * @param ci 95% paired-bootstrap interval of the difference, or null when undefined in every
   *     resample
   */
  public record Difference(
      MetricValue a, MetricValue b, MetricValue difference, @Nullable ConfidenceInterval ci) {
    public Difference {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      Objects.requireNonNull(difference, "difference");
    }
  }

  /** One pretty-printed JSON object. */
  public String toJson() {
    return Json.pretty(toJsonNode());
  }

  ObjectNode toJsonNode() {
    ObjectNode o = Json.object();
    o.put("dataset", dataset);
    o.put("a", scorerA);
    o.put("b", scorerB);
    o.put("n", n);
    ObjectNode boot = o.putObject("bootstrap");
    boot.put("resamples", bootstrapResamples);
    boot.put("seed", seed);
    boot.put("unit", "question");
    boot.put("paired", true);
    o.set("metrics", node(calibrated));
    o.set("uncalibrated", node(uncalibrated));
    return o;
  }

  private static ObjectNode node(Map<String, Difference> diffs) {
    ObjectNode o = Json.object();
    diffs.forEach(
        (name, d) -> {
          ObjectNode m = o.putObject(name);
          Json.put(m, "a", d.a());
          Json.put(m, "b", d.b());
          Json.put(m, "a_minus_b", d.difference());
          if (d.ci() == null) {
            m.putNull("ci");
          } else {
            m.set("ci", Json.doubles(d.ci().lower(), d.ci().upper()));
          }
        });
    return o;
  }
}
