package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.Exemplar;
import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.Rubric;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rubric lint: overlapping key points, unmatchable cues and exemplars that miss their rubric. */
class LintTest {
  private static final String TEXT =
      "What do you do when a client has a panic attack in your office?";

  private static final KeyPoint BREATHING =
      new KeyPoint(
          "breathing",
          "I guide slow breathing with a long exhale to calm the body.",
          1,
          false,
          List.of("deep breaths", "exhale"),
          List.of(),
          null);

  private static final KeyPoint GROUNDING =
      new KeyPoint(
          "grounding",
          "I use grounding, asking them to name things they can see and hear.",
          1,
          false,
          List.of("grounding", "five things"),
          List.of(),
          null);

  private static final String GOOD_EXEMPLAR =
      "I sit with the client and guide slow breathing, in for four and out with a long exhale, to"
          + " calm the body. When they can follow me, I use grounding and ask them to name five"
          + " things they can see and three things they can hear.";

  private static List<LintWarning> lint(Rubric rubric) {
    return Evaluator.of(Question.of("panic", TEXT, rubric)).lint();
  }

  @Test
  void cleanRubricHasNoWarnings() {
    Rubric clean =
        Rubric.builder().keyPoint(BREATHING).keyPoint(GROUNDING).exemplar(GOOD_EXEMPLAR).build();

    assertThat(lint(clean)).isEmpty();
  }

  @Test
  void overlappingKeyPointsAreReported() {
    KeyPoint again =
        KeyPoint.of("breathing-again", "I guide slow breathing with a long exhale to calm them.");
    Rubric rubric =
        Rubric.builder().keyPoint(BREATHING).keyPoint(GROUNDING).keyPoint(again).build();

    List<LintWarning> warnings = lint(rubric);
    assertThat(warnings).hasSize(1);
    LintWarning w = warnings.get(0);
    assertThat(w.kind()).isEqualTo(LintWarning.Kind.OVERLAPPING_KEY_POINTS);
    assertThat(w.elementId()).isEqualTo("breathing/breathing-again");
    assertThat(w.message()).startsWith("key points 'breathing' and 'breathing-again' share ");
  }

  @Test
  void cueOfOnlyStopWordsIsUnmatchable() {
    KeyPoint withStopCue =
        new KeyPoint(
            "grounding",
            "I use grounding, asking them to name things they can see and hear.",
            1,
            false,
            List.of("grounding", "the"),
            List.of(),
            null);
    Rubric rubric = Rubric.builder().keyPoint(BREATHING).keyPoint(withStopCue).build();

    assertThat(lint(rubric))
        .containsExactly(
            new LintWarning(
                LintWarning.Kind.UNMATCHABLE_CUE,
                "grounding",
                "cue 'the' of key point 'grounding' has only stop words after analysis and can"
                    + " never match"));
  }

  @Test
  void keyPointsWithTheSameCuesAndParaphrasesOverlapWhateverTheirDescriptions() {
    List<String> cues = List.of("safety plan", "crisis line", "warning signs");
    List<String> paraphrases =
        List.of("We write down who to call and what to do when it gets bad.");
    KeyPoint safety =
        new KeyPoint(
            "safety", "I make sure they are safe tonight.", 1, false, cues, paraphrases, null);
    KeyPoint planning =
        new KeyPoint(
            "planning", "I plan the next steps together.", 1, false, cues, paraphrases, null);

    List<LintWarning> warnings = lint(Rubric.builder().keyPoint(safety).keyPoint(planning).build());

    assertThat(warnings)
        .extracting(LintWarning::kind)
        .containsExactly(LintWarning.Kind.OVERLAPPING_KEY_POINTS);
    assertThat(warnings.get(0).elementId()).isEqualTo("safety/planning");
  }

