package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueTypesTest {
  @Test
  void bandsHaveExactBounds() {
    assertThat(Band.of(0)).isEqualTo(Band.INSUFFICIENT);
    assertThat(Band.of(29.99)).isEqualTo(Band.INSUFFICIENT);
    assertThat(Band.of(30)).isEqualTo(Band.WEAK);
    assertThat(Band.of(49.99)).isEqualTo(Band.WEAK);
    assertThat(Band.of(50)).isEqualTo(Band.ADEQUATE);
    assertThat(Band.of(65)).isEqualTo(Band.GOOD);
    assertThat(Band.of(80)).isEqualTo(Band.EXCELLENT);
    assertThat(Band.of(100)).isEqualTo(Band.EXCELLENT);
    assertThat(Band.GOOD.level()).isEqualTo(4);
    assertThat(Band.GOOD.label()).isEqualTo("Good");
    assertThatThrownBy(() -> Band.of(100.5)).hasMessage("score must be in [0, 100], got 100.5");
    assertThatThrownBy(() -> Band.of(Double.NaN)).hasMessage("score must be in [0, 100], got NaN");
  }

  @Test
  void scalesMapAndRound() {
    assertThat(Scale.of(0, 5).map(72)).isEqualTo(4.0); // 3.6 rounds to 4
    assertThat(Scale.of(1, 10).map(55)).isEqualTo(6.0); // 1 + 9 * 0.55 = 5.95
    assertThat(new Scale(0, 5, 0.5).map(72)).isEqualTo(3.5); // 3.6 to the nearest half
    assertThat(Scale.PERCENT.map(72.25)).isEqualTo(72.25);
    assertThatThrownBy(() -> Scale.of(5, 5))
        .hasMessage("scale needs finite min < max, got [5.0, 5.0]");
    assertThatThrownBy(() -> new Scale(0, 5, 6))
        .hasMessage("scale step must be in [0, 5.0], got 6.0");
    assertThatThrownBy(() -> new Scale(0, 10, 3))
        .hasMessage("scale step 3.0 must divide the range 10.0 evenly");
    assertThat(new Scale(0, 1, 0.1).map(100)).isEqualTo(1.0);
  }

  @Test
  void spansMustMatchTheirText() {
    String answer = "I called the crisis team.";
    Span s = Span.of(answer, 2, 8);
    assertThat(s.text()).isEqualTo("called");
    assertThat(answer.substring(s.start(), s.end())).isEqualTo(s.text());
    assertThatThrownBy(() -> new Span(3, 1, ""))
        .hasMessage("span must have 0 <= start <= end, got [3, 1)");
    assertThatThrownBy(() -> new Span(0, 3, "ab"))
        .hasMessage("span text has 2 chars but [0, 3) spans 3");
  }

  @Test
  void profileDefaultsAreDocumentedValues() {
    ScoringProfile p = ScoringProfile.defaults();
    assertThat(p.similarity()).isEqualTo(SimilarityKind.BM25);
    assertThat(p.signals()).containsExactlyInAnyOrder(Signal.values());
    assertThat(p.keyPointWeight()).isEqualTo(0.55);
    assertThat(p.exemplarWeight()).isEqualTo(0.05);
    assertThat(p.topicWeight()).isEqualTo(0.22);
    assertThat(p.starWeight()).isEqualTo(0.10);
    assertThat(p.lengthWeight()).isEqualTo(0.08);
    assertThat(p.coverageThreshold()).isEqualTo(0.4);
    assertThat(p.passThreshold()).isEqualTo(60);
    assertThat(p.requiredCap()).isEqualTo(55);
    assertThat(p.gateCap()).isEqualTo(45);
    assertThat(p.minWords()).isEqualTo(8);
    assertThat(p.toBuilder().build()).isEqualTo(p);
  }

  @Test
  void profileRejectsBadValuesNamingThem() {
    assertThatThrownBy(() -> ScoringProfile.builder().keyPointWeight(-1).build())
        .hasMessage("keyPointWeight must be finite and >= 0, got -1.0");
    assertThatThrownBy(
            () ->
                ScoringProfile.builder()
                    .keyPointWeight(0)
                    .exemplarWeight(0)
                    .topicWeight(0)
                    .starWeight(0)
                    .lengthWeight(0)
                    .build())
        .hasMessage("at least one signal weight must be > 0");
    assertThatThrownBy(() -> ScoringProfile.builder().coverageThreshold(1.5).build())
        .hasMessage("coverageThreshold must be in [1.0E-9, 1.0], got 1.5");
    assertThatThrownBy(() -> ScoringProfile.builder().minWords(0).build())
        .hasMessage("minWords must be >= 1, got 0");
    ScoringProfile p = ScoringProfile.builder().disable(Signal.OFF_TOPIC).build();
    assertThat(p.uses(Signal.OFF_TOPIC)).isFalse();
    assertThat(p.uses(Signal.KEY_POINTS)).isTrue();
  }
}
