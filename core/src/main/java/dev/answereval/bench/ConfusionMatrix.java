package dev.answereval.bench;

import java.util.List;
import java.util.Objects;

/**
 * Counts of (true class, predicted class) pairs, with the per-class and averaged statistics derived
 * from them.
 *
 * <p>Immutable and thread-safe (the counts array is copied in and out).
 *
 * @param labels class labels in index order, at least one
 * @param counts {@code counts[t][p]} rows with true class t predicted as p; square, non-negative
 */
public record ConfusionMatrix(List<String> labels, int[][] counts) {

  public ConfusionMatrix {
    labels = List.copyOf(labels);
    Objects.requireNonNull(counts, "counts");
    if (labels.isEmpty() || counts.length != labels.size()) {
      throw new IllegalArgumentException(
          "counts must be " + labels.size() + "x" + labels.size() + " and labels non-empty");
    }
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != labels.size()) {
        throw new IllegalArgumentException(
            "counts[" + i + "] must have " + labels.size() + " entries, got " + counts[i].length);
      }
      for (int c : counts[i]) {
        if (c < 0) {
          throw new IllegalArgumentException("counts must be >= 0, got " + c);
        }
      }
      copy[i] = counts[i].clone();
    }
    counts = copy;
  }

  /**
   * Tallies {@code truth} against {@code predicted}, both class indices into {@code labels}.
   *
   * @throws IllegalArgumentException on different lengths or an index outside the labels
   */
  public static ConfusionMatrix of(List<String> labels, int[] truth, int[] predicted) {
    Metrics.sameLength(truth.length, predicted.length);
    int k = labels.size();
    int[][] m = new int[k][k];
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] < 0 || truth[i] >= k || predicted[i] < 0 || predicted[i] >= k) {
        throw new IllegalArgumentException(
            "class indices must be in [0, " + (k - 1) + "], got " + truth[i] + ", " + predicted[i]);
      }
      m[truth[i]][predicted[i]]++;
    }
    return new ConfusionMatrix(labels, m);
  }

  @Override
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  /** Rows of true class {@code truth} predicted as {@code predicted}. */
  public int count(int truth, int predicted) {
    return counts[truth][predicted];
  }

  /** Number of classes. */
  public int size() {
    return labels.size();
  }

  /** Total number of rows. */
  public int total() {
    int t = 0;
    for (int[] row : counts) {
      for (int c : row) {
        t += c;
      }
    }
    return t;
  }

  /** Rows whose true class is {@code c}. */
  public int support(int c) {
    int s = 0;
    for (int p = 0; p < size(); p++) {
      s += counts[c][p];
    }
    return s;
  }

  /** Rows predicted as {@code c}. */
  public int predictedCount(int c) {
    int s = 0;
    for (int t = 0; t < size(); t++) {
      s += counts[t][c];
    }
    return s;
  }

  /** Share of rows on the diagonal. */
  public MetricValue accuracy() {
    int total = total();
    if (total == 0) {
      return MetricValue.undefined("no rows");
    }
    int right = 0;
    for (int c = 0; c < size(); c++) {
      right += counts[c][c];
    }
    return MetricValue.of((double) right / total);
  }

  /** Correct predictions of {@code c} over all predictions of {@code c}. */
  public MetricValue precision(int c) {
    int predicted = predictedCount(c);
    return predicted == 0
        ? MetricValue.undefined("class '" + labels.get(c) + "' is never predicted")
        : MetricValue.of((double) counts[c][c] / predicted);
  }

  /** Correct predictions of {@code c} over all rows of class {@code c}. */
  public MetricValue recall(int c) {
    int support = support(c);
    return support == 0
        ? MetricValue.undefined("class '" + labels.get(c) + "' never occurs")
        : MetricValue.of((double) counts[c][c] / support);
  }

  /**
   * Harmonic mean of precision and recall; 0 when the class occurs or is predicted but never
   * correctly; undefined when it neither occurs nor is predicted.
   */
  public MetricValue f1(int c) {
    int support = support(c);
    int predicted = predictedCount(c);
    if (support == 0 && predicted == 0) {
      return MetricValue.undefined("class '" + labels.get(c) + "' neither occurs nor is predicted");
    }
    return MetricValue.of(2.0 * counts[c][c] / (support + predicted));
  }

  /** Unweighted mean F1 over the classes that occur or are predicted. */
  public MetricValue macroF1() {
    double sum = 0;
    int used = 0;
    for (int c = 0; c < size(); c++) {
      MetricValue f = f1(c);
      if (f.isDefined()) {
        sum += f.value();
        used++;
      }
    }
    return used == 0 ? MetricValue.undefined("no rows") : MetricValue.of(sum / used);
  }

  /** Mean F1 over classes weighted by support. */
  public MetricValue weightedF1() {
    int total = total();
    if (total == 0) {
      return MetricValue.undefined("no rows");
    }
    double sum = 0;
    for (int c = 0; c < size(); c++) {
      int support = support(c);
      if (support > 0) {
        sum += support * f1(c).value();
      }
    }
    return MetricValue.of(sum / total);
  }
}
