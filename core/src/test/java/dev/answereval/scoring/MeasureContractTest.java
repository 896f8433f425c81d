package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.text.AnalyzedText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The {@link Measure} contract, inherited by every measure's test: range, finiteness, identity,
 * empty input and symmetry, over seeded random pairs.
 */
abstract class MeasureContractTest {
  private static final List<String> WORDS =
      List.of(
          "client",
          "safety",
          "plan",
          "consent",
          "record",
          "family",
          "breathing",
          "calm",
          "referral",
          "team",
          "trust",
          "risk");

  /** A new measure, possibly configured from the random source. */
  abstract Measure newMeasure(Random random);

  static TermWeights weights() {
    return TermWeights.of(
        List.of(
            FakeText.of(
                "client safety plan. client consent record. family team trust. calm breathing. risk referral client.")),
        SimilarityKind.BM25);
  }

  private static AnalyzedText randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      sb.append(WORDS.get(r.nextInt(WORDS.size()))).append(' ');
    }
    return FakeText.of(sb.toString());
  }

  @Test
  void resultsAreFiniteAndInUnitRange() {
    Random r = new Random(42);
    Measure m = newMeasure(r);
    for (int i = 0; i < 200; i++) {
      double v = m.similarity(randomText(r), randomText(r));
      assertThat(v).isFinite().isBetween(0.0, 1.0);
    }
  }

  @Test
  void identicalNonEmptyInputGivesOne() {
    Random r = new Random(7);
    Measure m = newMeasure(r);
    for (int i = 0; i < 50; i++) {
      AnalyzedText t = randomText(r);
      assertThat(m.similarity(t, t)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void inputWithoutContentTermsGivesZero() {
    Measure m = newMeasure(new Random(1));
    AnalyzedText empty = FakeText.of("the a to.");
    assertThat(m.similarity(empty, FakeText.of("client safety"))).isEqualTo(0.0);
    assertThat(m.similarity(FakeText.of("client safety"), empty)).isEqualTo(0.0);
    assertThat(m.similarity(empty, empty)).isEqualTo(0.0);
  }

  @Test
  void symmetryIsAsDeclared() {
    Random r = new Random(99);
    Measure m = newMeasure(r);
    boolean allSymmetric = true;
    for (int i = 0; i < 100; i++) {
      AnalyzedText a = randomText(r);
      AnalyzedText b = randomText(r);
      if (Math.abs(m.similarity(a, b) - m.similarity(b, a)) > 1e-12) {
        allSymmetric = false;
      }
    }
    assertThat(allSymmetric).isEqualTo(m.isSymmetric());
  }

  @Test
  void nameIsNotBlank() {
    assertThat(newMeasure(new Random(3)).name()).isNotBlank();
  }
}
