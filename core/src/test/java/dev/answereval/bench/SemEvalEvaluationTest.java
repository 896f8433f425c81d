package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.answereval.scoring.ScoringProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the SemEval-2013 Task 7 figures recorded in {@code docs/bench.md}: the same five scorers
 * as {@code bench --config default --config short --baselines} (evaluator, evaluator with minWords
 * 1, tf-idf, reference recall, seeded random), 5-fold question-grouped cross-validation, default
 * seed and 1000 resamples. Runs only in the {@code eval} profile ({@code ./answer-eval test
 * -Peval}), where a missing data file fails it: {@code -Danswereval.semeval=FILE}, or {@code
 * shared/datasets/semeval2013-train.jsonl} in a parent of the working directory. Results do not
 * depend on the thread count, so the tolerance only absorbs floating-point noise; when the scorer
 * changes on purpose, rerun the documented commands and update both this table and the document.
 */
@Tag("eval")
class SemEvalEvaluationTest {
  static final String SHA256 = "6978ab3b6b458bc9b7afd1cb4c1d80d4925c994e3739699a3fe00579599699a0";
  static final String FILE = "semeval2013-train.jsonl";
  static final double TOLERANCE = 0.002;
  static final List<String> SCORERS =
      List.of("evaluator", "evaluator-short", "tfidf", "reference-recall", "random");

  private static @Nullable Path data;

