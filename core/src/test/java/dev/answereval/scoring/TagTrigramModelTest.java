package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.TextAnalyzer;
import dev.answereval.text.Token;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagTrigramModelTest {

  @Test
  void logRatiosInterpolateTheCounts() {
    // Trigrams: (S S A) x2, (S A B) x2, (A B A) x1. Third tags: A 3, B 2; five in all.
    TagTrigramModel m =
        TagTrigramModel.of(Map.of("<S>\t<S>\tA", 2L, "<S>\tA\tB", 2L, "A\tB\tA", 1L));
    double unigramB = (2 + 0.1) / (5 + 0.1 * 2);
    // P(B | S A) = 2/2, P(B | A) = 2/2.
    double p = 0.7 * 1 + 0.25 * 1 + 0.05 * unigramB;

    assertThat(m.logRatio("<S>", "A", "B")).isCloseTo(Math.log(p / unigramB), within(1e-12));
    // An unseen history falls back to the bigram, then to the unigram estimate.
    assertThat(m.logRatio("X", "Y", "A")).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void proseIsPlausibleAndItsShuffledWordsAreNot() {
    TextAnalyzer analyzer = TextAnalyzer.english();
    TagTrigramModel m = TagTrigramModel.defaults();

    assertThat(m.plausibility(analyzer.analyze(EvaluatorTest.PROSE))).isGreaterThan(0.3);
    assertThat(m.plausibility(analyzer.analyze(EvaluatorTest.SHUFFLED))).isLessThan(0.1);
  }

  @Test
  void aShortTextLeansTowardsTypicalProse() {
    TagTrigramModel m = TagTrigramModel.defaults();
    AnalyzedText text = TextAnalyzer.english().analyze("Clients first");
    double sum = 0;
    String first = TagTrigramModel.START;
    String second = TagTrigramModel.START;
    for (Token t : text.tokens()) {
      sum += m.logRatio(first, second, t.pos());
      first = second;
      second = t.pos();
    }

    // Two tags weighed against sixteen prior tags at 0.45.
    assertThat(m.plausibility(text)).isCloseTo((sum + 16 * 0.45) / 18, within(1e-12));
  }
}
