package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.answereval.scoring.ScoringProfile;
import dev.answereval.text.TextInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibratedEvaluatorTest {
  private static final List<Reference> CACHE_REFS =
      List.of(
          Reference.of(
              "A cache keeps frequently read data in fast memory. It must be invalidated when the"
                  + " source data changes."));
  private static final List<Reference> INDEX_REFS =
      List.of(
          Reference.of(
              "An index lets the database find rows without scanning the whole table. Indexes"
                  + " slow down writes."));

  private static final String[][] ROWS = {
    {
      "cache",
      "A cache keeps frequently read data in fast memory, and you must invalidate it whenever the"
          + " source data changes.",
      "5",
      "correct"
    },
    {"cache", "It keeps data that is read often in memory so that reads are fast.", "3", "correct"},
    {
      "cache", "I like to go hiking in the mountains with my friends on weekends.", "0", "incorrect"
    },
    {
      "cache",
      "A cache is a slow disk that stores every record forever and never changes at all.",
      "1",
      "incorrect"
    },
    {
      "index",
      "An index lets the database find rows without scanning the whole table, but indexes slow"
          + " down writes.",
      "5",
      "correct"
    },
    {
      "index",
      "The database can find rows quickly with an index instead of a full table scan.",
      "3",
      "correct"
    },
    {
      "index",
      "My favourite food is pasta with tomato sauce and fresh basil leaves.",
      "0",
      "incorrect"
    },
    {
      "index",
      "An index makes every write faster and the database always scans the whole table anyway.",
      "1",
      "incorrect"
    },
  };

  private static Dataset dataset(int targetColumn) {
    List<DatasetRow> rows = new ArrayList<>();
    for (int i = 0; i < ROWS.length; i++) {
      String[] r = ROWS[i];
      rows.add(
          DatasetRow.of(
              String.valueOf(i + 1),
              r[0],
              r[1],
              r[0].equals("cache") ? CACHE_REFS : INDEX_REFS,
              r[targetColumn]));
    }
    return Dataset.of("eight", rows, DatasetOptions.defaults());
  }

  private static final BenchmarkRunner RUNNER =
      new BenchmarkRunner(
          BenchmarkOptions.defaults().withFolds(2).withBootstrapResamples(20).withThreads(2));

  @Test
  void numericCalibrationSavedAndLoadedPredictsExactlyWhatTheHarnessFitted(@TempDir Path dir)
      throws IOException {
    Dataset data = dataset(2);
    EvaluatorRowScorer scorer = new EvaluatorRowScorer(null, ScoringProfile.defaults());
    BenchmarkReport report = RUNNER.run(data, scorer);
    ReportWriter.write(report, dir);
    Path file = dir.resolve(ReportWriter.CALIBRATION);
    assertThat(Files.readString(file)).contains("\"type\" : \"isotonic\"");
    NumericCalibration fitted = (NumericCalibration) report.fittedCalibration();

    for (int i = 0; i < data.size(); i++) {
      DatasetRow row = data.rows().get(i);
      CalibratedEvaluator loaded = CalibratedEvaluator.load(scorer.evaluatorFor(row), file);
      CalibratedScore s = loaded.score(row.answer());

      assertThat(s.prediction()).isEqualTo(report.rows().get(i).prediction());
      assertThat(s.value()).hasValue(fitted.predict(report.rows().get(i).prediction()));
      assertThat(s.label()).isNull();
      assertThat(s.probabilities()).isEmpty();
    }
    // The fitted isotonic map is non-decreasing: the full answer is predicted no lower than the
    // off-topic one.
    CalibratedEvaluator cache =
        CalibratedEvaluator.load(scorer.evaluatorFor(data.rows().get(0)), file);
    assertThat(cache.score(ROWS[0][1]).value().getAsDouble())
        .isGreaterThanOrEqualTo(cache.score(ROWS[2][1]).value().getAsDouble());
  }

  @Test
  void categoricalCalibrationSavedAndLoadedGivesIdenticalLabelsAndProbabilities(@TempDir Path dir)
      throws IOException {
    Dataset data = dataset(3);
    EvaluatorRowScorer scorer = new EvaluatorRowScorer();
    BenchmarkReport report = RUNNER.run(data, scorer);
    ReportWriter.write(report, dir);
    Path file = dir.resolve(ReportWriter.CALIBRATION);
    CategoricalCalibration fitted = (CategoricalCalibration) report.fittedCalibration();
    assertThat(fitted.classes()).containsExactlyInAnyOrder("correct", "incorrect");

    for (int i = 0; i < data.size(); i++) {
      DatasetRow row = data.rows().get(i);
      CalibratedScore s =
          CalibratedEvaluator.load(scorer.evaluatorFor(row), file).score(row.answer());
      double[] expected = fitted.probabilities(report.rows().get(i).prediction());

      assertThat(s.value()).isEmpty();
      assertThat(s.label()).isEqualTo(fitted.predictLabel(report.rows().get(i).prediction()));
      assertThat(s.probabilities().keySet()).containsExactlyElementsOf(fitted.classes());
      assertThat(s.probabilities().get(fitted.classes().get(0))).isEqualTo(expected[0]);
      assertThat(s.probabilities().get(fitted.classes().get(1))).isEqualTo(expected[1]);
      assertThat(s.probabilities().get(s.label())).isEqualTo(Math.max(expected[0], expected[1]));
    }
  }

  @Test
  void rejectsACalibrationFittedOnABaselinesSignals() {
    Dataset data = dataset(3);
    BenchmarkReport report = RUNNER.run(data, new RandomBaseline(7));
    EvaluatorRowScorer scorer = new EvaluatorRowScorer();

    assertThatThrownBy(
            () ->
                new CalibratedEvaluator(
                    scorer.evaluatorFor(data.rows().get(0)), report.fittedCalibration()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calibration feature 'random' is not an evaluator signal");
  }

  @Test
  void aShortAnswerIsCalibratedFromScoreZeroAndGarbageIsRejected() {
    Dataset data = dataset(2);
    EvaluatorRowScorer scorer = new EvaluatorRowScorer();
    IsotonicCalibration calibration =
        new IsotonicCalibration(new double[] {0, 100}, new double[] {1, 5});
    CalibratedEvaluator e =
        new CalibratedEvaluator(scorer.evaluatorFor(data.rows().get(0)), calibration);

    CalibratedScore s = e.score("No idea.");

    assertThat(s.answerScore().isScored()).isFalse();
    assertThat(s.prediction().score()).isZero();
    assertThat(s.value()).hasValue(1.0);
    assertThatThrownBy(() -> e.score("?!")).isInstanceOf(TextInputException.class);
  }
}
