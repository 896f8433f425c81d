package dev.answereval.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TermSpecificityTest {

  @Test
  void everydayWordsAreLessSpecificThanTechnicalOnes() {
    // Ranks in common-english-words.txt: use 11, talk 159, safety 1979; hipaa is not listed.
    assertThat(TermSpecificity.of("use")).isCloseTo(11 / 2000.0, within(1e-12));
    assertThat(TermSpecificity.of("talk")).isCloseTo(159 / 2000.0, within(1e-12));
    assertThat(TermSpecificity.of("safety")).isCloseTo(1979 / 2000.0, within(1e-12));
    assertThat(TermSpecificity.of("hipaa")).isEqualTo(1.0);
  }

  @Test
  void inflectedFormsShareTheirBaseWordsRank() {
    TextAnalyzer analyzer = TextAnalyzer.english();
    String term = analyzer.terms("talking").get(0);

    assertThat(TermSpecificity.of(term)).isEqualTo(TermSpecificity.of("talk"));
  }
}
