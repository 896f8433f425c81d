package dev.answereval.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation in the model records' constructors and the rubric builder. */
class RubricModelTest {

  private static final String CONFIDENTIALITY =
      "How do you handle confidentiality and sensitive information?";
  private static final String DIFFICULT =
      "Can you give an example of how you've dealt with a difficult situation involving a patient"
          + " or client?";

  private static Rubric oneKeyPoint() {
    return Rubric.builder().keyPoint("consent", "Shares information only with consent.").build();
  }

  @Test
  void builderDefaults() {
    Rubric r = oneKeyPoint();
    assertThat(r.keyPoints())
        .containsExactly(KeyPoint.of("consent", "Shares information only with consent."));
    assertThat(r.star()).isEqualTo(StarExpectations.none());
    assertThat(r.star().isExpected()).isFalse();
    assertThat(r.exemplars()).isEmpty();
    assertThat(r.redFlags()).isEmpty();
    assertThat(r.length()).isEqualTo(new LengthRange(40, 400));
    assertThat(r.minKeyPoints()).isZero();
    assertThat(r.passThreshold()).isNull();
  }

  @Test
  void builderCollectsEverythingAndToBuilderRoundTrips() {
    Rubric r =
        Rubric.builder()
            .keyPoint(
                new KeyPoint(
                    "listen", "Listened first.", 2, true, List.of("listened"), List.of(), null))
            .keyPoint("plan", "Agreed a next step.")
            .star(StarExpectations.standard())
            .exemplar("I listened, then we agreed a plan.")
            .exemplar(new Exemplar("I told them to calm down.", 10.0))
            .redFlag(RedFlag.of("blame", "It was the client's fault."))
            .length(new LengthRange(60, 350))
            .minKeyPoints(2)
            .passThreshold(60.0)
            .build();
    assertThat(r.totalKeyPointWeight()).isEqualTo(3.0);
    assertThat(r.keyPoint("plan")).map(KeyPoint::weight).contains(1.0);
    assertThat(r.keyPoint("missing")).isEmpty();
    assertThat(r.exemplars()).extracting(Exemplar::gradeOrMax).containsExactly(100.0, 10.0);
    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(r.toBuilder().minKeyPoints(1).build().minKeyPoints()).isEqualTo(1);
  }

