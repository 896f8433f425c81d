package dev.answereval.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answereval.bench.CalibratedEvaluator;
import dev.answereval.bench.CalibratedScore;
import dev.answereval.bench.Calibration;
import dev.answereval.bench.CategoricalCalibration;
import dev.answereval.bench.Dataset;
import dev.answereval.bench.DatasetOptions;
import dev.answereval.bench.DatasetRow;
import dev.answereval.bench.EvaluatorRowScorer;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.ScoringProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATA = CliRun.resource("bench-grades.jsonl").toString();
  private static final String MALFORMED = CliRun.resource("bench-malformed.jsonl").toString();

  /** Runs bench with few resamples and folds so the tests stay fast. */
  private static CliRun bench(String... args) {
    List<String> all = new ArrayList<>(List.of("bench", "--data"));
    all.addAll(List.of(args));
    all.addAll(List.of("--threads", "2"));
    return CliRun.run("", all.toArray(String[]::new));
  }

  private static JsonNode json(CliRun r) throws IOException {
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    return JSON.readTree(r.out());
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void numericJsonHasEveryMetricWithItsInterval() throws IOException {
    JsonNode j = json(bench(DATA, "--folds", "3", "--json"));

    assertThat(j.get("n").asInt()).isEqualTo(12);
    assertThat(j.get("target").asText()).isEqualTo("score");
    assertThat(j.get("kind").asText()).isEqualTo("numeric");
    assertThat(j.get("scorer").asText()).isEqualTo("evaluator");
    assertThat(names(j.get("metrics")))
        .containsExactly("pearson", "spearman", "kendall", "qwk", "rmse", "mae");
    for (String m : names(j.get("metrics"))) {
      JsonNode ci = j.get("ci").get(m);
      assertThat(ci.isArray()).as(m).isTrue();
      assertThat(ci.get(0).asDouble()).as(m).isLessThanOrEqualTo(ci.get(1).asDouble());
    }
    assertThat(names(j.get("uncalibrated"))).contains("pearson", "spearman", "kendall");
    // The full answers outscore the off-topic ones, so the raw score correlates with the grades.
    assertThat(j.get("uncalibrated").get("spearman").asDouble()).isGreaterThan(0.5);
    assertThat(j.get("calibration").get("protocol").asText()).isEqualTo("cross_validation");
    assertThat(j.get("calibration").get("folds").asInt()).isEqualTo(3);
    assertThat(j.get("answers_per_second").asDouble()).isPositive();
    assertThat(j.get("per_question")).hasSize(3);
  }

  @Test
  void categoricalTargetReportsClassificationMetricsAndConfusion() throws IOException {
    JsonNode j = json(bench(DATA, "--target", "label", "--folds", "3", "--json"));

    assertThat(j.get("kind").asText()).isEqualTo("categorical");
    assertThat(j.get("target").asText()).isEqualTo("label");
    // "incorrect" < "correct" is a known ordinal scale, so the classes come in scale order.
    assertThat(j.get("classes").toString()).isEqualTo("[\"incorrect\",\"correct\"]");
    assertThat(j.get("ordinal").asBoolean()).isTrue();
    assertThat(names(j.get("metrics"))).contains("accuracy", "macro_f1", "weighted_f1", "auc");
    assertThat(j.get("ci").get("accuracy").isArray()).isTrue();
    assertThat(names(j.get("uncalibrated"))).contains("auc");
    JsonNode cm = j.get("confusion_matrix").get("counts");
    int total = 0;
    for (JsonNode row : cm) {
      for (JsonNode c : row) {
        total += c.asInt();
      }
    }
    assertThat(total).isEqualTo(12);
    assertThat(j.get("per_class").get("correct").get("support").asInt()).isEqualTo(6);
  }

  @Test
  void lexicalBaselinePresetsRunUnderTheirNames() throws IOException {
    JsonNode tfidf = json(bench(DATA, "--config", "tfidf", "--folds", "3", "--json"));
    JsonNode recall = json(bench(DATA, "--config", "recall", "--folds", "3", "--json"));

    assertThat(tfidf.get("scorer").asText()).isEqualTo("tfidf");
    assertThat(recall.get("scorer").asText()).isEqualTo("reference-recall");
    assertThat(tfidf.get("n").asInt()).isEqualTo(12);
    assertThat(recall.get("metrics").has("pearson")).isTrue();
  }

  @Test
  void compareReportsPairedDifferences() throws IOException {
    JsonNode suite = json(bench(DATA, "--folds", "3", "--compare", "tfidf", "--json"));

    // The documented several-scorer JSON, as with two --config options.
    assertThat(names(suite))
        .containsExactly("dataset", "n", "target", "kind", "scorers", "reports", "comparisons");
    assertThat(suite.get("scorers").toString()).isEqualTo("[\"evaluator\",\"tfidf\"]");
    assertThat(suite.get("reports").get(1).get("scorer").asText()).isEqualTo("tfidf");
    assertThat(suite.get("reports").get(1).get("ci").get("pearson").isArray()).isTrue();
    assertThat(suite.get("comparisons")).hasSize(1);
    JsonNode j = suite.get("comparisons").get(0);
    assertThat(j.get("a").asText()).isEqualTo("evaluator");
    assertThat(j.get("b").asText()).isEqualTo("tfidf");
    assertThat(j.get("n").asInt()).isEqualTo(12);
    JsonNode pearson = j.get("metrics").get("pearson");
    assertThat(pearson.get("a_minus_b").asDouble())
        .isCloseTo(pearson.get("a").asDouble() - pearson.get("b").asDouble(), within(1e-12));
    assertThat(j.get("bootstrap").get("paired").asBoolean()).isTrue();
  }

  @Test
  void repeatedConfigAndBaselinesRunEveryScorerInOneSuite() throws IOException {
    JsonNode j = json(bench(DATA, "--target", "label", "--folds", "3", "--baselines", "--json"));

    assertThat(j.get("scorers").toString())
        .isEqualTo("[\"evaluator\",\"tfidf\",\"reference-recall\",\"random\"]");
    assertThat(j.get("n").asInt()).isEqualTo(12);
    assertThat(j.get("reports")).hasSize(4);
    assertThat(j.get("reports").get(3).get("metrics").has("auc")).isTrue();
    assertThat(j.get("comparisons")).hasSize(3);
    assertThat(j.get("comparisons").get(2).get("b").asText()).isEqualTo("random");

    JsonNode two =
        json(bench(DATA, "--config", "recall", "--config", "tfidf", "--folds", "3", "--json"));
    assertThat(two.get("scorers").toString()).isEqualTo("[\"reference-recall\",\"tfidf\"]");
  }

  @Test
  void outWritesReportFilesAndAShippableCalibration(@TempDir Path dir) throws IOException {
    CliRun r = bench(DATA, "--target", "label", "--folds", "3", "--out", dir.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("evaluator on ", "n=12", "accuracy");
    for (String f :
        List.of(
            "summary.json", "predictions.jsonl", "report.md", "report.html", "calibration.json")) {
      assertThat(dir.resolve(f)).as(f).isNotEmptyFile();
    }
    List<String> rows = Files.readAllLines(dir.resolve("predictions.jsonl"));
    assertThat(rows).hasSize(12);
    JsonNode first = JSON.readTree(rows.get(0));
    assertThat(first.get("id").asText()).isEqualTo("r1");
    assertThat(first.get("target").asText()).isEqualTo("correct");
    assertThat(first.get("probabilities").has("incorrect")).isTrue();
    assertThat(first.get("keypoint_coverage").get("ref-1").asDouble()).isGreaterThan(0.5);
    assertThat(first.get("extra").get("grader").asText()).isEqualTo("g1");
    Calibration c = Calibration.read(dir.resolve("calibration.json"));
    assertThat(((CategoricalCalibration) c).classes()).containsExactly("incorrect", "correct");
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("<svg")
        .doesNotContain("src=\"http", "href=\"http", "<link");
  }

  /**
   * The recipe of docs/bench.md "Shipping a calibration": an evaluator rebuilt from the same
   * dataset with {@code EvaluatorRowScorer.forDataset} gives every row the raw score that {@code
   * bench} wrote to predictions.jsonl, next to the calibration.json that bench wrote.
   */
  @Test
  void theDocumentedRecipeRebuildsTheEvaluatorThatBenchUsed(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    CliRun r = bench(DATA, "--target", "label", "--folds", "3", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();

    Dataset dataset = Dataset.load(Path.of(DATA), DatasetOptions.defaults().withTarget("label"));
    EvaluatorRowScorer rows =
        EvaluatorRowScorer.forDataset(dataset, null, ScoringProfile.defaults());
    List<String> predictions = Files.readAllLines(out.resolve("predictions.jsonl"));
    assertThat(predictions).hasSize(dataset.size());
    int checked = 0;
    for (String line : predictions) {
      JsonNode p = JSON.readTree(line);
      String id = p.get("id").asText();
      if (!List.of("r1", "r3", "r6", "r10", "r12").contains(id)) {
        continue;
      }
      DatasetRow answered =
          dataset.rows().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      // Any row of the question will do: evaluatorFor reads only its question id.
      DatasetRow row =
          dataset.rows().stream()
              .filter(x -> x.questionId().equals(answered.questionId()))
              .findFirst()
              .orElseThrow();
      CalibratedEvaluator scorer =
          CalibratedEvaluator.load(rows.evaluatorFor(row), out.resolve("calibration.json"));
      CalibratedScore s = scorer.score(answered.answer());

      assertThat(s.prediction().score()).as(id).isEqualTo(p.get("raw_score").asDouble());
      assertThat(s.label()).as(id).isIn("incorrect", "correct");
      checked++;
    }
    assertThat(checked).isEqualTo(5);
  }

  @Test
  void suiteOutWritesEachScorerAndEachComparison(@TempDir Path dir) {
    CliRun r =
        bench(
            DATA,
            "--folds",
            "3",
            "--config",
            "default",
            "--config",
            "recall",
            "--out",
            dir.toString());

    assertThat(r.status()).isZero();
    assertThat(dir.resolve("calibration.json")).isNotEmptyFile();
    assertThat(dir.resolve("suite.json")).isNotEmptyFile();
    assertThat(dir.resolve("comparison-reference-recall.json")).isNotEmptyFile();
    assertThat(dir.resolve("reference-recall").resolve("summary.json")).isNotEmptyFile();
    assertThat(r.out()).contains("evaluator minus reference-recall");
  }

  private static List<String> listing(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aRerunIntoTheSameOutLeavesNoFileOfTheEarlierRun(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("report");
    CliRun first =
        bench(DATA, "--folds", "3", "--config", "tfidf", "--baselines", "--out", dir.toString());
    assertThat(first.status()).isZero();
    assertThat(listing(dir)).contains("calibration.json", "suite.json", "random");

    CliRun second = bench(DATA, "--folds", "0", "--config", "tfidf", "--out", dir.toString());

    assertThat(second.status()).isZero();
    assertThat(listing(dir))
        .containsExactly("predictions.jsonl", "report.html", "report.md", "summary.json");
    assertThat(JSON.readTree(dir.resolve("summary.json").toFile()).get("calibration").toString())
        .isEqualTo("{\"protocol\":\"none\",\"method\":\"none\"}");
  }

  @Test
  void outKeepsAnExistingDirectoryWithItsModeAndIdentity(@TempDir Path tmp) throws IOException {
    assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("unix"));
    Path dir = Files.createDirectory(tmp.resolve("shared"));
    Files.setAttribute(dir, "unix:mode", 02770); // drwxrws---: setgid, group only
    Object identity = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();

    CliRun r = bench(DATA, "--folds", "3", "--config", "tfidf", "--out", dir.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readAttributes(dir, BasicFileAttributes.class).fileKey()).isEqualTo(identity);
    assertThat(Integer.toOctalString((Integer) Files.getAttribute(dir, "unix:mode") & 07777))
        .isEqualTo("2770");
    assertThat(listing(dir))
        .containsExactly(
            "calibration.json", "predictions.jsonl", "report.html", "report.md", "summary.json");
    assertThat(listing(tmp)).containsExactly("shared");
  }

  @Test
  void aFailedSuiteWriteWritesNothingAndSaysWhy(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("reference-recall"), "not a directory");

    CliRun r =
        bench(
            DATA,
            "--folds",
            "3",
            "--config",
            "tfidf",
            "--compare",
            "recall",
            "--out",
            dir.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "bench: cannot write the report to "
                + dir
                + ": it holds 'reference-recall', which no earlier report wrote; nothing was"
                + " written: use a new or empty directory, or move 'reference-recall' away\n");
    assertThat(listing(dir)).containsExactly("reference-recall");
  }

  @Test
  void aBadOutIsRefusedBeforeAnythingIsScored(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("grades.csv"), "keep me");
    Path latin1 = dir.resolve("broken.jsonl");
    Files.write(latin1, new byte[] {'{', (byte) 0xE9, '}', '\n'});

    // The dataset is malformed too: the --out error comes first, so nothing was read or scored.
    CliRun existing = bench(latin1.toString(), "--out", file.toString());
    CliRun empty = bench(DATA, "--out", "");

    assertThat(existing.status()).isEqualTo(2);
    assertThat(existing.err())
        .isEqualTo(
            "bench: cannot write the report to " + file + ": it exists and is not a directory\n");
    assertThat(Files.readString(file)).isEqualTo("keep me");
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.out()).isEmpty();
    assertThat(empty.err()).isEqualTo("bench: --out must name a directory, got ''\n");
  }

  @Test
  void malformedRowFailsWithFileAndLineAndExitTwo() {
    CliRun r = bench(MALFORMED, "--json");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("bench: ").contains("bench-malformed.jsonl:3:");
  }

  @Test
  void unreadableDataIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("latin1.jsonl");
    Files.write(
        latin1,
        (Files.readString(Path.of(DATA)).strip()
                + "\n{\"question_id\":\"q1\",\"answer\":\"caf\u00e9\"}\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Path folder = Files.createDirectory(dir.resolve("folder.jsonl"));

    CliRun data = bench(latin1.toString(), "--skip-invalid");
    CliRun train = bench(DATA, "--train", latin1.toString());
    CliRun directory = bench(folder.toString());

    assertThat(data.status()).isEqualTo(2);
    assertThat(data.err()).isEqualTo("bench: latin1.jsonl:13: not UTF-8 text\n");
    assertThat(train.err()).isEqualTo("bench: latin1.jsonl:13: not UTF-8 text\n");
    assertThat(directory.err())
        .isEqualTo("bench: cannot read dataset file '" + folder + "': it is a directory\n");
  }

  @Test
  void aStrayLabelAmongNumericGradesIsAnErrorUnlessKindSaysCategorical(@TempDir Path dir)
      throws IOException {
    Path typo = dir.resolve("typo.jsonl");
    Files.writeString(
        typo, Files.readString(Path.of(DATA)).replaceFirst("\"score\": 3", "\"score\": \"3.o\""));

    CliRun strict = bench(typo.toString());
    JsonNode skipped = json(bench(typo.toString(), "--skip-invalid", "--folds", "3", "--json"));
    JsonNode labels =
        json(bench(typo.toString(), "--kind", "categorical", "--folds", "3", "--json"));
    CliRun forced = bench(typo.toString(), "--kind", "numeric");
    CliRun badKind = bench(typo.toString(), "--kind", "ordinal");
    CliRun answer = bench(DATA, "--target", "answer");

    assertThat(strict.status()).isEqualTo(2);
    assertThat(strict.err())
        .isEqualTo(
            "bench: typo.jsonl:2: target 'score' must be a number, got '3.o' (11 of 12 values are numbers; to"
                + " read every value as a class label, make the target kind categorical)\n");
    assertThat(skipped.get("kind").asText()).isEqualTo("numeric");
    assertThat(skipped.get("invalid_rows").asInt()).isEqualTo(1);
    assertThat(labels.get("kind").asText()).isEqualTo("categorical");
    assertThat(forced.err())
        .isEqualTo("bench: typo.jsonl:2: target 'score' must be a number, got '3.o'\n");
    assertThat(badKind.err())
        .isEqualTo("bench: --kind must be numeric or categorical, got 'ordinal'\n");
    assertThat(answer.err())
        .isEqualTo(
            "bench: target must be the field holding the grade, not 'answer', one of the fields"
                + " every row is made of [answer, id, question, question_id, reference,"
                + " references]\n");
  }

  @Test
  void anAnswerTheScorerRefusesIsAnInvalidRowNotAScoreOfZero(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(DATA)));
    lines.set(1, lines.get(1).replace("It keeps data", "It keeps\\u0007 data"));
    lines.set(
        5, lines.get(5).replaceFirst("\"answer\": \"[^\"]*\"", "\"answer\": \"12 34 56 ok\""));
    lines.set(9, lines.get(9).replace("The producer", "The producer " + "so ".repeat(7_000)));
    Path refused = dir.resolve("refused.jsonl");
    Files.write(refused, lines);

    CliRun strict =
        bench(refused.toString(), "--folds", "3", "--out", dir.resolve("out").toString());
    JsonNode skipped = json(bench(refused.toString(), "--skip-invalid", "--folds", "3", "--json"));
    CliRun text = bench(refused.toString(), "--skip-invalid", "--folds", "3");

    assertThat(strict.status()).isEqualTo(2);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err())
        .isEqualTo(
            "bench: refused.jsonl:2: answer does not look like text: it contains control character"
                + " U+0007 at offset 8\n");
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(skipped.get("n").asInt()).isEqualTo(9);
    assertThat(skipped.get("invalid_rows").asInt()).isEqualTo(3);
    assertThat(text.out()).contains("skipped 3 invalid rows");
  }

  @Test
  void skipInvalidSkipsAndCountsBadRows() throws IOException {
    JsonNode j = json(bench(MALFORMED, "--skip-invalid", "--folds", "3", "--json"));

    assertThat(j.get("n").asInt()).isEqualTo(10);
    assertThat(j.get("invalid_rows").asInt()).isEqualTo(2);

    CliRun text = bench(MALFORMED, "--skip-invalid", "--folds", "3");
    assertThat(text.out()).contains("skipped 2 invalid rows");
  }

  @Test
  void profileFileSetsWeightsAndMinWords(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("short.json");
    Files.writeString(profile, "{\"minWords\": 1, \"keyPointWeight\": 2}");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"minWords\": 0.5}");

    JsonNode j = json(bench(DATA, "--config", profile.toString(), "--folds", "0", "--json"));
    CliRun r = bench(DATA, "--config", bad.toString(), "--json");

    assertThat(j.get("scorer").asText()).isEqualTo("short.json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("'minWords' must be a whole number >= 1, got 0.5");
  }

  @Test
  void shortAnswersAreScoredWhenTheReferencesAreShort(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("short.jsonl");
    Files.writeString(
        data,
        """
        {"id":"a","question_id":"q1","answer":"the gap separates them","reference":"The terminals \
        are separated by a gap.","score":5}
        {"id":"b","question_id":"q2","answer":"the bulb is damaged","reference":"The bulb is \
        damaged.","score":4}
        """);
    Path standardDir = dir.resolve("standard");
    Path shortDir = dir.resolve("short");

    CliRun standard = bench(data.toString(), "--folds", "0", "--out", standardDir.toString());
    CliRun shortAnswers =
        bench(data.toString(), "--config", "short", "--folds", "0", "--out", shortDir.toString());

    assertThat(standard.status()).as(standard.err()).isZero();
    assertThat(shortAnswers.status()).as(shortAnswers.err()).isZero();
    assertThat(shortAnswers.out()).startsWith("evaluator-short on short.jsonl: n=2");
    // Four words are below the default profile's minimum of 8, but the rubric built from a
    // six-word reference expects answers from 2 words on, so the default scores them as well.
    JsonNode a = JSON.readTree(Files.readAllLines(standardDir.resolve("predictions.jsonl")).get(0));
    JsonNode b = JSON.readTree(Files.readAllLines(shortDir.resolve("predictions.jsonl")).get(0));
    assertThat(a.get("raw_score").asDouble()).isGreaterThan(50);
    assertThat(a.get("keypoint_coverage").get("ref-1").asDouble()).isGreaterThan(0.5);
    assertThat(b.get("raw_score").asDouble()).isGreaterThan(50);
    assertThat(b.get("keypoint_coverage").get("ref-1").asDouble()).isGreaterThan(0.5);
  }

  @Test
  void positiveNamesTheClassThatAucTreatsAsPositive(@TempDir Path dir) throws IOException {
    Path renamed = dir.resolve("right-wrong.jsonl");
    Files.writeString(
        renamed,
        Files.readString(Path.of(DATA))
            .replace("\"label\": \"correct\"", "\"label\": \"right\"")
            .replace("\"label\": \"incorrect\"", "\"label\": \"wrong\""));
    JsonNode original =
        json(bench(DATA, "--target", "label", "--config", "tfidf", "--folds", "3", "--json"));
    JsonNode named =
        json(
            bench(
                renamed.toString(),
                "--target",
                "label",
                "--config",
                "tfidf",
                "--positive",
                "right",
                "--folds",
                "3",
                "--json"));
    JsonNode byDefault =
        json(
            bench(
                renamed.toString(),
                "--target",
                "label",
                "--config",
                "tfidf",
                "--folds",
                "3",
                "--json"));

    assertThat(original.get("positive_class").asText()).isEqualTo("correct");
    assertThat(named.get("positive_class").asText()).isEqualTo("right");
    assertThat(named.get("classes").toString()).isEqualTo("[\"right\",\"wrong\"]");
    double raw = original.get("uncalibrated").get("auc").asDouble();
    assertThat(named.get("uncalibrated").get("auc").asDouble()).isEqualTo(raw);
    assertThat(named.get("metrics").get("auc").asDouble())
        .isEqualTo(original.get("metrics").get("auc").asDouble());
    assertThat(byDefault.get("positive_class").asText()).isEqualTo("wrong");
    assertThat(byDefault.get("uncalibrated").get("auc").asDouble())
        .isCloseTo(1 - raw, within(1e-12));

    CliRun console = bench(renamed.toString(), "--target", "label", "--config", "tfidf");
    assertThat(console.out()).contains("  classes right, wrong; positive class for auc: wrong\n");
    CliRun bad = bench(renamed.toString(), "--target", "label", "--positive", "correct");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err())
        .isEqualTo(
            "bench: positive class 'correct' must be one of the two classes of target 'label',"
                + " got classes [right, wrong]\n");
  }

  @Test
  void compareJsonIsTheSuiteJsonThatOutWrites(@TempDir Path dir) throws IOException {
    CliRun r =
        bench(
            DATA,
            "--folds",
            "3",
            "--config",
            "tfidf",
            "--compare",
            "recall",
            "--json",
            "--out",
            dir.toString());

    assertThat(r.status()).isZero();
    assertThat(JSON.readTree(r.out())).isEqualTo(JSON.readTree(dir.resolve("suite.json").toFile()));
  }

  @Test
  void everyScorerIsResolvedBeforeAnyIsRun(@TempDir Path dir) throws IOException {
    // A categorical training set for a numeric target fails the run, but only after the first
    // scorer has scored every row: the bad --compare name must be reported instead.
    Path train = dir.resolve("train.jsonl");
    Files.writeString(
        train,
        "{\"question_id\": \"q\", \"answer\": \"a\", \"score\": \"good\"}\n"
            + "{\"question_id\": \"q\", \"answer\": \"b\", \"score\": \"bad\"}\n");

    CliRun r = bench(DATA, "--train", train.toString(), "--config", "tfidf", "--compare", "bogus");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "bench: scorer must be default, short, tfidf, recall, random or a profile JSON file,"
                + " got 'bogus'\n");
    // The same run with a valid --compare fails on the training set, so the order is what differs.
    CliRun valid =
        bench(DATA, "--train", train.toString(), "--config", "tfidf", "--compare", "recall");
    assertThat(valid.err())
        .isEqualTo(
            "bench: training dataset target is CATEGORICAL but evaluation target is NUMERIC\n");
  }

  @Test
  void aTrainingFileThatIsTheDataFileIsRefused(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), Path.of(DATA));

    CliRun same = bench(DATA, "--train", DATA, "--out", dir.resolve("out").toString());
    CliRun linked = bench(DATA, "--train", link.toString());

    assertThat(same.status()).isEqualTo(2);
    assertThat(same.out()).isEmpty();
    assertThat(same.err())
        .isEqualTo(
            "bench: --train "
                + DATA
                + " and --data "
                + DATA
                + " are the same file: calibration must not see the rows it is tested on; give"
                + " --train a separate training set, or cross-validate with --folds instead\n");
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(linked.status()).isEqualTo(2);
    assertThat(linked.err()).startsWith("bench: --train " + link + " and --data " + DATA + " are");
  }

  @Test
  void aTrainingFileSharingRowsWithTheDataIsRefused(@TempDir Path dir) throws IOException {
    List<String> rows = Files.readAllLines(Path.of(DATA));
    Path train = dir.resolve("train.jsonl");
    // r5 and r9 copied; r2's answer again, by someone else (another id), is not the same row.
    Files.write(
        train,
        List.of(
            "{\"id\": \"t1\", \"question_id\": \"cache\", \"answer\": \"A cache stores data.\","
                + " \"reference\": \"Fast memory.\", \"score\": 2}",
            rows.get(4),
            rows.get(1).replace("\"r2\"", "\"t2\""),
            rows.get(8)));

    CliRun r = bench(DATA, "--train", train.toString());
    Files.write(train, List.of(rows.get(1).replace("\"r2\"", "\"t2\"")));
    CliRun distinct = bench(DATA, "--train", train.toString(), "--config", "tfidf");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "bench: the training set train.jsonl and the evaluation set bench-grades.jsonl share 2"
                + " rows (same question_id and answer, and not two different ids), the first at"
                + " train.jsonl:2 and bench-grades.jsonl:5: calibration must not see the rows it is"
                + " tested on (identical answers by different people need different ids)\n");
    assertThat(distinct.status()).as(distinct.err()).isZero();
  }

  @Test
  void consoleListsUncalibratedMetricsWithIntervalsAndMarksTheMain() {
    CliRun r =
        bench(
            DATA, "--target", "label", "--folds", "0", "--config", "tfidf", "--compare", "recall");

    assertThat(r.status()).isZero();
    String out = r.out();
    // Without calibration every metric is uncalibrated: value and interval in the last columns.
    assertThat(out)
        .containsPattern(
            "\\n  auc {21} {10} {20}  +[0-9.]+ +\\[[0-9.]+, [0-9.]+\\]  \\(main: uncalibrated\\)\\n");
    assertThat(out)
        .containsPattern("\\n  spearman {16} {10} {20}  +-?[0-9.]+ +\\[-?[0-9.]+, -?[0-9.]+\\]\\n");
    assertThat(out)
        .contains("tfidf minus reference-recall (paired bootstrap by question, n=12):\n");
    assertThat(out).containsPattern("\\n  uncalibrated\\.auc {15}( +-?[0-9.]+){3} +\\[");
    assertThat(out).containsPattern("\\n  uncalibrated\\.spearman {10}( +-?[0-9.]+){3} +\\[");
  }

  @Test
  void consoleShowsBothColumnsForCalibratedMetricsAndTheMainMarker() {
    CliRun r = bench(DATA, "--target", "label", "--folds", "3", "--config", "tfidf");

    assertThat(r.status()).isZero();
    assertThat(r.out())
        .containsPattern("\\n  accuracy {16} +[0-9.]+ +\\[[0-9.]+, [0-9.]+\\] {35}  \\(main\\)\\n");
    assertThat(r.out())
        .containsPattern(
            "\\n  auc {21} +[0-9.]+ +\\[[0-9.]+, [0-9.]+\\] +[0-9.]+ +\\[[0-9.]+, [0-9.]+\\]\\n");
  }

  @Test
  void scorerNamesAndProfilesAreCheckedWithoutBuildingAnything(@TempDir Path dir)
      throws IOException {
    for (String name : List.of("default", "short", "tfidf", "recall", "random")) {
      BenchCommand.checkScorer(name);
    }
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"keyPointWeight\": 1, \"colour\": 2}");
    assertThatThrownBy(() -> BenchCommand.checkScorer(bad.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            bad
                + ": unknown profile key 'colour', allowed [exemplarWeight, keyPointWeight,"
                + " lengthWeight, minWords, starWeight, topicWeight]");
    assertThatThrownBy(() -> BenchCommand.checkScorer("bogus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "scorer must be default, short, tfidf, recall, random or a profile JSON file, got"
                + " 'bogus'");

    // A bad profile after "default" is reported, with nothing on stdout.
    CliRun r = bench(DATA, "--config", "default", "--config", bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("bench: " + bad + ": unknown profile key 'colour'");
  }

  @Test
  void profileFileErrorsNameTheFileAndWhatIsWrong(@TempDir Path dir) throws IOException {
    record Case(String text, String problem) {}
    List<Case> cases =
        List.of(
            new Case(
                "{\"keyPointWeight\": 1,,}",
                ":1: invalid JSON: Unexpected character (',' (code 44)): was expecting double-quote"
                    + " to start field name"),
            new Case(
                "{\"keyPointWeight\": 1,\n \"keyPointWeight\": 0.2}",
                ":2: duplicate field 'keyPointWeight'"),
            new Case(
                "{\"keyPointWeight\": 1}\n garbage",
                ":2: unexpected content after the JSON object"),
            new Case("{\"keyPointWeight\": 1} {}", ":1: unexpected content after the JSON object"),
            new Case(
                "{\"topicWeight\": [1",
                ":1: invalid JSON: Unexpected end-of-input: expected" + " close marker for Array"),
            new Case("", ": a profile must be a JSON object"),
            new Case(
                "{\"keyPointWeight\": -5}", ": keyPointWeight must be finite and >= 0, got -5.0"),
            new Case(
                "{\"keyPointWeight\": 0, \"exemplarWeight\": 0, \"topicWeight\": 0,"
                    + " \"starWeight\": 0, \"lengthWeight\": 0}",
                ": at least one signal weight must be > 0"));
    for (int i = 0; i < cases.size(); i++) {
      Path file = dir.resolve("p" + i + ".json");
      Files.writeString(file, cases.get(i).text());

      CliRun r = bench(DATA, "--config", file.toString());

      assertThat(r.status()).as(cases.get(i).text()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("bench: " + file + cases.get(i).problem() + "\n");
    }
  }

  @Test
  void anEmptyBankIsRefusedBeforeTheDataIsRead() {
    CliRun r = bench("no-such-data.jsonl", "--bank", "");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("bench: --bank must not be empty\n");
  }

  @Test
  void bankFileProblemsAreReportedAsByTheOtherCommands(@TempDir Path dir) {
    Path missing = dir.resolve("nosuch.yaml");

    CliRun file = bench(DATA, "--bank", missing.toString());
    CliRun folder = bench(DATA, "--bank", dir.toString());
    CliRun name = bench(DATA, "--bank", "no-such-bank");

    assertThat(file.status()).isEqualTo(2);
    assertThat(file.err())
        .isEqualTo("bench: cannot read bank file '" + missing + "': no such file\n");
    // BankOption's message, as for score and questions; the reason is the system's.
    assertThat(folder.err()).startsWith("bench: cannot read bank file '" + dir + "': ");
    assertThat(name.err())
        .isEqualTo(
            "bench: no bank 'no-such-bank': not a file, and no built-in bank has that name\n");
  }

  @Test
  void questionIdsMissingFromTheBankAreNamedOnStderr() throws IOException {
    CliRun r = bench(DATA, "--bank", "mental-health", "--folds", "0", "--json");
    CliRun lexical = bench(DATA, "--bank", "mental-health", "--config", "tfidf", "--folds", "0");

    assertThat(r.status()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "bench: note: 3 question ids are not in bank 'mental-health' and are scored against"
                + " rubrics built from their references: cache, index, queue\n");
    assertThat(JSON.readTree(r.out()).get("n").asInt()).isEqualTo(12);
    assertThat(lexical.err()).as("tf-idf does not use the bank").isEmpty();
    QuestionBank bank = QuestionBank.builtIn("mental-health");
    List<DatasetRow> rows = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      rows.add(DatasetRow.of("r" + i, "q" + i, "an answer", List.of(), "1"));
    }
    Dataset twelve = Dataset.of("twelve", rows, DatasetOptions.defaults());
    Dataset one =
        Dataset.of(
            "one",
            List.of(
                DatasetRow.of("a", "mhs-01", "an answer", List.of(), "1"),
                DatasetRow.of("b", "mhs-1", "an answer", List.of(), "2")),
            DatasetOptions.defaults());
    assertThat(BenchCommand.missingFromBank(twelve, bank))
        .isEqualTo(
            "bench: note: 12 question ids are not in bank 'mental-health' and are scored against"
                + " rubrics built from their references: q1, q2, q3, q4, q5, q6, q7, q8, q9, q10"
                + " and 2 more");
    assertThat(BenchCommand.missingFromBank(one, bank))
        .isEqualTo(
            "bench: note: 1 question id is not in bank 'mental-health' and is scored against a"
                + " rubric built from its references: mhs-1");
    Dataset inBank =
        Dataset.of(
            "in-bank",
            List.of(DatasetRow.of("a", "mhs-01", "an answer", List.of(), "1")),
            DatasetOptions.defaults());
    assertThat(BenchCommand.missingFromBank(inBank, bank)).isNull();
  }

  @Test
  void fewerQuestionsThanFoldsIsSaidInANoteOnStderr() throws IOException {
    CliRun r = bench(DATA, "--target", "label", "--json");
    CliRun asked = bench(DATA, "--target", "label", "--folds", "3", "--json");
    CliRun none = bench(DATA, "--target", "label", "--folds", "0", "--json");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEqualTo("bench: note: only 3 questions: using 3 folds instead of 5\n");
    assertThat(JSON.readTree(r.out()).get("calibration").get("folds").asInt()).isEqualTo(3);
    assertThat(asked.err()).isEmpty();
    assertThat(none.err()).isEmpty();
  }

  @Test
  void unknownScorerIsAnError() {
    CliRun r = bench(DATA, "--config", "nonesuch");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "bench: scorer must be default, short, tfidf, recall, random or a profile JSON file,"
                + " got 'nonesuch'\n");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
