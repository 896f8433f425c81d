package dev.answereval.bench;

import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A metric's value, or the reason it is undefined (a constant vector for a correlation, too few
 * rows, a class never predicted...). Never NaN or infinite. JSON output renders undefined as null.
 *
 * <p>Immutable and thread-safe.
 *
 * @param optional the value when defined
 * @param reason why the value is undefined, or null when defined
 */
public record MetricValue(OptionalDouble optional, @Nullable String reason) {

  public MetricValue {
    Objects.requireNonNull(optional, "optional");
    if (optional.isPresent() == (reason != null)) {
      throw new IllegalArgumentException(
          "exactly one of value and reason must be given, got " + optional + " and " + reason);
    }
    if (optional.isPresent() && !Double.isFinite(optional.getAsDouble())) {
      throw new IllegalArgumentException("value must be finite, got " + optional.getAsDouble());
    }
  }

  /** A defined value; {@code value} must be finite. */
  public static MetricValue of(double value) {
    return new MetricValue(OptionalDouble.of(value), null);
  }

  /** An undefined value with its reason. */
  public static MetricValue undefined(String reason) {
    return new MetricValue(OptionalDouble.empty(), reason);
  }

  /** True when a value is present. */
  public boolean isDefined() {
    return optional.isPresent();
  }

  /**
   * The value.
   *
   * @throws IllegalStateException when undefined, with the reason
   */
  public double value() {
    if (optional.isEmpty()) {
      throw new IllegalStateException("metric is undefined: " + reason);
    }
    return optional.getAsDouble();
  }

  /** {@code this - other} when both are defined, else undefined with the first reason. */
  public MetricValue minus(MetricValue other) {
    if (!isDefined()) {
      return this;
    }
    if (!other.isDefined()) {
      return other;
    }
    return of(value() - other.value());
  }

  @Override
  public String toString() {
    return isDefined() ? Double.toString(value()) : "undefined (" + reason + ")";
  }
}
