package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CosineMeasureTest extends MeasureContractTest {
  @Override
  Measure newMeasure(Random random) {
    return new CosineMeasure(weights());
  }

  @Test
  void equalWeightsGiveTheTextbookCosine() {
    // All four terms occur once in one background document, so they share one weight w;
    // vectors {a, b} and {b, c} then have cosine (w*w) / (sqrt(2)w * sqrt(2)w) = 1/2.
    TermWeights w =
        TermWeights.of(List.of(FakeText.of("alpha beta gamma delta")), SimilarityKind.BM25);
    CosineMeasure m = new CosineMeasure(w);
    assertThat(m.similarity(FakeText.of("alpha beta"), FakeText.of("beta gamma")))
        .isCloseTo(0.5, within(1e-12));
    assertThat(m.similarity(FakeText.of("alpha"), FakeText.of("delta"))).isEqualTo(0.0);
    assertThat(m.name()).isEqualTo("cosine(BM25)");
  }
}
