package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BenchmarkRunnerTest {

  /** 8 questions x 5 answers, grades 1..5. */
  static Dataset numericData() {
    List<DatasetRow> rows = new ArrayList<>();
    for (int q = 0; q < 8; q++) {
      for (int a = 0; a < 5; a++) {
        int grade = 1 + (a + q) % 5;
        rows.add(
            new DatasetRow(
                "r" + q + "-" + a,
                "q" + q,
                "Question number " + q + "?",
                "answer " + a + " to question " + q,
                List.of(Reference.of("model answer " + q)),
                Integer.toString(grade),
                Map.of("rater", "r" + (a % 2))));
      }
    }
    return Dataset.of("toy", rows, DatasetOptions.defaults());
  }

  /** Reads the grade and adds deterministic noise: a good but imperfect scorer. */
  static final RowScorer NOISY_ORACLE =
      RowScorer.named(
          "noisy-oracle",
          row -> {
            double grade = Double.parseDouble(row.target());
            int noise = Math.floorMod(row.id().hashCode(), 13) - 6;
            double score = Math.max(0, Math.min(100, grade * 18 + noise));
            return new Prediction(
                score, Map.of("keypoint_coverage", score / 100), Map.of("kp-1", grade / 5));
          });

  private static BenchmarkOptions options(int threads) {
    return BenchmarkOptions.defaults().withBootstrapResamples(200).withThreads(threads);
  }

  @Test
  void numericEndToEnd() throws Exception {
    AtomicInteger progressCalls = new AtomicInteger();
    Set<Integer> totals = new HashSet<>();
    BenchmarkReport report =
        new BenchmarkRunner(
                options(3)
                    .withProgress(
                        (done, total) -> {
                          progressCalls.incrementAndGet();
                          synchronized (totals) {
                            totals.add(total);
                          }
                        }))
            .run(numericData(), NOISY_ORACLE);
    assertThat(progressCalls.get()).isEqualTo(40);
    assertThat(totals).containsExactly(40);
    assertThat(report.n()).isEqualTo(40);
    assertThat(report.kind()).isEqualTo(TargetKind.NUMERIC);
    assertThat(report.calibration().protocol()).isEqualTo(CalibrationProtocol.CROSS_VALIDATION);
    assertThat(report.calibration().folds()).hasValue(5);
    assertThat(report.metrics())
        .containsOnlyKeys("pearson", "spearman", "kendall", "qwk", "rmse", "mae");
    assertThat(report.uncalibrated()).containsOnlyKeys("pearson", "spearman", "kendall");
    assertThat(report.metric("pearson").value()).isGreaterThan(0.8);
    assertThat(report.metric("uncalibrated.spearman").value()).isGreaterThan(0.8);
    assertThat(report.metric("qwk").isDefined()).isTrue();
    ConfidenceInterval ci = report.ci().get("pearson");
    assertThat(ci.lower()).isLessThanOrEqualTo(ci.upper());
    assertThat(ci.upper()).isLessThanOrEqualTo(1.0);
    assertThat(report.perQuestion()).hasSize(8);
    assertThat(report.perQuestion().get(0).n()).isEqualTo(5);
    assertThat(report.perQuestion().get(0).meanTarget()).hasValue(3.0);
    assertThat(report.answersPerSecond()).isPositive();
    assertThat(report.fittedCalibration()).isInstanceOf(IsotonicCalibration.class);
    // each row was predicted by a calibration fitted without its question
    assertThat(report.rows()).allSatisfy(r -> assertThat(r.fold()).isPresent());

    JsonNode json = Json.parse(report.toJson());
    assertThat(json.get("n").asInt()).isEqualTo(40);
    assertThat(json.get("target").asText()).isEqualTo("score");
    assertThat(json.get("kind").asText()).isEqualTo("numeric");
    assertThat(json.get("metrics").get("pearson").asDouble())
        .isEqualTo(report.metric("pearson").value());
    assertThat(json.get("ci").get("pearson").size()).isEqualTo(2);
    assertThat(json.get("uncalibrated").has("kendall")).isTrue();
    assertThat(json.get("answers_per_second").isNumber()).isTrue();
    assertThat(json.get("invalid_rows").asInt()).isZero();
    assertThat(json.get("fitted_calibration").get("type").asText()).isEqualTo("isotonic");
  }

  @Test
  void resultsDoNotDependOnThreadCount() {
    Dataset data = numericData();
    BenchmarkReport one = new BenchmarkRunner(options(1)).run(data, NOISY_ORACLE);
    BenchmarkReport many = new BenchmarkRunner(options(6)).run(data, NOISY_ORACLE);
    assertThat(many.metrics()).isEqualTo(one.metrics());
    assertThat(many.ci()).isEqualTo(one.ci());
    assertThat(many.uncalibratedCi()).isEqualTo(one.uncalibratedCi());
    assertThat(many.rows()).isEqualTo(one.rows());
  }

  @Test
  void undefinedMetricsRenderAsNullWithReason() throws Exception {
    RowScorer constant = RowScorer.named("constant", row -> Prediction.of(50));
    BenchmarkReport report =
        new BenchmarkRunner(options(2).withFolds(0)).run(numericData(), constant);
    assertThat(report.metrics()).isEmpty();
    assertThat(report.calibration().protocol()).isEqualTo(CalibrationProtocol.NONE);
    JsonNode json = Json.parse(report.toJson());
    assertThat(json.get("uncalibrated").get("pearson").isNull()).isTrue();
    assertThat(json.get("uncalibrated_ci").get("pearson").isNull()).isTrue();
    assertThat(json.get("undefined").get("uncalibrated.pearson").asText())
        .isEqualTo("predictions are constant");
  }

  static Dataset binaryData() {
    List<DatasetRow> rows = new ArrayList<>();
    for (int q = 0; q < 6; q++) {
      for (int a = 0; a < 6; a++) {
        String label = (a + q) % 2 == 0 ? "pass" : "fail";
        rows.add(DatasetRow.of("b" + q + "-" + a, "q" + q, "answer " + a, List.of(), label));
      }
    }
    return Dataset.of("binary", rows, DatasetOptions.defaults());
  }

  @Test
  void categoricalEndToEnd() throws Exception {
    RowScorer scorer =
        RowScorer.named(
            "label-reader",
            row -> {
              int noise = Math.floorMod(row.id().hashCode(), 21);
              double s = row.target().equals("pass") ? 60 + noise : 30 + noise;
              return Prediction.of(s, Map.of("length", (double) row.answer().length()));
            });
    Dataset data = binaryData();
    assertThat(data.classes()).containsExactly("fail", "pass");
    assertThat(data.ordinal()).isTrue();
    BenchmarkReport report = new BenchmarkRunner(options(2)).run(data, scorer);
    assertThat(report.kind()).isEqualTo(TargetKind.CATEGORICAL);
    assertThat(report.metrics())
        .containsOnlyKeys("accuracy", "macro_f1", "weighted_f1", "auc", "qwk");
    assertThat(report.uncalibrated()).containsOnlyKeys("auc", "spearman");
    assertThat(report.metric("uncalibrated.auc").value()).isGreaterThan(0.9);
    assertThat(report.metric("accuracy").value()).isGreaterThan(0.8);
    assertThat(report.confusion()).isNotNull();
    assertThat(report.confusion().total()).isEqualTo(36);
    assertThat(report.mainMetric()).isEqualTo("accuracy");
    JsonNode json = Json.parse(report.toJson());
    assertThat(json.get("kind").asText()).isEqualTo("categorical");
    assertThat(json.get("per_class").get("pass").get("support").asInt()).isEqualTo(18);
    assertThat(json.get("fitted_calibration").get("type").asText()).isEqualTo("logistic");
  }

  /** {@link #binaryData()} with pass/fail spelled accepted/rejected (not a recognised scale). */
  private static Dataset acceptedRejected(DatasetOptions options) {
    List<DatasetRow> rows =
        binaryData().rows().stream()
            .map(
                r ->
                    DatasetRow.of(
                        r.id(),
                        r.questionId(),
                        r.answer(),
                        List.of(),
                        r.target().equals("pass") ? "accepted" : "rejected"))
            .toList();
    return Dataset.of("binary", rows, options);
  }

  @Test
  void aucDependsOnTheNamedPositiveClassNotOnTheSpelling() throws Exception {
    RowScorer scorer =
        RowScorer.named(
            "label-reader",
            row -> {
              int noise = Math.floorMod(row.id().hashCode(), 41);
              boolean good = row.target().equals("pass") || row.target().equals("accepted");
              return Prediction.of(good ? 45 + noise : 30 + noise);
            });
    BenchmarkRunner runner = new BenchmarkRunner(options(2));
    BenchmarkReport passFail = runner.run(binaryData(), scorer);
    BenchmarkReport named =
        runner.run(
            acceptedRejected(DatasetOptions.defaults().withPositiveClass("accepted")), scorer);
    BenchmarkReport byDefault = runner.run(acceptedRejected(DatasetOptions.defaults()), scorer);

    assertThat(passFail.positiveClass()).isEqualTo("pass");
    assertThat(named.positiveClass()).isEqualTo("accepted");
    assertThat(named.classes()).containsExactly("accepted", "rejected");
    double raw = passFail.metric("uncalibrated.auc").value();
    assertThat(raw).isBetween(0.6, 0.99);
    assertThat(named.metric("uncalibrated.auc").value()).isEqualTo(raw);
    assertThat(named.metric("auc").value()).isEqualTo(passFail.metric("auc").value());
    // Without --positive the later label, "rejected", is positive and every output says so.
    assertThat(byDefault.positiveClass()).isEqualTo("rejected");
    assertThat(byDefault.metric("uncalibrated.auc").value()).isCloseTo(1 - raw, within(1e-12));
    assertThat(Json.parse(byDefault.toJson()).get("positive_class").asText()).isEqualTo("rejected");
    assertThat(ReportWriter.markdown(byDefault))
        .contains("(categorical, classes accepted, rejected, positive class for AUC: rejected)");
    assertThat(HtmlReport.render(byDefault))
        .contains("classes accepted, rejected, positive class for AUC: rejected)");
  }

  @Test
  void aConstantScorerGetsNoCalibratedRankingSignal() {
    RowScorer constant = RowScorer.named("constant", row -> Prediction.of(50));
    BenchmarkRunner runner = new BenchmarkRunner(options(2));

    BenchmarkReport numeric = runner.run(numericData(), constant);
    assertThat(numeric.calibration().folds()).hasValue(5);
    for (String m : List.of("pearson", "spearman", "kendall")) {
      assertThat(numeric.metric(m).reason())
          .as(m)
          .isEqualTo("predictions are constant in every fold");
      assertThat(numeric.ci()).as(m).doesNotContainKey(m);
    }

    BenchmarkReport binary = runner.run(binaryData(), constant);
    assertThat(binary.metric("auc").value()).isEqualTo(0.5);
    assertThat(binary.ci().get("auc").lower()).isEqualTo(0.5);
    assertThat(binary.ci().get("auc").upper()).isEqualTo(0.5);
    assertThat(binary.metric("uncalibrated.auc").value()).isEqualTo(0.5);
  }

  @Test
  void trainOnOneDatasetTestOnAnother() {
    Dataset train = numericData();
    List<DatasetRow> evalRows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      evalRows.add(
          DatasetRow.of("e" + i, "eq" + (i % 3), "eval answer " + i, List.of(), "" + (1 + i % 5)));
    }
    Dataset eval = Dataset.of("eval", evalRows, DatasetOptions.defaults());
    BenchmarkReport report =
        new BenchmarkRunner(
                options(2)
                    .withTrainDataset(train)
                    .withNumericCalibration(NumericCalibrationMethod.LINEAR))
            .run(eval, NOISY_ORACLE);
    assertThat(report.calibration().protocol()).isEqualTo(CalibrationProtocol.TRAIN_TEST);
    assertThat(report.calibration().trainDataset()).isEqualTo("toy");
    LinearCalibration fitted = (LinearCalibration) report.fittedCalibration();
    assertThat(report.rows())
        .allSatisfy(
            r ->
                assertThat(r.calibrated().getAsDouble()).isEqualTo(fitted.predict(r.prediction())));
  }

  @Test
  void aTrainingSetSharingRowsWithTheEvaluationSetIsRefusedBeforeScoring() {
    Dataset data = numericData();
    RowScorer mustNotRun =
        row -> {
          throw new AssertionError("scored " + row.id());
        };

    assertThatThrownBy(
            () -> new BenchmarkRunner(options(1).withTrainDataset(data)).run(data, mustNotRun))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the training set toy and the evaluation set toy share 40 rows (same question_id and"
                + " answer, and not two different ids), the first at toy:1 and toy:1: calibration"
                + " must not see the rows it is tested on (identical answers by different people"
                + " need different ids)");
  }

  @Test
  void rowsAreSharedWhenTheyAnswerTheSameQuestionAlikeUnlessTheirIdsDiffer() throws Exception {
    String train =
        """
        {"id":"t1","question_id":"q1","answer":"Rub them together.","score":4}
        {"question_id":"q1","answer":"Scratch one against the other.","score":3}
        {"id":"7","question_id":"q2","answer":"Heat it.","score":2}
        """;
    DatasetOptions o = DatasetOptions.defaults();
    Dataset trainSet = Dataset.readJsonLines(new StringReader(train), "train.jsonl", o);

    // Identical answers with different ids of their own, and a shared id with another answer.
    BenchmarkRunner.checkDisjoint(
        trainSet,
        Dataset.readJsonLines(
            new StringReader(
                """
                {"id":"e1","question_id":"q1","answer":"Rub them together.","score":4}
                {"id":"7","question_id":"q2","answer":"Cool it.","score":1}
                {"question_id":"q3","answer":"Heat it.","score":2}
                """),
            "eval.jsonl",
            o));
    // The same id, or no id on either side.
    String eval =
        """
        {"question_id":"q2","answer":"Cool it.","score":1}
        {"question_id":"q1","answer":"Rub them together.","score":4}
        {"id":"x","question_id":"q1","answer":"Scratch one against the other.","score":3}
        {"id":"7","question_id":"q2","answer":"Heat it.","score":2}
        """;
    assertThatThrownBy(
            () ->
                BenchmarkRunner.checkDisjoint(
                    trainSet, Dataset.readJsonLines(new StringReader(eval), "eval.jsonl", o)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the training set train.jsonl and the evaluation set eval.jsonl share 3 rows (same"
                + " question_id and answer, and not two different ids), the first at"
                + " train.jsonl:1 and eval.jsonl:2: ");
  }

  @Test
  void pairedComparisonOfTwoScorers() throws Exception {
    Dataset data = numericData();
    BenchmarkRunner runner = new BenchmarkRunner(options(3));
    Comparison c = runner.compare(data, NOISY_ORACLE, new RandomBaseline());
    assertThat(c.scorerA()).isEqualTo("noisy-oracle");
    assertThat(c.scorerB()).isEqualTo("random");
    Comparison.Difference pearson = c.calibrated().get("pearson");
    assertThat(pearson.difference().value()).isEqualTo(pearson.a().value() - pearson.b().value());
    assertThat(pearson.ci()).isNotNull();
    assertThat(pearson.ci().lower()).as("oracle clearly beats random").isPositive();
    assertThat(c.uncalibrated()).containsKeys("pearson", "spearman", "kendall");
    JsonNode json = Json.parse(c.toJson());
    assertThat(json.get("metrics").get("pearson").get("ci").size()).isEqualTo(2);
    Comparison again = runner.compare(data, NOISY_ORACLE, new RandomBaseline());
    assertThat(again).isEqualTo(c);
  }

  @Test
  void comparingReportsOnDifferentRowsFails() {
    BenchmarkRunner runner = new BenchmarkRunner(options(1));
    BenchmarkReport a = runner.run(numericData(), NOISY_ORACLE);
    BenchmarkReport b = runner.run(binaryData(), row -> Prediction.of(1));
    assertThatThrownBy(() -> runner.compare(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same rows");
  }

  @Test
  void scorerFailureNamesTheRow() {
    RowScorer broken =
        row -> {
          if (row.id().equals("r3-2")) {
            throw new IllegalStateException("boom");
          }
          return Prediction.of(1);
        };
    assertThatThrownBy(() -> new BenchmarkRunner(options(4)).run(numericData(), broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("failed on row 'r3-2'")
        .hasRootCauseMessage("boom");
  }

  @Test
  void crossValidationNeedsTwoQuestions() {
    Dataset one =
        Dataset.of(
            "one",
            List.of(
                DatasetRow.of("1", "q", "a", List.of(), "1"),
                DatasetRow.of("2", "q", "b", List.of(), "2")),
            DatasetOptions.defaults());
    assertThatThrownBy(() -> new BenchmarkRunner(options(1)).run(one, row -> Prediction.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 questions, got 1");
  }

  @Test
  void scoreAllKeepsRowOrder() {
    List<DatasetRow> rows = numericData().rows();
    Map<String, Double> expected = new HashMap<>();
    rows.forEach(r -> expected.put(r.id(), NOISY_ORACLE.score(r).score()));
    List<Prediction> scored = BenchmarkRunner.scoreAll(rows, NOISY_ORACLE, 7, null);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(scored.get(i).score()).isEqualTo(expected.get(rows.get(i).id()));
    }
  }
}
