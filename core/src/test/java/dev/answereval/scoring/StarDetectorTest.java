package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.StarComponent;
import dev.answereval.rubric.StarExpectations;
import dev.answereval.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences of real answers {@link StarDetector} takes as each STAR component. */
class StarDetectorTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  private static final String CRISIS = "Last year a client of mine was in crisis at the clinic.";

  private static StarResult.Component detect(String answer, StarComponent c) {
    return StarDetector.detect(ANALYZER.analyze(answer), StarExpectations.standard())
        .components()
        .get(c);
  }

  private static List<String> evidence(StarResult.Component c) {
    return c.evidence().stream().map(Span::text).toList();
  }

  // F3: hypothetical, future and counterfactual answers.

  @Test
  void hypotheticalAnswerHasNoActionAndItsConditionIsNoSituation() {
    String answer =
        "If a client was in crisis, I would listen to them carefully. First, I would call their"
            + " GP. Then, I would make a safety plan with them. Hopefully they would feel better"
            + " afterwards.";

    assertThat(detect(answer, StarComponent.ACTION).found()).isFalse();
    assertThat(detect(answer, StarComponent.SITUATION).found()).isFalse();
  }

  @Test
  void counterfactualAnswerHasNoActionAndDeniedExperienceIsNoSituation() {
    String answer =
        "I have not had this situation myself. If it happened, I would have contacted the crisis"
            + " team and I would have stayed with the client until help arrived. I'd have told my"
            + " manager.";

    assertThat(detect(answer, StarComponent.ACTION).found()).isFalse();
    assertThat(detect(answer, StarComponent.SITUATION).found()).isFalse();
  }

  @Test
  void futurePlanHasNoAction() {
    String answer =
        "A client I see is in crisis right now. Next, I will call her GP tomorrow. Then, I will"
            + " check in with her family on Friday.";

    assertThat(detect(answer, StarComponent.ACTION).found()).isFalse();
  }

  @Test
  void sequencingMarkerSupportsAPastAction() {
    String action = "Then, we organised a case conference.";
    StarResult.Component a = detect(CRISIS + " " + action, StarComponent.ACTION);

    assertThat(a.found()).isTrue();
    assertThat(evidence(a)).containsExactly(action);
    assertThat(a.cues()).containsExactly("then,");
  }

  @Test
  void sequencingMarkerWithAPastActionOfAnotherIsNoAction() {
    String answer = CRISIS + " Then, the nurse called the crisis team.";

    assertThat(detect(answer, StarComponent.ACTION).found()).isFalse();
  }

  // F4: negated actions.

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I never contacted the crisis team.
          Honestly, I never called her GP or spoke to her family.
          I asked no one for help and I called nobody.
          I spoke to nobody about it.
          I didn't call anyone about it.
          """)
  void negatedActionsAreNoAction(String sentence) {
    String answer = CRISIS + " " + sentence + " Nothing changed for her.";

    assertThat(detect(answer, StarComponent.ACTION).found()).isFalse();
  }

  @Test
  void actionAfterANegatedOneStillCounts() {
    String action = "I asked no one for help, but I called the crisis team.";
    StarResult.Component a =
        detect(CRISIS + " " + action + " Nothing changed for her.", StarComponent.ACTION);

    assertThat(a.found()).isTrue();
    assertThat(evidence(a)).containsExactly(action);
    assertThat(a.cues()).containsExactly("i called");
  }

  @Test
  void doubleNegationIsAnAction() {
    // "never ... without" reads as a condition: the referral was made, with consent.
    String action = "I never referred her anywhere without her consent, so I rang her first.";
    StarResult.Component a = detect(CRISIS + " " + action, StarComponent.ACTION);

    assertThat(a.found()).isTrue();
    assertThat(evidence(a)).containsExactly(action);
  }
}
