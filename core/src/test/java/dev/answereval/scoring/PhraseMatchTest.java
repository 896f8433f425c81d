package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.answereval.text.AnalyzedText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseMatchTest {
  // Equal weights for every term: each background document holds every term once.
  private static final TermWeights WEIGHTS =
      TermWeights.of(
          List.of(FakeText.of("share records consent family client")), SimilarityKind.BM25);

  private static Phrase phrase(String spec) {
    AnalyzedText a = FakeText.of(spec);
    return Phrase.compile(a, Polarity.effectiveNegation(a), WEIGHTS, Set.of(), 1);
  }

  private static PhraseMatch match(String phrase, String answer) {
    AnswerIndex index = new AnswerIndex(FakeText.of(answer));
    return PhraseMatch.of(phrase(phrase), index, 0, index.sentenceCount());
  }

  @Test
  void positiveStatementCoversEveryTerm() {
    PhraseMatch m = match("share records", "I share records freely");
    assertThat(m.coverage()).isCloseTo(1.0, within(1e-12));
    assertThat(m.denial()).isEqualTo(0.0);
    assertThat(m.matched()).containsExactly("share", "records");
    assertThat(m.complete()).isTrue();
  }

  @Test
  void negatedStatementDeniesInsteadOfCovering() {
    PhraseMatch m = match("share records", "I never !share !records");
    assertThat(m.coverage()).isEqualTo(0.0);
    assertThat(m.denial()).isCloseTo(1.0, within(1e-12));
    assertThat(m.matched()).isEmpty();
  }

  @Test
  void negativelyPhrasedRubricTermsAreStatedByNegatedAnswerTerms() {
    PhraseMatch m = match("never !share records", "I never !share client records");
    assertThat(m.coverage()).isCloseTo(1.0, within(1e-12));
    assertThat(m.denial()).isEqualTo(0.0);
  }

  @Test
  void negativelyPhrasedRubricTermStatedAffirmativelyIsADenialNotCoverage() {
    // "share" and "records" weigh the same: "records" agrees, "share" has the opposite polarity.
    PhraseMatch m = match("!share records", "I share client records");
    assertThat(m.coverage()).isCloseTo(0.5, within(1e-12));
    assertThat(m.denial()).isCloseTo(0.5 * PhraseMatch.SYNONYM_CREDIT, within(1e-12));
    assertThat(m.matched()).containsExactly("records");
  }

  @Test
  void partialMatchIsTheShareOfTermWeight() {
    PhraseMatch m = match("share records consent family", "family records");
    assertThat(m.coverage()).isCloseTo(0.5, within(1e-12));
    assertThat(m.complete()).isFalse();
  }

  @Test
  void questionTermsShrinkAPhrasesOwnShare() {
    AnalyzedText echo = FakeText.of("client");
    AnalyzedText half = FakeText.of("client records");
    Set<String> question = Set.of("client");

    assertThat(Phrase.compile(echo, new boolean[1], WEIGHTS, question, 0.25).ownShare)
        .isCloseTo(0.25, within(1e-12));
    assertThat(Phrase.compile(half, new boolean[2], WEIGHTS, question, 0.25).ownShare)
        .isCloseTo(1.25 / 2, within(1e-12));
    assertThat(phrase("share records").ownShare).isEqualTo(1.0);
  }

  @Test
  void emptyPhraseMatchesNothing() {
    PhraseMatch m = match("the a to", "share records");
    assertThat(m.coverage()).isEqualTo(0.0);
    assertThat(m.denial()).isEqualTo(0.0);
  }
}
