package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
