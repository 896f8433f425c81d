package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.answereval.rubric.Exemplar;
import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.ScoringProfile;
import dev.answereval.text.TextInputException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorRowScorerTest {
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

  private static Dataset dataset() {
    List<DatasetRow> rows =
        List.of(
            DatasetRow.of(
                "1",
                "cache",
                "A cache keeps frequently read data in fast memory, and you must invalidate it"
                    + " whenever the source data changes.",
                CACHE_REFS,
                "5"),
            DatasetRow.of(
                "2",
                "cache",
                "It keeps data that is read often in memory so reads are fast.",
                CACHE_REFS,
                "3"),
            DatasetRow.of(
                "3", "cache", "I like to go hiking in the mountains on weekends.", CACHE_REFS, "0"),
            DatasetRow.of(
                "4",
                "index",
                "An index lets the database find rows without scanning the whole table, but"
                    + " indexes slow down writes.",
                INDEX_REFS,
                "5"),
            DatasetRow.of(
                "5",
                "index",
                "The database can find rows quickly with an index instead of a full scan.",
                INDEX_REFS,
                "3"),
            DatasetRow.of("6", "index", "No idea.", INDEX_REFS, "0"));
    return Dataset.of("six", rows, DatasetOptions.defaults());
  }

  @Test
  void scoresRowsAgainstRubricsBuiltFromReferences() {
    EvaluatorRowScorer scorer = new EvaluatorRowScorer(null, ScoringProfile.defaults());
    Dataset data = dataset();
    List<Prediction> p = BenchmarkRunner.scoreAll(data.rows(), scorer, 2, null);

    assertThat(scorer.cachedQuestions()).isEqualTo(2);
    assertThat(scorer.name()).isEqualTo("evaluator");
    for (Prediction prediction : p) {
      assertThat(prediction.signals()).containsOnlyKeys(EvaluatorRowScorer.SIGNALS);
    }
    // Full answers beat partial ones, which beat off-topic ones.
    assertThat(p.get(0).score()).isGreaterThan(p.get(1).score());
    assertThat(p.get(1).score()).isGreaterThan(p.get(2).score());
    assertThat(p.get(3).score()).isGreaterThan(p.get(4).score());
    assertThat(p.get(0).keyPointCoverage()).containsOnlyKeys("ref-1", "ref-2");
    assertThat(p.get(0).keyPointCoverage().get("ref-2")).isGreaterThan(0.5);
    assertThat(p.get(3).signals().get("key_points")).isGreaterThan(0.5);
  }

  @Test
  void anUnscoredAnswerGetsZeroScoreAndZeroSignals() {
    EvaluatorRowScorer scorer = new EvaluatorRowScorer();
    Prediction p = scorer.score(dataset().rows().get(5));

    assertThat(p.score()).isZero();
    assertThat(p.signals().values()).containsOnly(0.0);
    assertThat(p.signals()).hasSize(EvaluatorRowScorer.SIGNALS.size());
    assertThat(p.keyPointCoverage()).isEmpty();
  }

  @Test
  void anAnswerTheAnalyzerRejectsIsAnErrorNotAScoreOfZero() {
    EvaluatorRowScorer scorer = new EvaluatorRowScorer();

    assertThatThrownBy(() -> scorer.score(DatasetRow.of("7", "cache", "?", CACHE_REFS, "0")))
        .isInstanceOf(TextInputException.class)
        .hasMessage(
            "answer does not look like text: it has only 0% letters among its 1 non-space"
                + " characters");
  }

  @Test
  void runsThroughTheBenchmarkRunner() {
    BenchmarkReport report =
        new BenchmarkRunner(
                BenchmarkOptions.defaults().withFolds(0).withBootstrapResamples(10).withThreads(1))
            .run(dataset(), new EvaluatorRowScorer());

    assertThat(report.n()).isEqualTo(6);
    assertThat(report.scorer()).isEqualTo("evaluator");
  }

  @Test
  void forDatasetBuildsARubricFromTheReferencesOfAllTheQuestionsRows() throws Exception {
    String text =
        """
        {"id":"a","question_id":"q1","answer":"it is fine ok sure","score":1}
        {"id":"b","question_id":"q1","question":"What does a cache do?","answer":"keeps data","reference":"A cache keeps data in fast memory.","score":3}
        {"id":"c","question_id":"q1","question":"Ignored later text?","answer":"fast reads","references":["It must be invalidated on change.","A cache keeps data in fast memory."],"score":4}
        """;
    Dataset data =
        Dataset.readJsonLines(new StringReader(text), "g.jsonl", DatasetOptions.defaults());

    EvaluatorRowScorer scorer =
        EvaluatorRowScorer.forDataset(data, null, ScoringProfile.defaults());

    for (DatasetRow row : data.rows()) {
      Question q = scorer.evaluatorFor(row).question();
      assertThat(q.text()).isEqualTo("What does a cache do?");
      assertThat(q.rubric().exemplars())
          .extracting(Exemplar::text)
          .containsExactly(
              "A cache keeps data in fast memory.", "It must be invalidated on change.");
      assertThat(q.rubric().keyPoints())
          .extracting(KeyPoint::description)
          .containsExactly(
              "A cache keeps data in fast memory.", "It must be invalidated on change.");
    }
  }

  @Test
  void aQuestionWithoutAnyReferenceIsReportedAtItsFirstRow() throws Exception {
    String text =
        """
        {"id":"x","question_id":"q0","answer":"a","reference":"Zero.","score":1}

        {"id":"a","question_id":"q1","answer":"it is fine ok sure","score":1}
        {"id":"b","question_id":"q1","answer":"keeps data","reference":"   ","score":3}
        {"id":"c","question_id":"q2","answer":"x","reference":"...","score":2}
        """;
    Dataset data =
        Dataset.readJsonLines(new StringReader(text), "g.jsonl", DatasetOptions.defaults());
    Dataset punctuation =
        Dataset.of("p", List.of(data.rows().get(0), data.rows().get(3)), DatasetOptions.defaults());
    Dataset typo =
        Dataset.of(
            "t",
            List.of(DatasetRow.of("1", "mhs-1", "I would listen first.", List.of(), "2")),
            DatasetOptions.defaults());

    assertThatThrownBy(() -> EvaluatorRowScorer.forDataset(data, null, ScoringProfile.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "g.jsonl:3: question 'q1' has no reference answer on any of its 2 rows, so no rubric"
                + " can be built for it");
    assertThatThrownBy(
            () -> EvaluatorRowScorer.forDataset(punctuation, null, ScoringProfile.defaults()))
        .hasMessage("p:2: question 'q2' needs at least one non-blank reference, got 1 references");
    assertThatThrownBy(
            () ->
                EvaluatorRowScorer.forDataset(
                    typo,
                    new QuestionBank(
                        "interview",
                        "1",
                        java.util.Map.of(),
                        List.of(
                            ReferenceRubrics.fromReferences(
                                "mhs-01", "How do you listen?", List.of("I listen first.")))),
                    ScoringProfile.defaults()))
        .hasMessage(
            "t:1: question 'mhs-1' is not in bank 'interview' and has no reference answer on"
                + " any of its 1 row, so no rubric can be built for it");
  }
}
