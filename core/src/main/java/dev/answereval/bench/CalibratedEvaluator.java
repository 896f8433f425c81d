package dev.answereval.bench;

import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Evaluator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A shippable calibrated scorer: a rubric {@link Evaluator} plus a {@link Calibration} fitted by
 * the benchmark harness (the {@code calibration.json} that {@code bench --out DIR} writes), mapping
 * each answer's 0-100 score and signals onto the human target's scale or classes.
 *
 * <p>The calibration must have been fitted on {@link EvaluatorRowScorer} predictions (the {@code
 * default} scorer or a profile file, not a lexical baseline): features are derived from the
 * evaluator's result exactly as {@link EvaluatorRowScorer#predictionOf(AnswerScore)} derives them,
 * so a loaded calibration predicts for an answer exactly what the harness predicted for it. For
 * that, build the evaluator exactly as the benchmark built it: {@code bench} uses {@link
 * EvaluatorRowScorer#forDataset} over the same dataset, bank and profile, then {@link
 * EvaluatorRowScorer#evaluatorFor(DatasetRow)} with a row of the answer's question.
 *
 * <p>Immutable and thread-safe (evaluators and calibrations are).
 */
public final class CalibratedEvaluator {
  private final Evaluator evaluator;
  private final Calibration calibration;

  /**
   * Wraps an evaluator and a calibration.
   *
   * @throws IllegalArgumentException when a logistic calibration uses a feature an evaluator does
   *     not produce (it was fitted on another scorer's signals)
   */
  public CalibratedEvaluator(Evaluator evaluator, Calibration calibration) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.calibration = Objects.requireNonNull(calibration, "calibration");
    if (calibration instanceof LogisticCalibration lc) {
      Set<String> known = new HashSet<>(EvaluatorRowScorer.SIGNALS);
      known.add(LogisticCalibration.RAW_SCORE);
      for (String feature : lc.features()) {
        if (!known.contains(feature)) {
          throw new IllegalArgumentException(
              "calibration feature '"
                  + feature
                  + "' is not an evaluator signal (allowed "
                  + LogisticCalibration.RAW_SCORE
                  + " and "
                  + EvaluatorRowScorer.SIGNALS
                  + "); was it fitted on a baseline?");
        }
      }
    }
  }

  /**
   * Wraps an evaluator and the calibration saved in a file.
   *
   * @throws IOException when the file cannot be read or is not a calibration document
   */
  public static CalibratedEvaluator load(Evaluator evaluator, Path calibrationFile)
      throws IOException {
    return new CalibratedEvaluator(evaluator, Calibration.read(calibrationFile));
  }

  /** The wrapped evaluator. */
  public Evaluator evaluator() {
    return evaluator;
  }

  /** The calibration. */
  public Calibration calibration() {
    return calibration;
  }

  /**
   * Scores an answer and calibrates the result. An unscored answer (e.g. too short) has raw score 0
   * and all signals 0, as in the harness, and still gets a calibrated prediction.
   *
   * @throws dev.answereval.text.TextInputException when the evaluator rejects the text (null,
   *     empty, too long or not text)
   */
  public CalibratedScore score(String answer) {
    AnswerScore result = evaluator.score(answer);
    return calibrate(calibration, result);
  }

  /** Calibrates an evaluator result with a calibration. */
  static CalibratedScore calibrate(Calibration calibration, AnswerScore result) {
    Prediction p = EvaluatorRowScorer.predictionOf(result);
    return switch (calibration) {
      case NumericCalibration nc ->
          new CalibratedScore(result, p, OptionalDouble.of(nc.predict(p)), null, Map.of());
      case CategoricalCalibration cc -> {
        double[] probs = cc.probabilities(p);
        Map<String, Double> byClass = new LinkedHashMap<>();
        for (int k = 0; k < probs.length; k++) {
          byClass.put(cc.classes().get(k), probs[k]);
        }
        yield new CalibratedScore(result, p, OptionalDouble.empty(), cc.predictLabel(p), byClass);
      }
    };
  }

  @Override
  public String toString() {
    return "CalibratedEvaluator[" + evaluator.question().id() + ", " + calibration.type() + "]";
  }
}
