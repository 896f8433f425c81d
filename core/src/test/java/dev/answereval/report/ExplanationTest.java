package dev.answereval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  @Test
  void printsAnIndentedTreeAndSumsDetails() {
    Explanation e =
        Explanation.of(
            72.5,
            "score, sum of:",
            List.of(
                Explanation.leaf(60, "key points"),
                Explanation.of(12.5, "exemplars", List.of(Explanation.leaf(0.83, "best cosine")))));
    assertThat(e.sumOfDetails()).isEqualTo(72.5);
    assertThat(e.toString())
        .isEqualTo(
            "72.50 = score, sum of:\n  60.00 = key points\n  12.50 = exemplars\n    0.8300 = best cosine\n");
  }

  @Test
  void rejectsNonFiniteValues() {
    assertThatThrownBy(() -> Explanation.leaf(Double.NaN, "x"))
        .hasMessage("explanation value must be finite, got NaN for x");
  }
}
