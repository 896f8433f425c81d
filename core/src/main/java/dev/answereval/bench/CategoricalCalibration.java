package dev.answereval.bench;

import java.util.List;

/**
 * A calibration of predictions onto class labels. Implementations are immutable and thread-safe.
 */
public sealed interface CategoricalCalibration extends Calibration permits LogisticCalibration {

  /** The class labels, in index order. */
  List<String> classes();

  /** The probability of each class (summing to 1), in index order. */
  double[] probabilities(Prediction prediction);

  /** The index of the most probable class (the lowest index on ties). */
  default int predictIndex(Prediction prediction) {
    double[] p = probabilities(prediction);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }

  /** The most probable class label. */
  default String predictLabel(Prediction prediction) {
    return classes().get(predictIndex(prediction));
  }
}
