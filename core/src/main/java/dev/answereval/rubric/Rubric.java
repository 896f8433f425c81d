package dev.answereval.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a good answer to one question contains: weighted key points, STAR expectations, exemplar
 * answers, red flags, an expected length and scoring rules.
 *
 * <p>Immutable and thread-safe. Build one in code with {@link #builder()}, or load it from a file
 * with {@link BankLoader}.
 *
 * @param keyPoints at least one; ids unique; weights positive
 * @param star expected STAR components ({@link StarExpectations#none()} when STAR does not apply)
 * @param exemplars reference answers (may be empty)
 * @param redFlags statements that lower the score; ids unique among themselves and key points
 * @param length expected answer length in words
 * @param minKeyPoints "at least k of n" gate: fewer covered key points cap the score; 0 disables
 * @param passThreshold score (0-100) at or above which an answer passes, or null for the
 *     evaluator's default
 */
public record Rubric(
    List<KeyPoint> keyPoints,
    StarExpectations star,
    List<Exemplar> exemplars,
    List<RedFlag> redFlags,
    LengthRange length,
    int minKeyPoints,
    @Nullable Double passThreshold) {

  public Rubric {
    keyPoints = List.copyOf(Objects.requireNonNull(keyPoints, "keyPoints"));
    Objects.requireNonNull(star, "star");
    exemplars = List.copyOf(Objects.requireNonNull(exemplars, "exemplars"));
    redFlags = List.copyOf(Objects.requireNonNull(redFlags, "redFlags"));
    Objects.requireNonNull(length, "length");
    if (keyPoints.isEmpty()) {
      throw new IllegalArgumentException("a rubric needs at least one key point");
    }
    Set<String> ids = new HashSet<>();
    for (KeyPoint k : keyPoints) {
      if (!ids.add(k.id())) {
        throw new IllegalArgumentException("duplicate key point id '" + k.id() + "'");
      }
      if (k.star() != null && !star.components().contains(k.star())) {
        throw new IllegalArgumentException(
            "key point '"
                + k.id()
                + "': star '"
                + k.star().key()
                + "' is not among the rubric's STAR components "
                + (star.isExpected()
                    ? star.components().stream().map(StarComponent::key).toList()
                    : "(the rubric expects no STAR story)"));
      }
    }
    for (RedFlag f : redFlags) {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException("duplicate id '" + f.id() + "' (red flag)");
      }
    }
    if (minKeyPoints < 0 || minKeyPoints > keyPoints.size()) {
      throw new IllegalArgumentException(
          "minKeyPoints must be in [0, " + keyPoints.size() + "], got " + minKeyPoints);
    }
    if (passThreshold != null
        && (!Double.isFinite(passThreshold) || passThreshold < 0 || passThreshold > 100)) {
      throw new IllegalArgumentException("passThreshold must be in [0, 100], got " + passThreshold);
    }
  }

  /** The key point with this id, if any. */
  public Optional<KeyPoint> keyPoint(String id) {
    return keyPoints.stream().filter(k -> k.id().equals(id)).findFirst();
  }

  /** Sum of all key point weights (always {@code > 0}). */
  public double totalKeyPointWeight() {
    double sum = 0;
    for (KeyPoint k : keyPoints) {
      sum += k.weight();
    }
    return sum;
  }

  /** A builder with no STAR, default length, no gate and no pass threshold. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this rubric's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.keyPoints.addAll(keyPoints);
    b.star = star;
    b.exemplars.addAll(exemplars);
    b.redFlags.addAll(redFlags);
    b.length = length;
    b.minKeyPoints = minKeyPoints;
    b.passThreshold = passThreshold;
    return b;
  }

  /** Collects a rubric's parts; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private final List<KeyPoint> keyPoints = new ArrayList<>();
    private StarExpectations star = StarExpectations.none();
    private final List<Exemplar> exemplars = new ArrayList<>();
    private final List<RedFlag> redFlags = new ArrayList<>();
    private LengthRange length = LengthRange.DEFAULT;
    private int minKeyPoints;
    private @Nullable Double passThreshold;

    private Builder() {}

    public Builder keyPoint(KeyPoint k) {
      keyPoints.add(Objects.requireNonNull(k, "keyPoint"));
      return this;
    }

    /** Adds a key point with weight 1 and no cues. */
    public Builder keyPoint(String id, String description) {
      return keyPoint(KeyPoint.of(id, description));
    }

    public Builder star(StarExpectations s) {
      this.star = Objects.requireNonNull(s, "star");
      return this;
    }

    public Builder exemplar(Exemplar e) {
      exemplars.add(Objects.requireNonNull(e, "exemplar"));
      return this;
    }

    /** Adds a model answer without an explicit grade. */
    public Builder exemplar(String text) {
      return exemplar(Exemplar.of(text));
    }

    public Builder redFlag(RedFlag f) {
      redFlags.add(Objects.requireNonNull(f, "redFlag"));
      return this;
    }

    public Builder length(LengthRange l) {
      this.length = Objects.requireNonNull(l, "length");
      return this;
    }

    public Builder minKeyPoints(int k) {
      this.minKeyPoints = k;
      return this;
    }

    public Builder passThreshold(@Nullable Double t) {
      this.passThreshold = t;
      return this;
    }

    public Rubric build() {
      return new Rubric(keyPoints, star, exemplars, redFlags, length, minKeyPoints, passThreshold);
    }
  }
}
