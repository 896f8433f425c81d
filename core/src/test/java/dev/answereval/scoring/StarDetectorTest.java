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

  /** A situation, a task and actions, to which each test adds a closing sentence. */
  private static final String DRINKING =
      "Last year I worked with a client who was drinking heavily. My goal was to help him cut"
          + " down. I referred him to a detox service and I met him weekly.";

  private static final String CRISIS = "Last year a client of mine was in crisis at the clinic.";

  private static StarResult.Component detect(String answer, StarComponent c) {
    return StarDetector.detect(ANALYZER.analyze(answer), StarExpectations.standard())
        .components()
        .get(c);
  }

  private static List<String> evidence(StarResult.Component c) {
    return c.evidence().stream().map(Span::text).toList();
  }

  // F2: results stated by a third party, with change verbs, measurements, completion verbs and
  // temporal markers.

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          He has stayed sober ever since.                          | ever since
          He now lives independently and has a part-time job.      | he now
          His drinking halved within a month.                      | his drinking halved
          By spring his drinking had dropped by half.              | his drinking had dropped
          His weekly drinks went from 40 to 12 in six weeks.       | his weekly drinks went
          The weekly meetings paid off, leading to a job offer in spring. | leading to
          He made steady progress and kept every appointment.     | steady progress
          After a while he calmed down and took his medication.   | he calmed
          He was angry at first but continued with the group.     | he was angry at first but continued
          He ended up joining a peer support group.               | he ended up
          """)
  void findsResultSentencesAfterTheActions(String result, String cue) {
    StarResult.Component r = detect(DRINKING + " " + result, StarComponent.RESULT);

    assertThat(r.found()).isTrue();
    assertThat(evidence(r)).containsExactly(result);
    assertThat(r.cues()).containsExactly(cue);
  }

  @Test
  void onceWithACommaOpensASituation() {
    String opening = "Once, at the clinic, a man arrived in tears and shaking.";
    StarResult.Component s =
        detect(opening + " I sat with him and we slowed his breathing.", StarComponent.SITUATION);

    assertThat(s.found()).isTrue();
    assertThat(evidence(s)).containsExactly(opening);
    assertThat(s.cues()).contains("once,");
  }

  @Test
  void aPersonDescribedWithAnAdjectiveOrSeenByMeOpensASituation() {
    String opening =
        "In my view trust comes first. For example, a young woman I saw had stopped trusting"
            + " services after a bad admission.";
    StarResult.Component s =
        detect(
            opening + " I kept every appointment I promised and she slowly opened up.",
            StarComponent.SITUATION);

    assertThat(s.found()).isTrue();
    assertThat(s.cues()).containsExactly("a young woman i saw");
    // A general statement about a kind of client in the present tense is no story.
    assertThat(
            detect(
                    "An anxious client with panic attacks needs a calm room. I keep my voice low.",
                    StarComponent.SITUATION)
                .found())
        .isFalse();
  }

  @Test
  void findsAMeasuredScoreChangeWithAWordBetweenPossessiveAndNoun() {
    String result = "Her PHQ-9 score went from 18 to 7 in six weeks.";
    StarResult.Component r =
        detect(
            "Last year I worked with a client with severe depression. My goal was to reduce her"
                + " symptoms. I delivered weekly CBT sessions and I coordinated with her GP. "
                + result,
            StarComponent.RESULT);

    assertThat(r.found()).isTrue();
    assertThat(evidence(r)).containsExactly(result);
    assertThat(r.cues()).containsExactly("her phq-9 score went");
  }

  @Test
  void findsCompletionByTheClient() {
    String result = "The client completed his course and found a job.";
    StarResult.Component r =
        detect(
            "Last year I worked with a young man who had dropped out of college. My task was to"
                + " help him return to study. I helped him apply and I met his tutor with him. "
                + result,
            StarComponent.RESULT);

    assertThat(r.found()).isTrue();
    assertThat(evidence(r)).containsExactly(result);
    assertThat(r.cues()).containsExactly("the client completed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Her attendance is up 40%.         | 40%
          Her attendance is up 40 percent.  | 40 percent
          """)
  void findsAPercentageWhetherWrittenAsASignOrAWord(String result, String cue) {
    StarResult.Component r =
        detect(
            "Last year I worked with a client who kept missing appointments. My goal was to"
                + " improve her attendance. I called her each week and we set up text reminders. "
                + result,
            StarComponent.RESULT);

    assertThat(r.found()).isTrue();
    assertThat(evidence(r)).containsExactly(result);
    assertThat(r.cues()).containsExactly(cue);
  }

  @Test
  void storyWithoutAnOutcomeHasNoResult() {
    assertThat(detect(DRINKING, StarComponent.RESULT).found()).isFalse();
  }

  @Test
  void relativeClauseInTheSituationIsNoResult() {
    // "whose drinking had doubled" describes the client, not an outcome; "had dropped out" too.
    String answer =
        "Last year I worked with a young man whose drinking had doubled in a year and who had"
            + " dropped out of college. My goal was to help him cut down. I referred him to a"
            + " detox service and I met him weekly.";

    assertThat(detect(answer, StarComponent.RESULT).found()).isFalse();
  }

  @Test
  void infinitiveOfACompletionVerbIsNoResult() {
    String answer = DRINKING + " I used that time to get him a place in a hostel.";

    assertThat(detect(answer, StarComponent.RESULT).found()).isFalse();
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
  void putAndSetAreHabitsBesideThePresentTenseOrAfterAlways() {
    assertThat(
            detect(
                    "I always put the client first. I listen, I show empathy and I set clear"
                        + " goals.",
                    StarComponent.ACTION)
                .found())
        .isFalse();
    // In a sentence told in the past they are actions.
    StarResult.Component a =
        detect(CRISIS + " I set up a meeting with her family that evening.", StarComponent.ACTION);
    assertThat(a.found()).isTrue();
    assertThat(a.cues()).containsExactly("i set up");
  }

  @Test
  void baseFormsEndingInEedAreNotPast() {
    assertThat(
            detect("When I need support I proceed slowly with the client.", StarComponent.ACTION)
                .found())
        .isFalse();
    assertThat(
            detect(CRISIS + " I agreed to phone her every morning.", StarComponent.ACTION).found())
        .isTrue();
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

  // Measured on star-labelled.yaml (StarLabelledSentencesTest); each rule below on sentences of
  // its own.

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I have worked on three wards, and the pattern has been the same on each.   | present perfect: experience summed up
          I was asked to cover the evening clinic for a month.                      | passive: done to the writer
          When I joined the team, the waiting list was six weeks long.              | a leading time clause sets the scene
          I repeat back what I heard so the caller knows I listened.                | a habit, whatever it embeds
          I assumed she was busy with her new job.                                  | a thought, not a deed
          """)
  void statementsThatAreNoActionOfTheStory(String sentence, String why) {
    String answer = CRISIS + " " + sentence + " Nothing changed for her.";

    assertThat(detect(answer, StarComponent.ACTION).found()).as(why).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I usually give clients a week, but this time I called her the next day. | a habit that turns to the story
          I rebuilt the rota so that two staff overlapped at handover.             | an irregular past behind a prefix
          """)
  void actionsThatLookLikeSomethingElse(String action, String why) {
    StarResult.Component a = detect(CRISIS + " " + action, StarComponent.ACTION);

    assertThat(a.found()).as(why).isTrue();
    assertThat(evidence(a)).containsExactly(action);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          My supervisor asked me to take over the group for the summer.     | asked me to
          The manager put me in charge of the weekend rota.                | put me in charge
          I made it my job to see every complaint through to the end.      | made it my job
          """)
  void someoneElseGivingTheWriterAJobIsATask(String sentence, String cue) {
    StarResult.Component t = detect(CRISIS + " " + sentence, StarComponent.TASK);

    assertThat(t.found()).isTrue();
    assertThat(t.cues()).containsExactly(cue);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          That winter the day centre lost half its volunteers.                   | that winter
          The son of one of my patients phoned the ward every hour.              | one of my patients
          I was the only nurse on the ward that night.                           | i was the only nurse
          I was running the drop-in on my own that afternoon.                    | i was running
          """)
  void backgroundToldEarlyIsASituation(String sentence, String cue) {
    String answer = sentence + " I called the duty manager and we agreed a plan. It worked.";
    StarResult.Component s = detect(answer, StarComponent.SITUATION);

    assertThat(s.found()).isTrue();
    assertThat(evidence(s)).containsExactly(sentence);
    assertThat(s.cues()).containsExactly(cue);
  }

  @Test
  void aHypotheticalOpeningIsNoSituation() {
    String answer =
        "If a resident told me they had fallen, I would check them for injuries first. Then I would"
            + " call the nurse in charge. I would also write it up before the end of my shift.";

    assertThat(detect(answer, StarComponent.SITUATION).found()).isFalse();
    assertThat(detect(answer, StarComponent.ACTION).found()).isFalse();
  }

  @Test
  void aStoryMayOpenWithItsMeasuredResult() {
    String result = "We cut missed appointments from about one in three to one in ten.";
    String answer =
        result
            + " I was the clinic coordinator at the time. I started phoning every client the day"
            + " before.";
    StarResult r = StarDetector.detect(ANALYZER.analyze(answer), StarExpectations.standard());

    assertThat(evidence(r.components().get(StarComponent.RESULT))).containsExactly(result);
    // The opening sentence states the outcome, not the scene; the next one sets the scene.
    assertThat(evidence(r.components().get(StarComponent.SITUATION)))
        .containsExactly("I was the clinic coordinator at the time.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          After that the team added a risk question to every intake.       | after that
          The family have come to every session since.                     | since
          The ward then changed how it handed over falls.                  | later past-tense sentence about others
          No one on the ward was hurt.                                     | later past-tense sentence about others
          She didn't need to go to hospital that night.                    | later past-tense sentence about others
          """)
  void lateOutcomesWithoutAnOutcomeWordAreResults(String result, String cue) {
    StarResult.Component r = detect(DRINKING + " " + result, StarComponent.RESULT);

    assertThat(r.found()).isTrue();
    assertThat(evidence(r)).containsExactly(result);
    assertThat(r.cues()).containsExactly(cue);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Then I phoned his sister as well.
          Then I'd phoned his sister as well.
          Then we'd phoned his sister as well.
          """)
  void aLateSentenceAboutTheWriterIsNoOutcomeOfOthers(String late) {
    // The writer's own later step, also with a contracted "I'd" or "we'd" (one token), is an
    // action, not what became of others.
    StarResult.Component r = detect(DRINKING + " " + late, StarComponent.RESULT);

    assertThat(r.cues()).doesNotContain("later past-tense sentence about others");
    assertThat(evidence(r)).doesNotContain(late);
  }

  @Test
  void aLessonAloneIsNoResult() {
    // A story that ends in a lesson and no outcome is told to add its outcome.
    String answer = DRINKING + " It taught me that small steps matter more than big promises.";

    assertThat(detect(answer, StarComponent.RESULT).found()).isFalse();
  }
}
