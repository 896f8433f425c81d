package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermWeightsTest {
  private static final List<dev.answereval.text.AnalyzedText> CORPUS =
      List.of(FakeText.of("client safety. client plan. client consent. rare word."));

  @Test
  void bm25WeightIsItsIdfTimesTheSaturatedOneOccurrenceFactor() {
    TermWeights w = TermWeights.of(CORPUS, SimilarityKind.BM25);
    // 4 sentence documents + 1 smoothing document; "client" in 3 (+1), "safety" in 1 (+1).
    // Lucene's BM25 idf = ln(1 + (N - n + 0.5) / (n + 0.5)); with equal length norms the weight
    // ratio equals the idf ratio.
    double idfClient = Math.log(1 + (5 - 4 + 0.5) / (4 + 0.5));
    double idfSafety = Math.log(1 + (5 - 2 + 0.5) / (2 + 0.5));
    assertThat(w.weight("safety") / w.weight("client"))
        .isCloseTo(idfSafety / idfClient, within(1e-4));
  }

  @Test
  void unseenTermsWeighLikeTermsSeenOnce() {
    TermWeights w = TermWeights.of(CORPUS, SimilarityKind.BM25);
    assertThat(w.weight("never-seen"))
        .isCloseTo(
            w.weight("safety") * (Math.log(1 + 4.5 / 1.5) / Math.log(1 + 3.5 / 2.5)), within(1e-4));
    assertThat(w.weight("never-seen")).isGreaterThan(w.weight("safety"));
    assertThat(w.vocabularySize()).isEqualTo(6);
  }

  @Test
  void classicWeightsRankRareTermsHigherToo() {
    TermWeights w = TermWeights.of(CORPUS, SimilarityKind.TF_IDF);
    assertThat(w.weight("safety")).isGreaterThan(w.weight("client"));
    assertThat(w.kind()).isEqualTo(SimilarityKind.TF_IDF);
  }

  @Test
  void fieldSpecificityRisesFromTheMostWidespreadTermToTheMedian() {
    TermWeights w = TermWeights.of(CORPUS, SimilarityKind.BM25);
    // Weights: client (3 sentences) lowest; safety, plan, consent, rare, word (1 each) share the
    // median.
    assertThat(w.fieldSpecificity("client")).isEqualTo(0.0);
    assertThat(w.fieldSpecificity("safety")).isEqualTo(1.0);
    assertThat(w.fieldSpecificity("never-seen")).isEqualTo(1.0);
  }
}
