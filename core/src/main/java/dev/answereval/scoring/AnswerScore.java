package dev.answereval.scoring;

import dev.answereval.report.Explanation;
import dev.answereval.rubric.StarComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring one answer: an overall 0-100 score, its band, per-key-point coverage with
 * evidence, STAR findings, flags, feedback and a breakdown whose contributions add up to the score.
 *
 * <p>When the answer cannot be scored meaningfully (too short, not English, mostly non-text), the
 * status is {@link Status#UNSCORED}, {@link #reason()} says why, and {@link #score()} and {@link
 * #band()} throw instead of returning a plausible-looking number. Immutable and thread-safe.
 *
 * @param questionId the question the answer was scored against
 * @param status whether the score is meaningful
 * @param reason why the answer is unscored, or null when scored
 * @param score 0-100 (read through {@link #score()})
 * @param band the score's band, null when unscored (read through {@link #band()})
 * @param passThreshold the score at or above which the answer passes
 * @param keyPoints one result per rubric key point, in rubric order
 * @param star STAR findings ({@link StarResult#notApplicable()} for non-behavioral questions)
 * @param flags problems found, most severe first
 * @param feedback plain-language sentences: what was covered, what is missing, STAR gaps, flags
 * @param breakdown contributions that add up to the score (empty when unscored)
 * @param signals named raw signal values (all in [0, 1]), for calibration and research
 * @param explanation the score as a tree whose root value equals the score
 */
public record AnswerScore(
    String questionId,
    Status status,
    @Nullable String reason,
    double score,
    @Nullable Band band,
    double passThreshold,
    List<KeyPointResult> keyPoints,
    StarResult star,
    List<Flag> flags,
    List<String> feedback,
    List<Contribution> breakdown,
    Map<String, Double> signals,
    Explanation explanation) {

  public AnswerScore {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(status, "status");
    keyPoints = List.copyOf(keyPoints);
    Objects.requireNonNull(star, "star");
    flags = List.copyOf(flags);
    feedback = List.copyOf(feedback);
    breakdown = List.copyOf(breakdown);
    signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    Objects.requireNonNull(explanation, "explanation");
    if (status == Status.SCORED) {
      if (!(score >= 0 && score <= 100)) {
        throw new IllegalArgumentException("score must be in [0, 100], got " + score);
      }
      if (band == null || reason != null) {
        throw new IllegalArgumentException("a scored answer has a band and no reason");
      }
    } else if (reason == null || band != null) {
      throw new IllegalArgumentException("an unscored answer has a reason and no band");
    }
  }

  /** Whether the score is meaningful. */
  public boolean isScored() {
    return status == Status.SCORED;
  }

  /**
   * The 0-100 score.
   *
   * @throws IllegalStateException when the answer is unscored, with the reason
   */
  @Override
  public double score() {
    requireScored();
    return score;
  }

  /**
   * The score's band.
   *
   * @throws IllegalStateException when the answer is unscored, with the reason
   */
  @Override
  public Band band() {
    requireScored();
    return Objects.requireNonNull(band);
  }

  /** Whether the answer is scored and reaches the pass threshold. */
  public boolean passed() {
    return isScored() && score >= passThreshold;
  }

  /** The score on another scale, e.g. {@code scaled(Scale.of(1, 10))}. */
  public double scaled(Scale scale) {
    return scale.map(score());
  }

  /** The result for one key point. */
  public Optional<KeyPointResult> keyPoint(String id) {
    return keyPoints.stream().filter(k -> k.id().equals(id)).findFirst();
  }

  /** Whether the key point was covered. */
  public boolean covers(String keyPointId) {
    return keyPoint(keyPointId).map(KeyPointResult::covered).orElse(false);
  }

  /** Whether a flag of this type was raised. */
  public boolean hasFlag(FlagType type) {
    return flags.stream().anyMatch(f -> f.type() == type);
  }

  /** Whether the STAR component was expected and found. */
  public boolean hasStar(StarComponent c) {
    return star.has(c);
  }

  private void requireScored() {
    if (status != Status.SCORED) {
      throw new IllegalStateException("answer to '" + questionId + "' was not scored: " + reason);
    }
  }
}
