package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermRecallMeasureTest extends MeasureContractTest {
  @Override
  Measure newMeasure(Random random) {
    return new TermRecallMeasure(weights());
  }

  @Test
  void recallIsTheWeightedShareOfReferenceTerms() {
    TermWeights w =
        TermWeights.of(List.of(FakeText.of("alpha beta gamma delta")), SimilarityKind.TF_IDF);
    TermRecallMeasure m = new TermRecallMeasure(w);
    // Equal weights: the answer has 1 of the reference's 3 terms.
    assertThat(m.similarity(FakeText.of("alpha zeta"), FakeText.of("alpha beta gamma")))
        .isCloseTo(1.0 / 3, within(1e-12));
    // A long answer containing a short reference scores 1; the reverse does not.
    assertThat(m.similarity(FakeText.of("alpha beta gamma"), FakeText.of("beta")))
        .isCloseTo(1.0, within(1e-12));
    assertThat(m.similarity(FakeText.of("beta"), FakeText.of("alpha beta gamma")))
        .isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.name()).isEqualTo("recall(TF_IDF)");
  }
}
