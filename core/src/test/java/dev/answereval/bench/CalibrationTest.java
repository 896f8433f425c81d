package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

  @Test
  void isotonicPoolsAdjacentViolators() {
    // 3 > 2 pool to 2.5; 4 > 3.5 pool to 3.75
    IsotonicCalibration iso =
        IsotonicCalibration.fit(new double[] {1, 2, 3, 4, 5}, new double[] {1, 3, 2, 4, 3.5});
    assertThat(iso.knotsX()).containsExactly(1, 2, 3, 4, 5);
    assertThat(iso.knotsY()).containsExactly(1, 2.5, 2.5, 3.75, 3.75);
    assertThat(iso.predict(1.5)).isCloseTo(1.75, within(1e-12));
    assertThat(iso.predict(3.5)).isCloseTo(3.125, within(1e-12));
    assertThat(iso.predict(-10)).isEqualTo(1.0);
    assertThat(iso.predict(99)).isEqualTo(3.75);
  }

  @Test
  void isotonicPoolsTiedScoresFirst() {
    // x=10 twice with y 1 and 3 -> mean 2; then x=20 with y 1 violates -> pooled (1+3+1)/3
    IsotonicCalibration iso =
        IsotonicCalibration.fit(new double[] {20, 10, 10, 30}, new double[] {1, 1, 3, 4});
    assertThat(iso.knotsX()).containsExactly(10, 20, 30);
    assertThat(iso.knotsY()[0]).isCloseTo(5.0 / 3, within(1e-12));
    assertThat(iso.knotsY()[1]).isCloseTo(5.0 / 3, within(1e-12));
    assertThat(iso.knotsY()[2]).isEqualTo(4.0);
  }

  @Test
  void linearIsLeastSquaresClampedToTargetRange() {
    LinearCalibration lin =
        LinearCalibration.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
    assertThat(lin.slope()).isCloseTo(2, within(1e-12));
    assertThat(lin.intercept()).isCloseTo(1, within(1e-12));
    assertThat(lin.predict(1.5)).isCloseTo(4, within(1e-12));
    assertThat(lin.predict(100)).isEqualTo(7.0);
    LinearCalibration flat = LinearCalibration.fit(new double[] {5, 5}, new double[] {2, 4});
    assertThat(flat.slope()).isEqualTo(0.0);
    assertThat(flat.predict(80)).isEqualTo(3.0);
  }

  private static List<Prediction> signalsData(int[] labels, Random random) {
    List<Prediction> out = new ArrayList<>();
    for (int label : labels) {
      double score = 20 + 30 * label + random.nextDouble() * 10;
      double coverage = Math.min(1, 0.3 * label + random.nextDouble() * 0.2);
      out.add(Prediction.of(score, Map.of("keypoint_coverage", coverage)));
    }
    return out;
  }

  @Test
  void logisticSeparatesWellOrderedClassesDeterministically() {
    int[] labels = new int[60];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 3;
    }
    List<Prediction> preds = signalsData(labels, new Random(20130607));
    List<String> classes = List.of("low", "mid", "high");
    LogisticCalibration fit = LogisticCalibration.fit(preds, labels, classes);
    assertThat(fit.features()).containsExactly("raw_score", "keypoint_coverage");
    int right = 0;
    for (int i = 0; i < labels.length; i++) {
      double[] p = fit.probabilities(preds.get(i));
      assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-12));
      if (fit.predictIndex(preds.get(i)) == labels[i]) {
        right++;
      }
    }
    assertThat(right).isEqualTo(60);
    assertThat(fit.predictLabel(Prediction.of(95, Map.of("keypoint_coverage", 0.9))))
        .isEqualTo("high");
    assertThat(fit.predictLabel(Prediction.of(5)))
        .as("missing signal takes the mean")
        .isEqualTo("low");
    LogisticCalibration again = LogisticCalibration.fit(preds, labels, classes);
    assertThat(again.toJson()).isEqualTo(fit.toJson());
  }

  @Test
  void everyCalibrationRoundTripsThroughJsonWithIdenticalPredictions(@TempDir Path dir)
      throws Exception {
    Random random = new Random(5);
    double[] x = new double[50];
    double[] y = new double[50];
    int[] labels = new int[50];
    for (int i = 0; i < 50; i++) {
      x[i] = random.nextDouble() * 100;
      y[i] = x[i] / 25 + random.nextGaussian();
      labels[i] = x[i] > 50 ? 1 : 0;
    }
    List<Prediction> preds = new ArrayList<>();
    for (double v : x) {
      preds.add(Prediction.of(v, Map.of("len", v / 7 + 1)));
    }
    List<Calibration> fitted =
        List.of(
            IsotonicCalibration.fit(x, y),
            LinearCalibration.fit(x, y),
            LogisticCalibration.fit(preds, labels, List.of("no", "yes")));
    for (Calibration c : fitted) {
      Path file = dir.resolve(c.type() + ".json");
      c.write(file);
      Calibration loaded = Calibration.read(file);
      assertThat(loaded.type()).isEqualTo(c.type());
      assertThat(loaded.toJson()).isEqualTo(c.toJson());
      for (Prediction p : preds) {
        switch (c) {
          case NumericCalibration nc ->
              assertThat(((NumericCalibration) loaded).predict(p)).isEqualTo(nc.predict(p));
          case CategoricalCalibration cc ->
              assertThat(((CategoricalCalibration) loaded).probabilities(p))
                  .containsExactly(cc.probabilities(p));
        }
      }
    }
    assertThat(fitted.get(1).toJson()).contains("\"type\" : \"linear\"");
  }

  @Test
  void badDocumentsAreRejected() {
    assertThatThrownBy(() -> Calibration.fromJson("{\"type\":\"spline\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("calibration type must be isotonic, linear or logistic, got 'spline'");
    assertThatThrownBy(
            () -> Calibration.fromJson("{\"type\":\"isotonic\",\"x\":[2,1],\"y\":[0,1]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> Calibration.fromJson("{\"type\":\"linear\",\"slope\":1}"))
        .hasMessage("calibration field 'intercept' must be a number");
  }
}
