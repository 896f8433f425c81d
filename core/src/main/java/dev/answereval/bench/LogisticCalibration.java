package dev.answereval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Multinomial logistic regression from a prediction's raw score and signals to class labels.
 *
 * <p>Features are {@value #RAW_SCORE} (the raw score) followed by every signal name seen in
 * training, sorted; each is standardized with the training mean and standard deviation (a constant
 * feature gets scale 1), and a signal missing from a prediction takes the training mean. The fit
 * minimises mean negative log-likelihood plus {@code l2 / 2} times the squared weights (biases get
 * a tiny {@code 1e-6} penalty so the problem is strictly convex) by Newton's method with
 * backtracking, for at most a fixed number of iterations; it is fully deterministic. Immutable and
 * thread-safe.
 */
public final class LogisticCalibration implements CategoricalCalibration {
  static final String TYPE = "logistic";

  /** Name of the raw-score feature; a signal with this name is ignored. */
  public static final String RAW_SCORE = "raw_score";

  /** Default L2 penalty on weights. */
  public static final double DEFAULT_L2 = 0.01;

  /** Default number of Newton iterations. */
  public static final int DEFAULT_ITERATIONS = 50;

  private static final double BIAS_PENALTY = 1e-6;

  private final List<String> classes;
  private final List<String> features;
  private final double[] means;
  private final double[] scales;
  private final double[][] weights;

  /**
   * @param classes at least 2 distinct labels
   * @param features feature names, the first being {@value #RAW_SCORE}
   * @param means per-feature training means, finite
   * @param scales per-feature standard deviations, finite and {@code > 0}
   * @param weights one row per class: bias then one weight per feature, finite
   */
  public LogisticCalibration(
      List<String> classes,
      List<String> features,
      double[] means,
      double[] scales,
      double[][] weights) {
    this.classes = List.copyOf(classes);
    this.features = List.copyOf(features);
    if (this.classes.size() < 2 || this.classes.stream().distinct().count() != classes.size()) {
      throw new IllegalArgumentException("classes must be >= 2 distinct labels, got " + classes);
    }
    if (this.features.isEmpty() || !this.features.get(0).equals(RAW_SCORE)) {
      throw new IllegalArgumentException(
          "features must start with '" + RAW_SCORE + "', got " + features);
    }
    int d = this.features.size();
    if (means.length != d || scales.length != d || weights.length != this.classes.size()) {
      throw new IllegalArgumentException(
          "means and scales need "
              + d
              + " entries and weights "
              + this.classes.size()
              + " rows, got "
              + means.length
              + ", "
              + scales.length
              + ", "
              + weights.length);
    }
    for (int j = 0; j < d; j++) {
      if (!Double.isFinite(means[j]) || !Double.isFinite(scales[j]) || scales[j] <= 0) {
        throw new IllegalArgumentException(
            "feature '" + this.features.get(j) + "' needs a finite mean and a scale > 0");
      }
    }
    this.weights = new double[weights.length][];
    for (int k = 0; k < weights.length; k++) {
      if (weights[k].length != d + 1) {
        throw new IllegalArgumentException(
            "weights[" + k + "] needs " + (d + 1) + " entries, got " + weights[k].length);
      }
      for (double w : weights[k]) {
        if (!Double.isFinite(w)) {
          throw new IllegalArgumentException("weights must be finite, got " + w);
        }
      }
      this.weights[k] = weights[k].clone();
    }
    this.means = means.clone();
    this.scales = scales.clone();
  }

  /** Fits with {@link #DEFAULT_L2} and {@link #DEFAULT_ITERATIONS}. */
  public static LogisticCalibration fit(
      List<Prediction> predictions, int[] labels, List<String> classes) {
    return fit(predictions, labels, classes, DEFAULT_L2, DEFAULT_ITERATIONS);
  }

  /**
   * Fits on predictions and their class indices.
   *
   * @param labels class index of each prediction, in {@code [0, classes.size())}
   * @param l2 penalty on weights, finite and {@code >= 0}
   * @param iterations maximum Newton iterations, {@code >= 1}
   * @throws IllegalArgumentException on empty or mismatched inputs or bad parameters
   */
  public static LogisticCalibration fit(
      List<Prediction> predictions, int[] labels, List<String> classes, double l2, int iterations) {
    Metrics.sameLength(predictions.size(), labels.length);
    if (predictions.isEmpty()) {
      throw new IllegalArgumentException("cannot fit on no rows");
    }
    if (!(l2 >= 0) || !Double.isFinite(l2)) {
      throw new IllegalArgumentException("l2 must be finite and >= 0, got " + l2);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
    }
    int k = classes.size();
    for (int label : labels) {
      if (label < 0 || label >= k) {
        throw new IllegalArgumentException("labels must be in [0, " + (k - 1) + "], got " + label);
      }
    }
    TreeSet<String> signalNames = new TreeSet<>();
    predictions.forEach(p -> signalNames.addAll(p.signals().keySet()));
    signalNames.remove(RAW_SCORE);
    List<String> features = new ArrayList<>();
    features.add(RAW_SCORE);
    features.addAll(signalNames);
    int d = features.size();
    int n = predictions.size();
    double[] means = new double[d];
    double[] scales = new double[d];
    for (int j = 0; j < d; j++) {
      double sum = 0;
      int count = 0;
      for (Prediction p : predictions) {
        Double v = raw(p, features.get(j));
        if (v != null) {
          sum += v;
          count++;
        }
      }
      means[j] = sum / count;
      double ss = 0;
      for (Prediction p : predictions) {
        Double v = raw(p, features.get(j));
        double x = v != null ? v : means[j];
        ss += (x - means[j]) * (x - means[j]);
      }
      double sd = Math.sqrt(ss / n);
      scales[j] = sd > 1e-12 ? sd : 1;
    }
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = design(predictions.get(i), features, means, scales);
    }
    double[] theta = newton(x, labels, k, d + 1, l2, iterations);
    double[][] w = new double[k][d + 1];
    for (int c = 0; c < k; c++) {
      System.arraycopy(theta, c * (d + 1), w[c], 0, d + 1);
    }
    return new LogisticCalibration(classes, features, means, scales, w);
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** The feature names, {@value #RAW_SCORE} first. */
  public List<String> features() {
    return features;
  }

  @Override
  public double[] probabilities(Prediction prediction) {
    double[] row = design(prediction, features, means, scales);
    double[] z = new double[classes.size()];
    for (int c = 0; c < z.length; c++) {
      z[c] = dot(weights[c], row);
    }
    return softmax(z);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String toJson() {
    ObjectNode n = Json.object();
    n.put("type", TYPE);
    n.set("classes", Json.strings(classes));
    n.set("features", Json.strings(features));
    n.set("means", Json.doubles(means));
    n.set("scales", Json.doubles(scales));
    ArrayNode w = n.putArray("weights");
    for (double[] row : weights) {
      w.add(Json.doubles(row));
    }
    return Json.pretty(n);
  }

  static LogisticCalibration fromJsonNode(JsonNode node) {
    JsonNode w = node.get("weights");
    if (w == null || !w.isArray()) {
      throw new IllegalArgumentException("calibration field 'weights' must be an array");
    }
    double[][] weights = new double[w.size()][];
    for (int k = 0; k < weights.length; k++) {
      if (!w.get(k).isArray()) {
        throw new IllegalArgumentException(
            "calibration field 'weights'[" + k + "] must be an array");
      }
      weights[k] = CalibrationJson.arrayDoubles(w.get(k), "weights[" + k + "]");
    }
    return new LogisticCalibration(
        CalibrationJson.strings(node, "classes"),
        CalibrationJson.strings(node, "features"),
        CalibrationJson.doubles(node, "means"),
        CalibrationJson.doubles(node, "scales"),
        weights);
  }

  @Override
  public String toString() {
    return "LogisticCalibration[classes=" + classes + ", features=" + features + "]";
  }

  private static @Nullable Double raw(Prediction p, String feature) {
    return feature.equals(RAW_SCORE) ? Double.valueOf(p.score()) : p.signals().get(feature);
  }

  /** Bias term 1 followed by standardized features. */
  private static double[] design(
      Prediction p, List<String> features, double[] means, double[] scales) {
    double[] row = new double[features.size() + 1];
    row[0] = 1;
    for (int j = 0; j < features.size(); j++) {
      Double v = raw(p, features.get(j));
      row[j + 1] = v == null ? 0 : (v - means[j]) / scales[j];
    }
    return row;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  private static double[][] probabilities(double[][] x, double[] theta, int k, int width) {
    double[][] p = new double[x.length][];
    double[] z = new double[k];
    for (int i = 0; i < x.length; i++) {
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int a = 0; a < width; a++) {
          s += theta[c * width + a] * x[i][a];
        }
        z[c] = s;
      }
      p[i] = softmax(z);
    }
    return p;
  }

  private static double penalty(int a, double l2) {
    return a == 0 ? BIAS_PENALTY : l2;
  }

  private static double objective(
      double[][] x, int[] y, double[] theta, int k, int width, double l2) {
    double[][] p = probabilities(x, theta, k, width);
    double nll = 0;
    for (int i = 0; i < x.length; i++) {
      nll -= Math.log(Math.max(p[i][y[i]], 1e-300));
    }
    double reg = 0;
    for (int c = 0; c < k; c++) {
      for (int a = 0; a < width; a++) {
        double t = theta[c * width + a];
        reg += 0.5 * penalty(a, l2) * t * t;
      }
    }
    return nll / x.length + reg;
  }

  private static double[] newton(
      double[][] x, int[] y, int k, int width, double l2, int iterations) {
    int size = k * width;
    int n = x.length;
    double[] theta = new double[size];
    double current = objective(x, y, theta, k, width, l2);
    for (int iter = 0; iter < iterations; iter++) {
      double[][] p = probabilities(x, theta, k, width);
      double[] grad = new double[size];
      double[][] hess = new double[size][size];
      for (int i = 0; i < n; i++) {
        double[] xi = x[i];
        for (int c = 0; c < k; c++) {
          double r = p[i][c] - (y[i] == c ? 1 : 0);
          for (int a = 0; a < width; a++) {
            grad[c * width + a] += r * xi[a] / n;
          }
          for (int c2 = 0; c2 < k; c2++) {
            double w = p[i][c] * ((c == c2 ? 1 : 0) - p[i][c2]) / n;
            if (w == 0) {
              continue;
            }
            for (int a = 0; a < width; a++) {
              double wa = w * xi[a];
              double[] hrow = hess[c * width + a];
              for (int b = 0; b < width; b++) {
                hrow[c2 * width + b] += wa * xi[b];
              }
            }
          }
        }
      }
      double maxGrad = 0;
      for (int c = 0; c < k; c++) {
        for (int a = 0; a < width; a++) {
          int idx = c * width + a;
          grad[idx] += penalty(a, l2) * theta[idx];
          hess[idx][idx] += penalty(a, l2);
          maxGrad = Math.max(maxGrad, Math.abs(grad[idx]));
        }
      }
      if (maxGrad < 1e-10) {
        break;
      }
      double[] step = solve(hess, grad);
      double slope = dot(grad, step);
      double t = 1;
      double[] candidate = new double[size];
      boolean improved = false;
      while (t > 1e-10) {
        for (int j = 0; j < size; j++) {
          candidate[j] = theta[j] - t * step[j];
        }
        double value = objective(x, y, candidate, k, width, l2);
        if (value <= current - 1e-4 * t * slope) {
          theta = candidate.clone();
          current = value;
          improved = true;
          break;
        }
        t /= 2;
      }
      if (!improved) {
        break;
      }
    }
    return theta;
  }

  /**
   * Solves {@code a x = b} for symmetric positive definite a by Cholesky, adding jitter if needed.
   */
  private static double[] solve(double[][] a, double[] b) {
    int m = b.length;
    double jitter = 0;
    for (int attempt = 0; attempt < 20; attempt++) {
      double[][] l = new double[m][m];
      boolean ok = true;
      for (int i = 0; i < m && ok; i++) {
        for (int j = 0; j <= i; j++) {
          double s = a[i][j] + (i == j ? jitter : 0);
          for (int q = 0; q < j; q++) {
            s -= l[i][q] * l[j][q];
          }
          if (i == j) {
            if (s <= 0 || !Double.isFinite(s)) {
              ok = false;
              break;
            }
            l[i][i] = Math.sqrt(s);
          } else {
            l[i][j] = s / l[j][j];
          }
        }
      }
      if (ok) {
        double[] z = new double[m];
        for (int i = 0; i < m; i++) {
          double s = b[i];
          for (int q = 0; q < i; q++) {
            s -= l[i][q] * z[q];
          }
          z[i] = s / l[i][i];
        }
        double[] out = new double[m];
        for (int i = m - 1; i >= 0; i--) {
          double s = z[i];
          for (int q = i + 1; q < m; q++) {
            s -= l[q][i] * out[q];
          }
          out[i] = s / l[i][i];
        }
        return out;
      }
      jitter = jitter == 0 ? 1e-8 : jitter * 10;
    }
    return b.clone(); // gradient step as a last resort
  }
}
