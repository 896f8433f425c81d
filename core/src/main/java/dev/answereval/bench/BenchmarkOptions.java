package dev.answereval.bench;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Settings of a {@link BenchmarkRunner}.
 *
 * <p>The calibration protocol follows from the settings: with a {@code trainDataset},
 * train-on-it/test-on-the-evaluation-set; else with {@code folds >= 2}, cross-validation grouped by
 * question (folds capped at the number of questions); with {@code folds == 0}, none.
 *
 * <p>Immutable; thread-safe if the progress listener is.
 *
 * @param folds cross-validation folds, 0 or {@code >= 2}
 * @param trainDataset a dataset to fit the calibration on, or null
 * @param bootstrapResamples resamples for confidence intervals, {@code >= 1}
 * @param seed seeds fold assignment and the bootstrap
 * @param threads worker threads for scoring and the bootstrap, {@code >= 1}
 * @param numericCalibration calibration method for numeric targets
 * @param logisticL2 L2 penalty of the categorical calibration, finite and {@code >= 0}
 * @param logisticIterations Newton iterations of the categorical calibration, {@code >= 1}
 * @param progress told as rows are scored, or null
 */
public record BenchmarkOptions(
    int folds,
    @Nullable Dataset trainDataset,
    int bootstrapResamples,
    long seed,
    int threads,
    NumericCalibrationMethod numericCalibration,
    double logisticL2,
    int logisticIterations,
    @Nullable ProgressListener progress) {

  /** The default number of cross-validation folds. */
  public static final int DEFAULT_FOLDS = 5;

  public BenchmarkOptions {
    if (folds != 0 && folds < 2) {
      throw new IllegalArgumentException("folds must be 0 (no calibration) or >= 2, got " + folds);
    }
    if (bootstrapResamples < 1) {
      throw new IllegalArgumentException(
          "bootstrapResamples must be >= 1, got " + bootstrapResamples);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    Objects.requireNonNull(numericCalibration, "numericCalibration");
    if (!Double.isFinite(logisticL2) || logisticL2 < 0) {
      throw new IllegalArgumentException("logisticL2 must be finite and >= 0, got " + logisticL2);
    }
    if (logisticIterations < 1) {
      throw new IllegalArgumentException(
          "logisticIterations must be >= 1, got " + logisticIterations);
    }
  }

  /**
   * 5 grouped folds, 1000 resamples, seed 20130607, one thread per processor, isotonic numeric
   * calibration, logistic L2 0.01 and 50 iterations, no progress listener.
   */
  public static BenchmarkOptions defaults() {
    return new BenchmarkOptions(
        DEFAULT_FOLDS,
        null,
        Bootstrap.DEFAULT_RESAMPLES,
        Bootstrap.DEFAULT_SEED,
        Runtime.getRuntime().availableProcessors(),
        NumericCalibrationMethod.ISOTONIC,
        LogisticCalibration.DEFAULT_L2,
        LogisticCalibration.DEFAULT_ITERATIONS,
        null);
  }

  /** The protocol these settings select. */
  public CalibrationProtocol protocol() {
    if (trainDataset != null) {
      return CalibrationProtocol.TRAIN_TEST;
    }
    return folds == 0 ? CalibrationProtocol.NONE : CalibrationProtocol.CROSS_VALIDATION;
  }

  /** With another fold count (0 for no calibration). */
  public BenchmarkOptions withFolds(int newFolds) {
    return new BenchmarkOptions(
        newFolds,
        trainDataset,
        bootstrapResamples,
        seed,
        threads,
        numericCalibration,
        logisticL2,
        logisticIterations,
        progress);
  }

  /**
   * With a training dataset for the calibration (null to go back to folds); it must share no row
   * with the dataset a run evaluates ({@link BenchmarkRunner#checkDisjoint}).
   */
  public BenchmarkOptions withTrainDataset(@Nullable Dataset train) {
    return new BenchmarkOptions(
        folds,
        train,
        bootstrapResamples,
        seed,
        threads,
        numericCalibration,
        logisticL2,
        logisticIterations,
        progress);
  }

  /** With another number of bootstrap resamples. */
  public BenchmarkOptions withBootstrapResamples(int resamples) {
    return new BenchmarkOptions(
        folds,
        trainDataset,
        resamples,
        seed,
        threads,
        numericCalibration,
        logisticL2,
        logisticIterations,
        progress);
  }

  /** With another seed. */
  public BenchmarkOptions withSeed(long newSeed) {
    return new BenchmarkOptions(
        folds,
        trainDataset,
        bootstrapResamples,
        newSeed,
        threads,
        numericCalibration,
        logisticL2,
        logisticIterations,
        progress);
  }

  /** With another thread count. */
  public BenchmarkOptions withThreads(int newThreads) {
    return new BenchmarkOptions(
        folds,
        trainDataset,
        bootstrapResamples,
        seed,
        newThreads,
        numericCalibration,
        logisticL2,
        logisticIterations,
        progress);
  }

  /** With another numeric calibration method. */
  public BenchmarkOptions withNumericCalibration(NumericCalibrationMethod method) {
    return new BenchmarkOptions(
        folds,
        trainDataset,
        bootstrapResamples,
        seed,
        threads,
        method,
        logisticL2,
        logisticIterations,
        progress);
  }

  /** With a progress listener (or null for none). */
  public BenchmarkOptions withProgress(@Nullable ProgressListener listener) {
    return new BenchmarkOptions(
        folds,
        trainDataset,
        bootstrapResamples,
        seed,
        threads,
        numericCalibration,
        logisticL2,
        logisticIterations,
        listener);
  }
}
