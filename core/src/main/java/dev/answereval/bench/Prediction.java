package dev.answereval.bench;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a {@link RowScorer} says about one row: a raw score and named numeric signals.
 *
 * <p>Immutable and thread-safe; maps are copied and sorted by name so output is deterministic.
 *
 * @param score raw score, finite, in [0, 100]
 * @param signals named numeric signals (e.g. {@code keypoint_coverage}), each finite; used as
 *     features by the categorical calibration
 * @param keyPointCoverage coverage in [0, 1] per key point id, reported per row (may be empty)
 */
public record Prediction(
    double score, Map<String, Double> signals, Map<String, Double> keyPointCoverage) {

  public Prediction {
    if (!Double.isFinite(score) || score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be finite and in [0, 100], got " + score);
    }
    signals = sortedCopy(signals, "signals", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    keyPointCoverage = sortedCopy(keyPointCoverage, "keyPointCoverage", 0, 1);
  }

  /** A prediction with only a raw score. */
  public static Prediction of(double score) {
    return new Prediction(score, Map.of(), Map.of());
  }

  /** A prediction with a raw score and signals, no key-point coverage. */
  public static Prediction of(double score, Map<String, Double> signals) {
    return new Prediction(score, signals, Map.of());
  }

  private static Map<String, Double> sortedCopy(
      Map<String, Double> map, String what, double min, double max) {
    Objects.requireNonNull(map, what);
    TreeMap<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : map.entrySet()) {
      String key = Objects.requireNonNull(e.getKey(), what + " key");
      Double v = e.getValue();
      if (v == null || !Double.isFinite(v) || v < min || v > max) {
        throw new IllegalArgumentException(
            what + "['" + key + "'] must be finite and in [" + min + ", " + max + "], got " + v);
      }
      copy.put(key, v);
    }
    return Collections.unmodifiableMap(copy);
  }
}
