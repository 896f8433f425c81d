package dev.answereval.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An immutable tree that explains a number: a value, what it is, and the values it came from.
 *
 * <p>Modelled on Lucene's {@code Explanation}. For the explanation of an answer score, the root
 * value equals the score and the children's values add up to it. Thread-safe.
 *
 * @param value the number explained, finite
 * @param description what the number is, in one phrase
 * @param details the numbers it was computed from (may be empty)
 */
public record Explanation(double value, String description, List<Explanation> details) {

  public Explanation {
    Objects.requireNonNull(description, "description");
    details = List.copyOf(details);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "explanation value must be finite, got " + value + " for " + description);
    }
  }

  /** A node with children. */
  public static Explanation of(double value, String description, List<Explanation> details) {
    return new Explanation(value, description, details);
  }

  /** A leaf. */
  public static Explanation leaf(double value, String description) {
    return new Explanation(value, description, List.of());
  }

  /** Sum of the children's values. */
  public double sumOfDetails() {
    double s = 0;
    for (Explanation e : details) {
      s += e.value;
    }
    return s;
  }

  /** Indented, one node per line: {@code 72.5 = score, sum of:}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb, 0);
    return sb.toString();
  }

  private void append(StringBuilder sb, int depth) {
    sb.append("  ".repeat(depth))
        .append(String.format(Locale.ROOT, "%.4g", value))
        .append(" = ")
        .append(description)
        .append('\n');
    for (Explanation d : details) {
      d.append(sb, depth + 1);
    }
  }
}