  @Test
  void rubricNeedsAKeyPoint() {
    assertThatThrownBy(() -> Rubric.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rubric needs at least one key point");
  }

  @Test
  void rubricRejectsDuplicateKeyPointIds() {
    assertThatThrownBy(
            () -> Rubric.builder().keyPoint("a", "First.").keyPoint("a", "Second.").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate key point id 'a'");
  }

  @Test
  void rubricRejectsRedFlagSharingAKeyPointId() {
    assertThatThrownBy(
            () ->
                Rubric.builder()
                    .keyPoint("a", "First.")
                    .redFlag(RedFlag.of("a", "Says something harmful."))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate id 'a' (red flag)");
  }

  @Test
  void aKeyPointsStarComponentMustBeExpected() {
    KeyPoint outcome =
        new KeyPoint(
            "outcome",
            "I describe the outcome.",
            2,
            false,
            List.of(),
            List.of(),
            null,
            StarComponent.RESULT);
    assertThat(
            Rubric.builder()
                .keyPoint(outcome)
                .star(StarExpectations.standard())
                .build()
                .keyPoints()
                .get(0)
                .star())
        .isEqualTo(StarComponent.RESULT);
    assertThatThrownBy(() -> Rubric.builder().keyPoint(outcome).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "key point 'outcome': star 'result' is not among the rubric's STAR components (the"
                + " rubric expects no STAR story)");
    assertThatThrownBy(
            () ->
                Rubric.builder()
                    .keyPoint(outcome)
                    .star(
                        new StarExpectations(
                            Map.of(StarComponent.SITUATION, 1.0, StarComponent.ACTION, 1.0)))
                    .build())
        .hasMessage(
            "key point 'outcome': star 'result' is not among the rubric's STAR components"
                + " [situation, action]");
  }

  @Test
  void rubricChecksMinKeyPointsAndPassThreshold() {
    assertThatThrownBy(() -> oneKeyPoint().toBuilder().minKeyPoints(2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minKeyPoints must be in [0, 1], got 2");
    assertThatThrownBy(() -> oneKeyPoint().toBuilder().minKeyPoints(-1).build())
        .hasMessage("minKeyPoints must be in [0, 1], got -1");
    assertThatThrownBy(() -> oneKeyPoint().toBuilder().passThreshold(100.5).build())
        .hasMessage("passThreshold must be in [0, 100], got 100.5");
  }

  @Test
  void keyPointValidation() {
    assertThatThrownBy(() -> new KeyPoint("a", "D.", 0, false, List.of(), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key point 'a': weight must be finite and > 0, got 0.0");
    assertThatThrownBy(() -> new KeyPoint("a", "D.", Double.NaN, false, List.of(), List.of(), null))
        .hasMessage("key point 'a': weight must be finite and > 0, got NaN");
    assertThatThrownBy(() -> KeyPoint.of("a", "  "))
        .hasMessage("key point 'a': description must not be blank");
    assertThatThrownBy(
            () -> new KeyPoint("a", "D.", 1, false, List.of("calm", " "), List.of(), null))
        .hasMessage("key point 'a' cues[1] must not be blank");
    assertThatThrownBy(() -> KeyPoint.of("two words", "D."))
        .hasMessage(
            "id must be 1-80 letters, digits, '.', '_' or '-' starting with a letter or digit, got"
                + " 'two words'");
    KeyPoint k = new KeyPoint("a", "D.", 1, false, List.of(" calm room "), List.of(), " ");
    assertThat(k.cues()).containsExactly("calm room");
    assertThat(k.hint()).isNull();
    assertThat(k.hintOrDescription()).isEqualTo("D.");
  }

  @Test
  void redFlagExemplarAndLengthValidation() {
    assertThat(RedFlag.of("breach", "I would tell the family.").penalty()).isEqualTo(20.0);
    assertThatThrownBy(() -> new RedFlag("breach", "I would tell the family.", List.of(), 101))
        .hasMessage("red flag 'breach': penalty must be in [0, 100], got 101.0");
    assertThatThrownBy(() -> new Exemplar("An answer.", -1.0))
        .hasMessage("exemplar grade must be in [0, 100], got -1.0");
    assertThatThrownBy(() -> Exemplar.of(" ")).hasMessage("exemplar text must not be blank");
    assertThatThrownBy(() -> new LengthRange(60, 60))
        .hasMessage("maxWords must be > minWords (60), got 60");
    assertThatThrownBy(() -> new LengthRange(-1, 60)).hasMessage("minWords must be >= 0, got -1");
    assertThat(new LengthRange(60, 350).contains(60)).isTrue();
    assertThat(new LengthRange(60, 350).contains(351)).isFalse();
  }

  @Test
  void starExpectations() {
    StarExpectations s = StarExpectations.standard();
    assertThat(s.components())
        .containsExactly(
            StarComponent.SITUATION,
            StarComponent.TASK,
            StarComponent.ACTION,
            StarComponent.RESULT);
    assertThat(s.weight(StarComponent.ACTION)).isEqualTo(2.0);
    assertThat(s.weight(StarComponent.RESULT)).isEqualTo(1.5);
    assertThat(new StarExpectations(Map.of(StarComponent.ACTION, 1.0)).weight(StarComponent.TASK))
        .isZero();
    assertThatThrownBy(() -> new StarExpectations(Map.of(StarComponent.TASK, 0.0)))
        .hasMessage("STAR weight for task must be finite and > 0, got 0.0");
    assertThatThrownBy(() -> StarComponent.fromKey("outcome"))
        .hasMessage(
            "unknown STAR component 'outcome', expected one of situation, task, action, result");
  }

  @Test
  void starExpectationsNeedABehavioralQuestion() {
    Rubric withStar = oneKeyPoint().toBuilder().star(StarExpectations.standard()).build();
    assertThatThrownBy(
            () ->
                new Question("q1", CONFIDENTIALITY, QuestionKind.SITUATIONAL, null, null, withStar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "question 'q1': STAR expectations need a behavioral question, but its kind is"
                + " situational");
    assertThatThrownBy(() -> Question.of("q1", CONFIDENTIALITY, withStar))
        .hasMessage(
            "question 'q1': STAR expectations need a behavioral question, but its kind is"
                + " knowledge");
    Question q = Question.of("q2", DIFFICULT, withStar);
    assertThat(q.kind()).isEqualTo(QuestionKind.BEHAVIORAL);
    assertThat(q.role()).isNull();
  }

  @Test
  void questionNeedsText() {
    assertThatThrownBy(
            () -> new Question("q1", " ", QuestionKind.KNOWLEDGE, null, null, oneKeyPoint()))
        .hasMessage("question 'q1': text must not be blank");
  }

  @Test
  void questionBankValidationAndLookup() {
    Question a =
        new Question(
            "a",
            CONFIDENTIALITY,
            QuestionKind.KNOWLEDGE,
            "Mental Health Specialist",
            null,
            oneKeyPoint());
    Question b = Question.of("b", DIFFICULT, oneKeyPoint());
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("source", "tests");
    meta.put("description", "two questions");
    QuestionBank bank = new QuestionBank("t", "1", meta, List.of(a, b));
    assertThat(bank.size()).isEqualTo(2);
    assertThat(bank.metadata().keySet()).containsExactly("source", "description");
    assertThat(bank.get("b")).isEqualTo(b);
    assertThat(bank.find("c")).isEmpty();
    assertThat(bank.byRole("health spec")).containsExactly(a);
    assertThat(bank).containsExactly(a, b);
    assertThatThrownBy(() -> bank.get("c")).hasMessage("no question 'c' in bank 't' (2 questions)");
    assertThatThrownBy(() -> new QuestionBank("t", "1", Map.of(), List.of(a, a)))
        .hasMessage("duplicate question id 'a'");
    assertThatThrownBy(() -> new QuestionBank("t", "1", Map.of(), List.of()))
        .hasMessage("bank 't' has no questions");
  }
}
