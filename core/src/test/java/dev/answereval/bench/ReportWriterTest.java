package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static List<String> listing(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesFiveCompleteFilesAndNoTemporaries(@TempDir Path tmp) throws Exception {
    BenchmarkReport report =
        new BenchmarkRunner(BenchmarkOptions.defaults().withBootstrapResamples(50).withThreads(2))
            .run(BenchmarkRunnerTest.numericData(), BenchmarkRunnerTest.NOISY_ORACLE);
    Path dir = tmp.resolve("out");
    ReportWriter.write(report, dir);
    ReportWriter.write(report, dir); // overwriting is fine
    assertThat(Files.isReadable(dir.resolve("summary.json"))).isTrue();
    assertThat(listing(dir))
        .containsExactly(
            "calibration.json", "predictions.jsonl", "report.html", "report.md", "summary.json");
    assertThat(Calibration.read(dir.resolve("calibration.json")).toJson())
        .isEqualTo(report.fittedCalibration().toJson());

    JsonNode summary = Json.parse(Files.readString(dir.resolve("summary.json")));
    assertThat(summary.get("n").asInt()).isEqualTo(40);

    List<String> lines =
        Files.readAllLines(dir.resolve("predictions.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(40);
    JsonNode first = Json.parse(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("r0-0");
    assertThat(first.get("question_id").asText()).isEqualTo("q0");
    assertThat(first.get("target").asDouble()).isEqualTo(1.0);
    assertThat(first.get("raw_score").isNumber()).isTrue();
    assertThat(first.get("prediction").isNumber()).isTrue();
    assertThat(first.get("keypoint_coverage").get("kp-1").asDouble()).isEqualTo(0.2);
    assertThat(first.get("extra").get("rater").asText()).isEqualTo("r0");

    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md).contains("# Benchmark: noisy-oracle on toy");
    assertThat(md).contains("| pearson |");
    assertThat(md).contains("5-fold cross-validation grouped by question");

    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("<circle");
    assertThat(html).doesNotContain("src=").doesNotContain("href=").doesNotContain("<script");
    assertThat(html).contains("Per question: spearman");
  }

  @Test
  void categoricalHtmlHasAConfusionHeatMap(@TempDir Path tmp) throws Exception {
    BenchmarkReport report =
        new BenchmarkRunner(BenchmarkOptions.defaults().withBootstrapResamples(20).withThreads(1))
            .run(
                BenchmarkRunnerTest.binaryData(),
                row -> Prediction.of(row.target().equals("pass") ? 70 : 20));
    ReportWriter.write(report, tmp);
    String html = Files.readString(tmp.resolve("report.html"));
    assertThat(html)
        .contains("Confusion matrix")
        .contains("<rect")
        .contains("human pass, predicted pass: 18");
    String predictions = Files.readString(tmp.resolve("predictions.jsonl"));
    assertThat(predictions).contains("\"prediction\":\"pass\"").contains("\"probabilities\":{");
  }

  @Test
  void htmlEscapesText() {
    assertThat(HtmlReport.esc("<a href=\"x\">&'"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  }

  @Test
  void barLabelsKeepShortIdsAndShortenLongOnes() {
    assertThat(HtmlReport.barLabel("BULB_C_VOLTAGE_EXPLAIN_WHY1", 103))
        .isEqualTo("BULB_C_VOLTAGE_EXPLAIN_WHY1 (n=103)");
    assertThat(HtmlReport.barLabel("x".repeat(60), 2)).isEqualTo("x".repeat(47) + "\u2026 (n=2)");
  }

  private static BenchmarkSuite suite(int folds, RowScorer... scorers) {
    return BenchmarkSuite.run(
        new BenchmarkRunner(
            BenchmarkOptions.defaults().withBootstrapResamples(20).withThreads(1).withFolds(folds)),
        BenchmarkRunnerTest.numericData(),
        List.of(scorers));
  }

  @Test
  void aLaterRunReplacesEveryFileOfAnEarlierOne(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("out");
    ReportWriter.write(suite(5, BenchmarkRunnerTest.NOISY_ORACLE, new RandomBaseline()), dir);
    assertThat(listing(dir))
        .containsExactly(
            "calibration.json",
            "comparison-random.json",
            "predictions.jsonl",
            "random",
            "report.html",
            "report.md",
            "suite.json",
            "summary.json");

    BenchmarkReport uncalibrated = suite(0, BenchmarkRunnerTest.NOISY_ORACLE).primary();
    ReportWriter.write(uncalibrated, dir);

    // No calibration.json, suite.json, comparison or subdirectory of the first run survives.
    assertThat(listing(dir))
        .containsExactly("predictions.jsonl", "report.html", "report.md", "summary.json");
    assertThat(Files.readString(dir.resolve("summary.json")))
        .isEqualTo(uncalibrated.toJson() + "\n");
    assertThat(listing(tmp)).containsExactly("out");
  }

  @Test
  void aDirectoryWithOtherFilesIsRefusedAndLeftAlone(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("out");
    Files.createDirectories(dir.resolve("random"));
    Files.writeString(dir.resolve("summary.json"), "old");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    BenchmarkReport report = suite(0, BenchmarkRunnerTest.NOISY_ORACLE).primary();

    assertThatThrownBy(() -> ReportWriter.write(report, dir))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "cannot write the report to "
                + dir
                + ": it holds 'notes.txt', which no earlier report wrote; nothing was written: use"
                + " a new or empty directory, or move 'notes.txt' away");
    assertThat(listing(dir)).containsExactly("notes.txt", "random", "summary.json");
    assertThat(Files.readString(dir.resolve("summary.json"))).isEqualTo("old");
    assertThat(listing(tmp)).containsExactly("out");

    // A regular file where a scorer's subdirectory would go is not a report's either.
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    Files.writeString(other.resolve("random"), "not a directory");
    assertThatThrownBy(
            () ->
                ReportWriter.write(
                    suite(0, BenchmarkRunnerTest.NOISY_ORACLE, new RandomBaseline()), other))
        .hasMessageContaining(": it holds 'random', which no earlier report wrote;");
    assertThat(listing(other)).containsExactly("random");
  }

  @Test
  void aSuiteIsWrittenWholeOrNotAtAll(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("out");
    BenchmarkSuite first = suite(0, BenchmarkRunnerTest.NOISY_ORACLE);
    ReportWriter.write(first, dir);

    // A scorer whose subdirectory would be the suite's report.md is refused before any write.
    RowScorer clash = RowScorer.named("report.md", row -> Prediction.of(40));
    assertThatThrownBy(
            () -> ReportWriter.write(suite(0, BenchmarkRunnerTest.NOISY_ORACLE, clash), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "scorer 'report.md' cannot have its report directory 'report.md': the suite writes a"
                + " file of that name next to it; rename the scorer");

    // A failure while writing (here: a file and a directory of the same name) keeps the old set.
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("summary.json", "new");
    broken.put("summary.json/x", "new");
    assertThatThrownBy(() -> ReportWriter.writeDirectory(dir, broken))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot write the report to " + dir + ": ")
        .hasMessageEndingWith(".summary.json.new: already exists");
    assertThat(listing(dir))
        .containsExactly(
            "predictions.jsonl", "report.html", "report.md", "suite.json", "summary.json");
    assertThat(Files.readString(dir.resolve("suite.json"))).isEqualTo(first.toJson() + "\n");
    assertThat(listing(tmp)).containsExactly("out");
  }

  private static Object identity(Path dir) throws IOException {
    return Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
  }

  private static int mode(Path dir) throws IOException {
    return (Integer) Files.getAttribute(dir, "unix:mode") & 07777;
  }

  @Test
  void anExistingDirectoryIsKeptWithItsModeAndIdentity(@TempDir Path tmp) throws Exception {
    assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("unix"));
    Path dir = Files.createDirectory(tmp.resolve("shared"));
    Files.setAttribute(dir, "unix:mode", 02770); // drwxrws---: setgid, group only
    Object before = identity(dir);

    ReportWriter.write(suite(5, BenchmarkRunnerTest.NOISY_ORACLE, new RandomBaseline()), dir);
    BenchmarkReport second = suite(0, BenchmarkRunnerTest.NOISY_ORACLE).primary();
    ReportWriter.write(second, dir);

    assertThat(identity(dir)).isEqualTo(before);
    assertThat(Integer.toOctalString(mode(dir))).isEqualTo("2770");
    assertThat(listing(dir))
        .containsExactly("predictions.jsonl", "report.html", "report.md", "summary.json");
    assertThat(Files.readString(dir.resolve("summary.json"))).isEqualTo(second.toJson() + "\n");
  }

  @Test
  void aWriteInProgressElsewhereIsRefusedAndALockOfAGoneProcessIsTakenOver(@TempDir Path tmp)
      throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("out"));
    Path lock = dir.resolve(ReportWriter.LOCK);
    long self = ProcessHandle.current().pid();
    Files.writeString(lock, String.valueOf(self));
    BenchmarkReport report = suite(0, BenchmarkRunnerTest.NOISY_ORACLE).primary();

    assertThatThrownBy(() -> ReportWriter.write(report, dir))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "cannot write the report to "
                + dir
                + ": another run (process "
                + self
                + ") is writing a report there; if none is, remove "
                + lock);
    assertThat(listing(dir)).containsExactly(".answer-eval-lock");

    // An empty lock may be a writer's that has not yet written its id: it is held.
    Files.writeString(lock, "");
    assertThatThrownBy(() -> ReportWriter.write(report, dir))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "cannot write the report to "
                + dir
                + ": another run is writing a report there; if none is, remove "
                + lock);

    // No process has this id (Linux caps ids at 2^22), so the lock and the hidden leftovers of
    // that run are removed.
    Files.writeString(lock, "999999999");
    Files.writeString(dir.resolve(".answer-eval-999999999-1.summary.json.new"), "half");
    Files.createDirectories(dir.resolve(".answer-eval-999999999-1.random.old"));
    ReportWriter.checkTarget(dir);
    ReportWriter.write(report, dir);

    assertThat(listing(dir))
        .containsExactly("predictions.jsonl", "report.html", "report.md", "summary.json");
  }

  @Test
  void aFailedWriteIntoANewDirectoryLeavesNoDirectory(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("new");
    Map<String, String> broken = new LinkedHashMap<>();
    broken.put("summary.json", "new");
    broken.put("summary.json/x", "new");

    assertThatThrownBy(() -> ReportWriter.writeDirectory(dir, broken))
        .hasMessageStartingWith("cannot write the report to " + dir + ": ");
    assertThat(listing(tmp)).isEmpty();
  }

  @Test
  void checkTargetRefusesWhatAWriteWouldRefuseWithoutWriting(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("grades.csv"), "x");
    Path foreign = Files.createDirectory(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    Path fresh = tmp.resolve("fresh");

    assertThatThrownBy(() -> ReportWriter.checkTarget(file))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot write the report to " + file + ": it exists and is not a directory");
    assertThatThrownBy(() -> ReportWriter.checkTarget(foreign))
        .hasMessageStartingWith(
            "cannot write the report to " + foreign + ": it holds 'notes.txt', which no earlier");
    assertThatThrownBy(() -> ReportWriter.checkTarget(Path.of("")))
        .hasMessage("cannot write the report to '': not a directory name");
    assertThatThrownBy(() -> ReportWriter.checkTarget(Path.of("/")))
        .hasMessage("cannot write the report to '/': not a directory name");
    ReportWriter.checkTarget(fresh);
    assertThat(fresh).doesNotExist();
    assertThat(listing(tmp)).containsExactly("foreign", "grades.csv");
  }

  @Test
  void ioErrorsSayWhatFailed() {
    assertThat(ReportWriter.describe(new FileAlreadyExistsException("/r/tfidf")))
        .isEqualTo("/r/tfidf: already exists");
    assertThat(ReportWriter.describe(new AccessDeniedException("/r")))
        .isEqualTo("/r: permission denied");
    assertThat(ReportWriter.describe(new FileSystemException("/r", "/s", "Read-only file system")))
        .isEqualTo("/r -> /s: Read-only file system");
    assertThat(ReportWriter.describe(new IOException("disk on fire"))).isEqualTo("disk on fire");
  }

  @Test
  void theScatterPlotsTheCalibratedPredictionOnlyForACalibratedNumericTarget() {
    RowScorer labelReader = row -> Prediction.of(row.target().equals("pass") ? 70 : 20);
    BenchmarkRunner runner =
        new BenchmarkRunner(BenchmarkOptions.defaults().withBootstrapResamples(20).withThreads(1));

    assertThat(
            HtmlReport.render(
                runner.run(BenchmarkRunnerTest.numericData(), BenchmarkRunnerTest.NOISY_ORACLE)))
        .contains("Scatter of calibrated prediction against the human score");
    assertThat(HtmlReport.render(suite(0, BenchmarkRunnerTest.NOISY_ORACLE).primary()))
        .contains("Scatter of raw score against the human score");
    assertThat(HtmlReport.render(runner.run(BenchmarkRunnerTest.binaryData(), labelReader)))
        .contains("Scatter of raw score against the human score");
  }
}
