package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MetricSuiteTest {

  private static RowResult row(String id, double raw, String label) {
    return new RowResult(
        DatasetRow.of(id, "q" + id, "answer " + id, List.of(Reference.of("reference")), label),
        Prediction.of(raw),
        OptionalDouble.empty(),
        null,
        List.of(),
        OptionalInt.empty());
  }

  @Test
  void unorderedClassesGetTheRawScoresOneVersusRestAucPerClass() {
    List<RowResult> rows = new ArrayList<>();
    rows.add(row("1", 90, "correct"));
    rows.add(row("2", 80, "correct"));
    rows.add(row("3", 70, "contradictory"));
    rows.add(row("4", 20, "contradictory"));
    rows.add(row("5", 60, "incorrect"));
    rows.add(row("6", 10, "incorrect"));
    MetricSuite suite =
        new MetricSuite(
            TargetKind.CATEGORICAL,
            List.of("contradictory", "correct", "incorrect"),
            false,
            null,
            rows);

    Map<String, MetricValue> all = suite.all();

    // correct: both above all four others, 8/8; contradictory: 70 beats 60 and 10, 20 beats 10,
    // 3/8; incorrect: 60 beats 20, 1/8.
    assertThat(all)
        .containsOnlyKeys(
            "uncalibrated.auc_contradictory",
            "uncalibrated.auc_correct",
            "uncalibrated.auc_incorrect");
    assertThat(all.get("uncalibrated.auc_correct").value()).isEqualTo(1.0);
    assertThat(all.get("uncalibrated.auc_contradictory").value()).isEqualTo(0.375);
    assertThat(all.get("uncalibrated.auc_incorrect").value()).isEqualTo(0.125);
  }

  @Test
  void twoClassesKeepTheSingleAuc() {
    List<RowResult> rows =
        List.of(row("1", 90, "yes"), row("2", 30, "no"), row("3", 50, "yes"), row("4", 60, "no"));
    MetricSuite suite =
        new MetricSuite(TargetKind.CATEGORICAL, List.of("no", "yes"), false, "yes", rows);

    // yes = {90, 50} vs no = {30, 60}: 90 beats both, 50 beats 30, 3/4.
    assertThat(suite.all()).containsOnlyKeys("uncalibrated.auc");
    assertThat(suite.all().get("uncalibrated.auc").value()).isEqualTo(0.75);
  }

  private static RowResult calibratedRow(String id, double raw, String label, double pYes) {
    return new RowResult(
        DatasetRow.of(id, "q" + id, "answer " + id, List.of(Reference.of("reference")), label),
        Prediction.of(raw),
        OptionalDouble.empty(),
        pYes >= 0.5 ? "yes" : "no",
        List.of(1 - pYes, pYes),
        OptionalInt.empty());
  }

  @Test
  void bothAucsReferToTheNamedPositiveClass() {
    // Raw: yes = {90, 50}, no = {30, 60}. P(yes): yes = {0.9, 0.4}, no = {0.2, 0.6}.
    List<RowResult> rows =
        List.of(
            calibratedRow("1", 90, "yes", 0.9),
            calibratedRow("2", 30, "no", 0.2),
            calibratedRow("3", 50, "yes", 0.4),
            calibratedRow("4", 60, "no", 0.6));
    Map<String, MetricValue> yes =
        new MetricSuite(TargetKind.CATEGORICAL, List.of("no", "yes"), false, "yes", rows).all();
    Map<String, MetricValue> no =
        new MetricSuite(TargetKind.CATEGORICAL, List.of("no", "yes"), false, "no", rows).all();

    // Positive yes: raw 90 beats both, 50 beats 30: 3/4; P(yes) 0.9 beats both, 0.4 beats 0.2.
    assertThat(yes.get("uncalibrated.auc").value()).isEqualTo(0.75);
    assertThat(yes.get("auc").value()).isEqualTo(0.75);
    // Positive no: raw 60 beats 50 only: 1/4; P(no) = 1 - P(yes) ranks the no rows as P(yes)
    // ranks the yes rows: 0.8 beats 0.1 and 0.6, 0.4 beats 0.1: 3/4.
    assertThat(no.get("uncalibrated.auc").value()).isEqualTo(0.25);
    assertThat(no.get("auc").value()).isEqualTo(0.75);
  }

  private static RowResult numericRow(String id, double prediction, double target, int fold) {
    return new RowResult(
        DatasetRow.of(id, "q" + fold, "answer " + id, List.of(), Double.toString(target)),
        Prediction.of(50),
        OptionalDouble.of(prediction),
        null,
        List.of(),
        OptionalInt.of(fold));
  }

  private static RowResult binaryRow(String id, double pYes, String label, int fold) {
    return new RowResult(
        DatasetRow.of(id, "q" + fold, "answer " + id, List.of(), label),
        Prediction.of(50),
        OptionalDouble.empty(),
        pYes >= 0.5 ? "yes" : "no",
        List.of(1 - pYes, pYes),
        OptionalInt.of(fold));
  }

  @Test
  void calibratedCorrelationsAreWithinFoldsWeightedByRows() {
    // Fold 0 ranks its 2 rows perfectly (+1), fold 1 its 3 rows backwards (-1): (2 - 3) / 5.
    // Pooled, the fold-1 predictions (10-12) sit above fold 0's and Spearman would be -0.527.
    List<RowResult> rows =
        List.of(
            numericRow("a", 1, 1, 0),
            numericRow("b", 2, 2, 0),
            numericRow("c", 10, 2, 1),
            numericRow("d", 11, 1, 1),
            numericRow("e", 12, 0, 1));
    Map<String, MetricValue> all =
        new MetricSuite(TargetKind.NUMERIC, List.of(), false, null, rows).all();

    assertThat(all.get("pearson").value()).isCloseTo(-0.2, within(1e-12));
    assertThat(all.get("spearman").value()).isCloseTo(-0.2, within(1e-12));
    assertThat(all.get("kendall").value()).isCloseTo(-0.2, within(1e-12));
    // Absolute metrics stay pooled: errors 0, 0, 8, 10, 12.
    assertThat(all.get("mae").value()).isEqualTo(6.0);
  }

  @Test
  void aConstantPerFoldPredictionHasNoRankingSignal() {
    // Each fold's map is a different constant, as for a scorer that ignores the answer.
    List<RowResult> rows =
        List.of(
            numericRow("a", 3, 1, 0),
            numericRow("b", 3, 5, 0),
            numericRow("c", 4, 2, 1),
            numericRow("d", 4, 4, 1));
    Map<String, MetricValue> numeric =
        new MetricSuite(TargetKind.NUMERIC, List.of(), false, null, rows).all();
    assertThat(numeric.get("pearson").reason()).isEqualTo("predictions are constant in every fold");
    assertThat(numeric.get("spearman").isDefined()).isFalse();
    assertThat(numeric.get("kendall").isDefined()).isFalse();

    List<RowResult> binary =
        List.of(
            binaryRow("a", 0.3, "yes", 0),
            binaryRow("b", 0.3, "no", 0),
            binaryRow("c", 0.6, "yes", 1),
            binaryRow("d", 0.6, "no", 1),
            binaryRow("e", 0.6, "no", 1));
    Map<String, MetricValue> auc =
        new MetricSuite(TargetKind.CATEGORICAL, List.of("no", "yes"), false, "yes", binary).all();
    assertThat(auc.get("auc").value()).isEqualTo(0.5);
  }

  @Test
  void calibratedAucIsWithinFolds() {
    // Fold 0: 0.2 (yes) above 0.1 (no), AUC 1; fold 1: 0.9 (yes) below 0.95 and 0.92, AUC 0.
    // Weighted by rows: 2/5. Pooled it would be 2/6.
    List<RowResult> rows =
        List.of(
            binaryRow("a", 0.2, "yes", 0),
            binaryRow("b", 0.1, "no", 0),
            binaryRow("c", 0.9, "yes", 1),
            binaryRow("d", 0.95, "no", 1),
            binaryRow("e", 0.92, "no", 1));
    Map<String, MetricValue> all =
        new MetricSuite(TargetKind.CATEGORICAL, List.of("no", "yes"), false, "yes", rows).all();

    assertThat(all.get("auc").value()).isEqualTo(0.4);
  }
}
