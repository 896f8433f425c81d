package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.QuestionKind;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link QuestionKind#infer} on all 52 bank questions against the kinds the rubric authors chose:
 * they agree except for the listed questions, whose wording alone does not reveal the kind.
 */
class KindInferenceTest {
  @Test
  void inferenceAgreesWithCuratedKindsOnTheBank() throws IOException {
    QuestionBank bank = QuestionBank.builtIn("mental-health");
    assertThat(bank.size()).isEqualTo(52);
    Map<String, String> disagreements = new TreeMap<>();
    for (Question q : bank) {
      QuestionKind inferred = QuestionKind.infer(q.text());
      if (inferred != q.kind()) {
        disagreements.put(q.id(), q.kind().key() + "<-" + inferred.key());
      }
    }
    assertThat(disagreements).isEqualTo(EXPECTED_DISAGREEMENTS);
  }

  /** Curated kind, then the inferred one. */
  private static final Map<String, String> EXPECTED_DISAGREEMENTS =
      new TreeMap<>(
          Map.of(
              // "Describe your experience with developing..." reads as background, but the guide
              // asks
              // for a concrete programme the candidate ran, so the rubric expects a STAR story.
              "mhc-01", "behavioral<-background"));
}
