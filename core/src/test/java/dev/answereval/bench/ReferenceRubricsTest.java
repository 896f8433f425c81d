package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.answereval.rubric.Exemplar;
import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceRubricsTest {

  @Test
  void everyReferenceSentenceBecomesAKeyPointAndEveryReferenceAnExemplar() {
    Question q =
        ReferenceRubrics.fromReferences(
            "q1",
            "What does a load balancer do?",
            List.of(
                "It spreads requests across servers. It removes unhealthy servers!",
                "It improves availability; it spreads requests across servers."));

    assertThat(q.id()).isEqualTo("q1");
    assertThat(q.rubric().keyPoints())
        .extracting(KeyPoint::id, KeyPoint::description, KeyPoint::weight)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "ref-1", "It spreads requests across servers.", 1.0),
            org.assertj.core.groups.Tuple.tuple("ref-2", "It removes unhealthy servers!", 1.0),
            org.assertj.core.groups.Tuple.tuple("ref-3", "It improves availability;", 1.0));
    assertThat(q.rubric().exemplars())
        .extracting(Exemplar::text)
        .containsExactly(
            "It spreads requests across servers. It removes unhealthy servers!",
            "It improves availability; it spreads requests across servers.");
    assertThat(q.kind()).isEqualTo(QuestionKind.infer("What does a load balancer do?"));
  }

  @Test
  void behavioralQuestionTextGivesABehavioralKind() {
    Question q =
        ReferenceRubrics.fromReferences(
            "q 2/x",
            "Tell me about a time you resolved a conflict in your team.",
            List.of("I listened to both sides. We agreed on a plan?"));

    assertThat(q.kind()).isEqualTo(QuestionKind.BEHAVIORAL);
    assertThat(q.id()).isEqualTo("q-2-x");
    assertThat(q.rubric().keyPoints())
        .extracting(KeyPoint::description)
        .containsExactly("I listened to both sides.", "We agreed on a plan?");
  }

  @Test
  void rejectsMissingReferences() {
    assertThatThrownBy(() -> ReferenceRubrics.fromReferences("q1", "Why?", List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q1");
  }
}
