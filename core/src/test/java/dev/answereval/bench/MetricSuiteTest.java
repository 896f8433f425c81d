package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
}
