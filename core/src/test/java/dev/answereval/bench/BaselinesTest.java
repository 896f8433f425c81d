package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {

  @Test
  void randomBaselineDependsOnlyOnSeedAndRowId() {
    DatasetRow a = DatasetRow.of("r1", "q1", "anything", List.of(), "3");
    DatasetRow sameId = DatasetRow.of("r1", "q9", "other text", List.of(), "1");
    DatasetRow b = DatasetRow.of("r2", "q1", "anything", List.of(), "3");
    RandomBaseline random = new RandomBaseline(11);
    Prediction p = random.score(a);
    assertThat(p.score()).isBetween(0.0, 100.0);
    assertThat(random.score(sameId)).isEqualTo(p);
    assertThat(random.score(b).score()).isNotEqualTo(p.score());
    assertThat(new RandomBaseline(12).score(a).score()).isNotEqualTo(p.score());
    assertThat(p.signals().get(RandomBaseline.SIGNAL)).isCloseTo(p.score() / 100, within(1e-12));
  }

  @Test
  void referenceRecallIsShareOfReferenceContentTokens() {
    // reference content tokens: check, logs, restart, failing, service (then/the are stop words)
    assertThat(
            ReferenceRecallBaseline.recall(
                "I would check the logs and restart the service",
                "Check logs, then restart the failing service"))
        .isCloseTo(0.8, within(1e-12));
    DatasetRow row =
        DatasetRow.of(
            "1",
            "q",
            "I would check the logs and restart the service",
            List.of(
                Reference.of("Call a manager."),
                Reference.of("Check logs, then restart the failing service")),
            "4");
    Prediction p = new ReferenceRecallBaseline().score(row);
    assertThat(p.score()).isCloseTo(80, within(1e-9));
    assertThat(p.signals()).containsOnlyKeys(ReferenceRecallBaseline.SIGNAL);
    assertThat(
            new ReferenceRecallBaseline()
                .score(DatasetRow.of("2", "q", "x", List.of(), "1"))
                .score())
        .isEqualTo(0.0);
  }

  @Test
  void tfIdfCosineMatchesHandComputation() {
    TfIdfBaseline tfidf = TfIdfBaseline.fit(List.of("red apple", "green apple", "red car"));
    double a = Math.log(4.0 / 3) + 1; // red, apple: df 2 of 3
    double g = Math.log(2.0) + 1; // green, car: df 1 of 3
    assertThat(tfidf.idf("red")).isCloseTo(a, within(1e-12));
    assertThat(tfidf.idf("car")).isCloseTo(g, within(1e-12));
    assertThat(tfidf.idf("unseen")).isCloseTo(Math.log(4.0) + 1, within(1e-12));
    // cos = a^2 / (a sqrt2 * sqrt(a^2 + g^2))
    assertThat(tfidf.cosine("Red apple!", "green APPLE"))
        .isCloseTo(a / (Math.sqrt(2) * Math.sqrt(a * a + g * g)), within(1e-12));
    assertThat(tfidf.cosine("red apple", "apple red")).isCloseTo(1, within(1e-12));
    assertThat(tfidf.cosine("green", "car")).isEqualTo(0.0);
    assertThat(tfidf.cosine("the of", "car")).isEqualTo(0.0);
  }

  @Test
  void tfIdfScoresAgainstTheBestReference() {
    List<DatasetRow> rows = new ArrayList<>();
    rows.add(
        DatasetRow.of(
            "1",
            "q1",
            "I restart the service",
            List.of(Reference.of("restart the service"), Reference.of("call support")),
            "5"));
    rows.add(
        DatasetRow.of("2", "q1", "I call support", List.of(Reference.of("call support")), "4"));
    Dataset d = Dataset.of("tiny", rows, DatasetOptions.defaults());
    TfIdfBaseline tfidf = TfIdfBaseline.fit(d);
    Prediction p = tfidf.score(rows.get(0));
    assertThat(p.score()).isCloseTo(100, within(1e-9));
    assertThat(p.signals().get(TfIdfBaseline.SIGNAL)).isCloseTo(1, within(1e-12));
  }

  @Test
  void scorerNamesForReports() {
    RowScorer lambda = row -> Prediction.of(1);
    assertThat(lambda.name()).isEqualTo("scorer");
    assertThat(RowScorer.named("mine", lambda).name()).isEqualTo("mine");
    assertThat(new ReferenceRecallBaseline().name()).isEqualTo("reference-recall");
  }
}