  @BeforeAll
  static void findAndVerifyTheData() throws IOException, NoSuchAlgorithmException {
    data = locate();
    assumeTrue(data != null, "SemEval-2013 data not found; see docs/bench.md");
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(data), sha)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    assertThat(HexFormat.of().formatHex(sha.digest()))
        .as("sha256 of " + data + " (a different file would make every figure meaningless)")
        .isEqualTo(SHA256);
  }

  private static Path data() {
    return Objects.requireNonNull(data, "data");
  }

  /**
   * The data file: the one {@code -Danswereval.semeval=FILE} names, which must exist, else {@code
   * shared/datasets/semeval2013-train.jsonl} in the working directory or a parent of it. When
   * neither gives a file, the test fails under the {@code eval} profile (which sets {@code
   * answereval.evalProfile}), so that {@code -Peval} cannot pass without checking a figure, and is
   * skipped elsewhere (e.g. run from an IDE).
   */
  private static @Nullable Path locate() {
    String property = System.getProperty("answereval.semeval");
    if (property != null && !property.isBlank()) {
      Path p = Path.of(property);
      if (!Files.isRegularFile(p)) {
        throw new AssertionError(
            "-Danswereval.semeval="
                + property
                + ": "
                + (Files.isDirectory(p) ? "is a directory" : "no such file")
                + " (resolved against "
                + Path.of("").toAbsolutePath()
                + "); name the SemEval-2013 file "
                + FILE
                + ", see docs/bench.md");
      }
      return p;
    }
    List<Path> tried = new java.util.ArrayList<>();
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared").resolve("datasets").resolve(FILE);
      if (Files.isRegularFile(p)) {
        return p;
      }
      tried.add(p);
    }
    if (Boolean.getBoolean("answereval.evalProfile")) {
      throw new AssertionError(
          "SemEval-2013 data not found: no -Danswereval.semeval=FILE given, and none of "
              + tried
              + " exists; the eval profile checks the figures of docs/bench.md, so pass"
              + " -Danswereval.semeval=/path/to/"
              + FILE);
    }
    return null;
  }

  private static BenchmarkSuite suite(Path file, String target) throws IOException {
    // As the documented commands (--skip-invalid): answers such as "0.0" are not text.
    Dataset d =
        Dataset.load(file, DatasetOptions.defaults().withTarget(target).withSkipInvalid(true));
    List<RowScorer> scorers =
        List.of(
            EvaluatorRowScorer.forDataset(d, null, ScoringProfile.defaults()),
            RowScorer.named(
                "evaluator-short",
                EvaluatorRowScorer.forDataset(
                    d, null, ScoringProfile.defaults().toBuilder().minWords(1).build())),
            TfIdfBaseline.fit(d),
            new ReferenceRecallBaseline(),
            new RandomBaseline());
    return BenchmarkSuite.run(new BenchmarkRunner(), d, scorers);
  }

  /** Asserts each scorer's metrics; {@code expected} rows follow {@link #SCORERS}. */
  private static void assertMetrics(
      BenchmarkSuite suite, List<String> metrics, double[][] expected) {
    assertThat(suite.reports())
        .extracting(BenchmarkReport::scorer)
        .containsExactlyElementsOf(SCORERS);
    for (int s = 0; s < SCORERS.size(); s++) {
      BenchmarkReport r = suite.reports().get(s);
      for (int m = 0; m < metrics.size(); m++) {
        assertThat(r.metric(metrics.get(m)).value())
            .as(r.scorer() + " " + metrics.get(m))
            .isCloseTo(expected[s][m], within(TOLERANCE));
      }
    }
  }

  @Test
  void twoWay() throws IOException {
    BenchmarkSuite suite = suite(data(), "label_2way");

    assertThat(suite.primary().n()).isEqualTo(8894);
    assertThat(suite.primary().invalidRows()).isEqualTo(16);
    assertThat(suite.primary().classes()).containsExactly("incorrect", "correct");
    assertMetrics(
        suite,
        List.of("auc", "accuracy", "macro_f1", "uncalibrated.auc"),
        new double[][] {
          EXPECTED_2WAY_EVALUATOR,
          EXPECTED_2WAY_SHORT,
          EXPECTED_2WAY_TFIDF,
          EXPECTED_2WAY_RECALL,
          EXPECTED_2WAY_RANDOM
        });
    // The seeded random floor is near chance, and its interval covers 0.5.
    ConfidenceInterval randomAuc = suite.reports().get(4).ci().get("auc");
    assertThat(randomAuc.lower()).isLessThan(0.5);
    assertThat(randomAuc.upper()).isGreaterThan(0.5);
  }

  @Test
  void threeWay() throws IOException {
    BenchmarkSuite suite = suite(data(), "label_3way");

    assertThat(suite.primary().classes())
        .containsExactlyInAnyOrder("correct", "contradictory", "incorrect");
    assertMetrics(
        suite,
        List.of("accuracy", "macro_f1", "uncalibrated.auc_correct"),
        new double[][] {
          EXPECTED_3WAY_EVALUATOR,
          EXPECTED_3WAY_SHORT,
          EXPECTED_3WAY_TFIDF,
          EXPECTED_3WAY_RECALL,
          EXPECTED_3WAY_RANDOM
        });
  }

  /**
   * Correct vs contradictory: the rows whose 3-way label is not {@code incorrect}, as {@code grep
   * -v '"label_3way": "incorrect"'} selects them (see docs/bench.md).
   */
  @Test
  void correctVersusContradictory(@TempDir Path dir) throws IOException {
    Path subset = dir.resolve("semeval2013-correct-contradictory.jsonl");
    List<String> lines =
        Files.readAllLines(data(), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.contains("\"label_3way\": \"incorrect\""))
            .toList();
    Files.write(subset, lines, StandardCharsets.UTF_8);

    BenchmarkSuite suite = suite(subset, "label_3way");

    assertThat(suite.primary().n()).isEqualTo(5214);
    assertThat(suite.primary().invalidRows()).isEqualTo(7);
    assertThat(suite.primary().classes()).containsExactlyInAnyOrder("correct", "contradictory");
    assertMetrics(
        suite,
        List.of("auc", "macro_f1", "uncalibrated.auc"),
        new double[][] {
          EXPECTED_CC_EVALUATOR,
          EXPECTED_CC_SHORT,
          EXPECTED_CC_TFIDF,
          EXPECTED_CC_RECALL,
          EXPECTED_CC_RANDOM
        });
  }

  // Recorded with the commands in docs/bench.md (--skip-invalid: 8,894 of 8,910 answers),
  // calibrated AUC within folds, each distinct reference of a question counted once (2-way: auc,
  // accuracy, macro_f1, uncalibrated auc; 3-way: accuracy, macro_f1, uncalibrated auc_correct;
  // correct vs contradictory: auc, macro_f1, uncalibrated auc).
  private static final double[] EXPECTED_2WAY_EVALUATOR = {0.7609, 0.7200, 0.7025, 0.7504};
  private static final double[] EXPECTED_2WAY_SHORT = {0.7627, 0.7212, 0.7041, 0.7511};
  private static final double[] EXPECTED_2WAY_TFIDF = {0.7198, 0.6782, 0.6505, 0.7196};
  private static final double[] EXPECTED_2WAY_RECALL = {0.7275, 0.6787, 0.6571, 0.7276};
  private static final double[] EXPECTED_2WAY_RANDOM = {0.4923, 0.5870, 0.3699, 0.4980};
  private static final double[] EXPECTED_3WAY_EVALUATOR = {0.5948, 0.4854, 0.7504};
  private static final double[] EXPECTED_3WAY_SHORT = {0.5958, 0.4853, 0.7511};
  private static final double[] EXPECTED_3WAY_TFIDF = {0.5638, 0.4114, 0.7196};
  private static final double[] EXPECTED_3WAY_RECALL = {0.5751, 0.4186, 0.7276};
  private static final double[] EXPECTED_3WAY_RANDOM = {0.3993, 0.2914, 0.4980};
  private static final double[] EXPECTED_CC_EVALUATOR = {0.7543, 0.6250, 0.7268};
  private static final double[] EXPECTED_CC_SHORT = {0.7553, 0.6306, 0.7311};
  private static final double[] EXPECTED_CC_TFIDF = {0.6649, 0.4133, 0.6624};
  private static final double[] EXPECTED_CC_RECALL = {0.6391, 0.4133, 0.6377};
  private static final double[] EXPECTED_CC_RANDOM = {0.4881, 0.4133, 0.4958};
}
