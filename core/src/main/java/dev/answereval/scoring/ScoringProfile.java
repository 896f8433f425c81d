package dev.answereval.scoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How an {@link Evaluator} weighs and gates its signals. Immutable and thread-safe; start from
 * {@link #defaults()} and change what you need with {@link #toBuilder()}.
 *
 * <p>The defaults:
 *
 * <ul>
 *   <li>similarity {@link SimilarityKind#BM25}; all {@link Signal}s on
 *   <li>weights: key points 0.55, exemplars 0.05, topic depth 0.22, STAR 0.10 (behavioral questions
 *       only; otherwise its share goes to the others in proportion), length 0.08
 *   <li>coverageThreshold 0.4: a key point counts as covered from this coverage on
 *   <li>passThreshold 60, unless the rubric sets its own
 *   <li>requiredCap 55: the highest score an answer that does not mention a required key point at
 *       all can get; the cap rises linearly to 100 as the point's coverage approaches the coverage
 *       threshold
 *   <li>gateCap 45: the highest score when fewer than the rubric's minKeyPoints are covered and
 *       none is partly stated; partly stated points raise the cap towards 100 (with the share s of
 *       minKeyPoints stated, the cap is 45 + 55 s^2); an answer that covers no key point at all is
 *       capped at 45 however many points it partly states
 *   <li>offTopicRatio 0.6 and offTopicFactor 0.35: when the answer's topical fit to this question
 *       is below 0.6 of its fit to the bank question it fits best, content points are multiplied by
 *       0.35, unless that question is a near-twin of this one (similar rubric vocabulary, as banks
 *       ask near-identical questions) and this one is still among the three it fits best; a generic
 *       answer, which fits this question less than 1.6 times as well as the bank's unrelated
 *       questions on average, keeps between 0.35 (ratio 1 or less) and all (ratio 1.6) of its
 *       content points
 *   <li>questionTermWeight 0.25: weight of rubric terms that the question itself contains
 *   <li>contradictionPenalty 8 points per key point the answer denies, dismissivePenalty 12 points
 *       per dismissive phrase, each capped at maxPenalty 40 in total
 *   <li>minWords 8: shorter answers are {@link Status#UNSCORED} (or answers shorter than the
 *       rubric's own minimum length, when that is lower)
 * </ul>
 *
 * @param similarity the Lucene similarity weighting rubric terms
 * @param signals the signals in use
 * @param keyPointWeight weight of key-point coverage, {@code >= 0}
 * @param exemplarWeight weight of exemplar similarity, {@code >= 0}
 * @param topicWeight weight of topical depth (use of the rubric's vocabulary), {@code >= 0}
 * @param starWeight weight of STAR structure on behavioral questions, {@code >= 0}
 * @param lengthWeight weight of length fit, {@code >= 0}; the five weights sum to more than 0
 * @param coverageThreshold coverage at which a key point counts as covered, in (0, 1]
 * @param passThreshold default pass mark on the 0-100 scale
 * @param requiredCap score cap when a required key point is missing, 0-100
 * @param gateCap score cap when fewer than minKeyPoints are covered, or none at all, 0-100
 * @param offTopicRatio own-topic fit below this share of the best other question's is off-topic, in
 *     (0, 1]
 * @param offTopicFactor multiplier on content points for off-topic answers, and the lowest one for
 *     generic answers, in [0, 1]
 * @param questionTermWeight weight multiplier for rubric terms that occur in the question, in [0,
 *     1]
 * @param contradictionPenalty points per denied key point, {@code >= 0}
 * @param dismissivePenalty points per dismissive phrase, {@code >= 0}
 * @param maxPenalty cap on each kind of penalty in total, {@code >= 0}
 * @param minWords answers with fewer words are unscored, {@code >= 1}
 */
public record ScoringProfile(
    SimilarityKind similarity,
    Set<Signal> signals,
    double keyPointWeight,
    double exemplarWeight,
    double topicWeight,
    double starWeight,
    double lengthWeight,
    double coverageThreshold,
    double passThreshold,
    double requiredCap,
    double gateCap,
    double offTopicRatio,
    double offTopicFactor,
    double questionTermWeight,
    double contradictionPenalty,
    double dismissivePenalty,
    double maxPenalty,
    int minWords) {

  private static final ScoringProfile DEFAULTS = new Builder().build();

  public ScoringProfile {
    Objects.requireNonNull(similarity, "similarity");
    signals =
        Collections.unmodifiableSet(
            signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals));
    nonNegative("keyPointWeight", keyPointWeight);
    nonNegative("exemplarWeight", exemplarWeight);
    nonNegative("topicWeight", topicWeight);
    nonNegative("starWeight", starWeight);
    nonNegative("lengthWeight", lengthWeight);
    if (keyPointWeight + exemplarWeight + topicWeight + starWeight + lengthWeight <= 0) {
      throw new IllegalArgumentException("at least one signal weight must be > 0");
    }
    range("coverageThreshold", coverageThreshold, 1e-9, 1);
    range("passThreshold", passThreshold, 0, 100);
    range("requiredCap", requiredCap, 0, 100);
    range("gateCap", gateCap, 0, 100);
    range("offTopicRatio", offTopicRatio, 1e-9, 1);
    range("offTopicFactor", offTopicFactor, 0, 1);
    range("questionTermWeight", questionTermWeight, 0, 1);
    nonNegative("contradictionPenalty", contradictionPenalty);
    nonNegative("dismissivePenalty", dismissivePenalty);
    range("maxPenalty", maxPenalty, 0, 100);
    if (minWords < 1) {
      throw new IllegalArgumentException("minWords must be >= 1, got " + minWords);
    }
  }

  private static void nonNegative(String name, double v) {
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
    }
  }

  private static void range(String name, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + v);
    }
  }

  /** The default profile; its values are listed in the class javadoc. */
  public static ScoringProfile defaults() {
    return DEFAULTS;
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this profile's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.similarity = similarity;
    b.signals = EnumSet.noneOf(Signal.class);
    b.signals.addAll(signals);
    b.keyPointWeight = keyPointWeight;
    b.exemplarWeight = exemplarWeight;
    b.topicWeight = topicWeight;
    b.starWeight = starWeight;
    b.lengthWeight = lengthWeight;
    b.coverageThreshold = coverageThreshold;
    b.passThreshold = passThreshold;
    b.requiredCap = requiredCap;
    b.gateCap = gateCap;
    b.offTopicRatio = offTopicRatio;
    b.offTopicFactor = offTopicFactor;
    b.questionTermWeight = questionTermWeight;
    b.contradictionPenalty = contradictionPenalty;
    b.dismissivePenalty = dismissivePenalty;
    b.maxPenalty = maxPenalty;
    b.minWords = minWords;
    return b;
  }

  /** Whether a signal is on. */
  public boolean uses(Signal s) {
    return signals.contains(s);
  }

  /** Collects profile values; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private SimilarityKind similarity = SimilarityKind.BM25;
    private EnumSet<Signal> signals = EnumSet.allOf(Signal.class);
    private double keyPointWeight = 0.55;
    private double exemplarWeight = 0.05;
    private double topicWeight = 0.22;
    private double starWeight = 0.10;
    private double lengthWeight = 0.08;
    private double coverageThreshold = 0.4;
    private double passThreshold = 60;
    private double requiredCap = 55;
    private double gateCap = 45;
    private double offTopicRatio = 0.6;
    private double offTopicFactor = 0.35;
    private double questionTermWeight = 0.25;
    private double contradictionPenalty = 8;
    private double dismissivePenalty = 12;
    private double maxPenalty = 40;
    private int minWords = 8;

    private Builder() {}

    public Builder similarity(SimilarityKind v) {
      similarity = Objects.requireNonNull(v, "similarity");
      return this;
    }

    /** Replaces the set of signals in use. */
    public Builder signals(Set<Signal> v) {
      signals = v.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(v);
      return this;
    }

    public Builder enable(Signal s) {
      signals.add(s);
      return this;
    }

    public Builder disable(Signal s) {
      signals.remove(s);
      return this;
    }

    public Builder keyPointWeight(double v) {
      keyPointWeight = v;
      return this;
    }

    public Builder exemplarWeight(double v) {
      exemplarWeight = v;
      return this;
    }

    public Builder topicWeight(double v) {
      topicWeight = v;
      return this;
    }

    public Builder starWeight(double v) {
      starWeight = v;
      return this;
    }

    public Builder lengthWeight(double v) {
      lengthWeight = v;
      return this;
    }

    public Builder coverageThreshold(double v) {
      coverageThreshold = v;
      return this;
    }

    public Builder passThreshold(double v) {
      passThreshold = v;
      return this;
    }

    public Builder requiredCap(double v) {
      requiredCap = v;
      return this;
    }

    public Builder gateCap(double v) {
      gateCap = v;
      return this;
    }

    public Builder offTopicRatio(double v) {
      offTopicRatio = v;
      return this;
    }

    public Builder offTopicFactor(double v) {
      offTopicFactor = v;
      return this;
    }

    public Builder questionTermWeight(double v) {
      questionTermWeight = v;
      return this;
    }

    public Builder contradictionPenalty(double v) {
      contradictionPenalty = v;
      return this;
    }

    public Builder dismissivePenalty(double v) {
      dismissivePenalty = v;
      return this;
    }

    public Builder maxPenalty(double v) {
      maxPenalty = v;
      return this;
    }

    public Builder minWords(int v) {
      minWords = v;
      return this;
    }

    public ScoringProfile build() {
      return new ScoringProfile(
          similarity,
          signals,
          keyPointWeight,
          exemplarWeight,
          topicWeight,
          starWeight,
          lengthWeight,
          coverageThreshold,
          passThreshold,
          requiredCap,
          gateCap,
          offTopicRatio,
          offTopicFactor,
          questionTermWeight,
          contradictionPenalty,
          dismissivePenalty,
          maxPenalty,
          minWords);
    }
  }
}