  @Test
  void sharingTheQuestionsOwnWordsIsNotOverlap() {
    // "client", "panic" and "attack" come from the question; the points differ in what they add.
    KeyPoint stay = KeyPoint.of("stay", "I stay with the client through the panic attack.");
    KeyPoint explain =
        KeyPoint.of("explain", "I explain to the client what a panic attack does to the body.");

    assertThat(lint(Rubric.builder().keyPoint(stay).keyPoint(explain).build())).isEmpty();
  }

  @Test
  void redFlagCuesAreLintedAndAHyphenatedCueNeedsBothHalves() {
    Rubric rubric =
        Rubric.builder()
            .keyPoint(BREATHING)
            .keyPoint(GROUNDING)
            .redFlag(
                new dev.answereval.rubric.RedFlag(
                    "blame",
                    "I call the client attention-seeking.",
                    List.of("attention-seeking", "by myself", "?!"),
                    20))
            .build();
    Evaluator e = Evaluator.of(Question.of("panic", TEXT, rubric));

    assertThat(e.lint())
        .containsExactly(
            new LintWarning(
                LintWarning.Kind.UNMATCHABLE_CUE,
                "blame",
                "cue '?!' of red flag 'blame' has no words and can never match"));
    assertThat(
            e.score(
                    "I paid close attention to what she told me and guided slow breathing with a"
                        + " long exhale.")
                .hasFlag(FlagType.RED_FLAG))
        .isFalse();
    assertThat(
            e.score("Honestly, she was being attention-seeking, so I waited for it to pass.")
                .hasFlag(FlagType.RED_FLAG))
        .isTrue();
  }

  @Test
  void moreThanOneRequiredKeyPointIsReported() {
    KeyPoint breathing =
        new KeyPoint(
            BREATHING.id(), BREATHING.description(), 1, true, BREATHING.cues(), List.of(), null);
    KeyPoint grounding =
        new KeyPoint(
            GROUNDING.id(), GROUNDING.description(), 1, true, GROUNDING.cues(), List.of(), null);
    assertThat(lint(Rubric.builder().keyPoint(breathing).keyPoint(GROUNDING).build())).isEmpty();

    List<LintWarning> warnings =
        lint(Rubric.builder().keyPoint(breathing).keyPoint(grounding).build());
    assertThat(warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(LintWarning.Kind.MANY_REQUIRED_KEY_POINTS);
              assertThat(w.elementId()).isEqualTo("breathing/grounding");
              assertThat(w.message())
                  .isEqualTo(
                      "2 of 2 key points are required (breathing, grounding): an answer that"
                          + " words any of them in terms the matcher misses is capped at 55; keep"
                          + " required for the point no good answer can leave out");
            });
  }

  @Test
  void exemplarAboutSomethingElseMissesTheRubric() {
    String offTopic =
        "I keep my case notes on the same day, with the date, the facts I observed and the plan we"
            + " agreed, and I store them in the locked cabinet at the end of every shift.";
    Rubric rubric =
        Rubric.builder()
            .keyPoint(BREATHING)
            .keyPoint(GROUNDING)
            .exemplar(GOOD_EXEMPLAR)
            .exemplar(new Exemplar(offTopic, 90.0))
            .build();

    List<LintWarning> warnings = lint(rubric);
    assertThat(warnings).hasSize(1);
    LintWarning w = warnings.get(0);
    assertThat(w.kind()).isEqualTo(LintWarning.Kind.EXEMPLAR_MISSES_RUBRIC);
    assertThat(w.elementId()).isEqualTo("exemplar[1]");
    assertThat(w.message())
        .startsWith("exemplar 1 (grade 90) covers 0 of 2 key points and scores ");
  }

  @Test
  void lowGradedExemplarIsNotCheckedAgainstTheRubric() {
    String weak = "I would tell them to calm down and wait for the feeling to pass on its own.";
    Rubric rubric =
        Rubric.builder()
            .keyPoint(BREATHING)
            .keyPoint(GROUNDING)
            .exemplar(GOOD_EXEMPLAR)
            .exemplar(new Exemplar(weak, 30.0))
            .build();

    assertThat(lint(rubric)).isEmpty();
  }
}
