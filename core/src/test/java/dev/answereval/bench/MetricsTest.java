package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final double EPS = 1e-12;

  @Test
  void pearsonMatchesHandComputation() {
    // means 2.5 and 5; Sxy = 11, Sxx = 5, Syy = 26 -> r = 11 / sqrt(130)
    MetricValue r = Metrics.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9});
    assertThat(r.value()).isCloseTo(11 / Math.sqrt(130), within(EPS));
    assertThat(r.value()).isCloseTo(0.9647638, within(1e-7));
  }

  @Test
  void pearsonOfConstantOrTinyInputIsUndefinedWithReason() {
    MetricValue constant = Metrics.pearson(new double[] {3, 3, 3}, new double[] {1, 2, 3});
    assertThat(constant.isDefined()).isFalse();
    assertThat(constant.reason()).isEqualTo("predictions are constant");
    assertThat(Metrics.pearson(new double[] {1, 2}, new double[] {4, 4}).reason())
        .isEqualTo("targets are constant");
    assertThat(Metrics.pearson(new double[] {1}, new double[] {1}).reason())
        .isEqualTo("needs at least 2 rows, got 1");
    assertThatThrownBy(constant::value).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void mismatchedOrNonFiniteInputsAreRejected() {
    assertThatThrownBy(() -> Metrics.pearson(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal lengths, got 2 and 1");
    assertThatThrownBy(() -> Metrics.mae(new double[] {Double.NaN}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }

  @Test
  void averageRanksShareTies() {
    assertThat(Metrics.averageRanks(new double[] {10, 20, 20, 5, 20}))
        .containsExactly(2, 4, 4, 1, 4);
  }

  @Test
  void spearmanWithTiesUsesAverageRanks() {
    // ranks x = 1, 2.5, 2.5, 4 and y = 1, 3, 2, 4: Sxy = 4.5, Sxx = 4.5, Syy = 5 -> sqrt(0.9)
    MetricValue rho = Metrics.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4});
    assertThat(rho.value()).isCloseTo(Math.sqrt(0.9), within(EPS));
  }

  @Test
  void kendallTauBWithTies() {
    // 6 pairs: 5 concordant, 0 discordant, 1 tied in x only -> 5 / sqrt(5 * 6)
    MetricValue tau = Metrics.kendallTauB(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4});
    assertThat(tau.value()).isCloseTo(5 / Math.sqrt(30), within(EPS));
  }

  @Test
  void kendallTauWithoutTies() {
    // 7 concordant, 3 discordant of 10 pairs
    MetricValue tau =
        Metrics.kendallTauB(new double[] {1, 2, 3, 4, 5}, new double[] {3, 1, 2, 5, 4});
    assertThat(tau.value()).isCloseTo(0.4, within(EPS));
    assertThat(Metrics.kendallTauB(new double[] {1, 2}, new double[] {2, 1}).value())
        .isEqualTo(-1.0);
  }

  @Test
  void kendallFastAgreesWithTextbookOnTiedRandomData() {
    Random random = new Random(20130607);
    for (int trial = 0; trial < 50; trial++) {
      int n = 2 + random.nextInt(60);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextInt(6);
        y[i] = random.nextInt(4);
      }
      MetricValue fast = Metrics.kendallTauB(x, y);
      MetricValue slow = Metrics.kendallTauBNaive(x, y);
      assertThat(fast.isDefined()).isEqualTo(slow.isDefined());
      if (fast.isDefined()) {
        assertThat(fast.value()).isCloseTo(slow.value(), within(1e-12));
      }
    }
  }

  @Test
  void kendallOfConstantIsUndefined() {
    assertThat(Metrics.kendallTauB(new double[] {1, 2, 3}, new double[] {7, 7, 7}).reason())
        .isEqualTo("targets are constant");
  }

  @Test
  void quadraticWeightedKappaOfHandComputedTable() {
    // Rater A in rows, B in columns, scale 1..3, n = 50:
    //   10  5  0 | 15
    //    3 12  2 | 17
    //    1  2 15 | 18
    //   14 19 17
    // weights (i-j)^2/4; sum w*O = 0.25*(5+3+2+2) + 1*(0+1) = 4
    // sum w*E = [0.25*(15*19 + 17*14 + 17*17 + 18*19) + 1*(15*17 + 18*14)] / 50 = 795.5 / 50
    // kappa = 1 - 4 / 15.91 = 1191 / 1591
    int[][] table = {{10, 5, 0}, {3, 12, 2}, {1, 2, 15}};
    int[] a = new int[50];
    int[] b = new int[50];
    int k = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        for (int c = 0; c < table[i][j]; c++) {
          a[k] = i + 1;
          b[k] = j + 1;
          k++;
        }
      }
    }
    assertThat(Metrics.quadraticWeightedKappa(a, b, 1, 3).value())
        .isCloseTo(1191.0 / 1591.0, within(EPS));
  }

  @Test
  void quadraticWeightedKappaWithUniformMarginals() {
    // pairs (0,0) (0,1) (1,1) (1,2) (2,2) (2,0): sum w*O = 1.5, every E cell 2/3 -> sum w*E = 2
    int[] a = {0, 0, 1, 1, 2, 2};
    int[] b = {0, 1, 1, 2, 2, 0};
    assertThat(Metrics.quadraticWeightedKappa(a, b, 0, 2).value()).isCloseTo(0.25, within(EPS));
    assertThat(Metrics.quadraticWeightedKappa(a, a, 0, 2).value()).isEqualTo(1.0);
  }

  @Test
  void quadraticWeightedKappaDegenerateAndInvalid() {
    assertThat(Metrics.quadraticWeightedKappa(new int[] {2, 2}, new int[] {2, 2}, 1, 5).isDefined())
        .isFalse();
    assertThatThrownBy(() -> Metrics.quadraticWeightedKappa(new int[] {0}, new int[] {6}, 1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratings must be in [1, 5], got 0 and 6");
  }

  @Test
  void rmseAndMae() {
    double[] p = {1, 2, 3};
    double[] y = {2, 2, 5};
    assertThat(Metrics.rmse(p, y).value()).isCloseTo(Math.sqrt(5.0 / 3), within(EPS));
    assertThat(Metrics.mae(p, y).value()).isEqualTo(1.0);
    assertThat(Metrics.rmse(new double[0], new double[0]).reason()).isEqualTo("no rows");
  }

  @Test
  void classificationMetricsFromConfusionMatrix() {
    List<String> labels = List.of("a", "b", "c");
    int[] truth = {0, 0, 1, 1, 2, 2};
    int[] pred = {0, 1, 1, 1, 2, 0};
    ConfusionMatrix m = ConfusionMatrix.of(labels, truth, pred);
    assertThat(m.counts()).isDeepEqualTo(new int[][] {{1, 1, 0}, {0, 2, 0}, {1, 0, 1}});
    assertThat(m.accuracy().value()).isCloseTo(4.0 / 6, within(EPS));
    assertThat(Metrics.accuracy(truth, pred).value()).isCloseTo(4.0 / 6, within(EPS));
    assertThat(m.precision(0).value()).isEqualTo(0.5);
    assertThat(m.recall(0).value()).isEqualTo(0.5);
    assertThat(m.precision(1).value()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(m.recall(1).value()).isEqualTo(1.0);
    assertThat(m.precision(2).value()).isEqualTo(1.0);
    assertThat(m.recall(2).value()).isEqualTo(0.5);
    // F1: a 0.5, b 0.8, c 2/3
    assertThat(m.f1(1).value()).isCloseTo(0.8, within(EPS));
    double macro = (0.5 + 0.8 + 2.0 / 3) / 3;
    assertThat(Metrics.macroF1(labels, truth, pred).value()).isCloseTo(macro, within(EPS));
    assertThat(Metrics.weightedF1(labels, truth, pred).value()).isCloseTo(macro, within(EPS));
  }

  @Test
  void weightedF1WeighsBySupportAndNeverPredictedClassCountsZero() {
    List<String> labels = List.of("x", "y");
    int[] truth = {0, 0, 0, 1};
    int[] pred = {0, 0, 0, 0};
    ConfusionMatrix m = ConfusionMatrix.of(labels, truth, pred);
    // F1 x = 2*3/(3+4) = 6/7; F1 y = 0 (occurs, never predicted)
    assertThat(m.f1(0).value()).isCloseTo(6.0 / 7, within(EPS));
    assertThat(m.f1(1).value()).isEqualTo(0.0);
    assertThat(m.precision(1).reason()).isEqualTo("class 'y' is never predicted");
    assertThat(m.macroF1().value()).isCloseTo(3.0 / 7, within(EPS));
    assertThat(m.weightedF1().value()).isCloseTo(3 * (6.0 / 7) / 4, within(EPS));
  }

  @Test
  void aucCountsTiesAsHalf() {
    // positives 0.8, 0.5, 0.5; negatives 0.5, 0.2: wins 1+1+0.5+1+0.5+1 = 5 of 6 pairs
    double[] scores = {0.8, 0.5, 0.5, 0.5, 0.2};
    boolean[] positive = {true, true, true, false, false};
    assertThat(Metrics.auc(scores, positive).value()).isCloseTo(5.0 / 6, within(EPS));
    assertThat(Metrics.auc(new double[] {1, 1}, new boolean[] {true, false}).value())
        .isEqualTo(0.5);
    assertThat(Metrics.auc(new double[] {1, 2}, new boolean[] {true, true}).reason())
        .isEqualTo("needs both positive and negative rows");
  }

  @Test
  void metricValueDifferences() {
    assertThat(MetricValue.of(0.75).minus(MetricValue.of(0.5)).value()).isEqualTo(0.25);
    assertThat(MetricValue.of(1).minus(MetricValue.undefined("x")).reason()).isEqualTo("x");
    assertThatThrownBy(() -> MetricValue.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
