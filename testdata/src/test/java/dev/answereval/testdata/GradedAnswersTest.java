package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.StarComponent;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.scoring.Evaluator;
import dev.answereval.scoring.FlagType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The behaviour the scorer must show on answers we wrote at several levels for 24 bank questions:
 * excellent > adequate > weak; excellent beats off-topic, keyword-list, shuffled and
 * opposite-stance answers; adequate beats keyword lists and opposite stance; and for behavioral
 * questions removing the Result or the Actions lowers the STAR result and the score.
 */
class GradedAnswersTest {
  private static BankEvaluator evaluators;
  private static List<GradedAnswers.Entry> entries;

  @BeforeAll
  static void load() throws IOException {
    evaluators = BuiltInBank.evaluators();
    entries = GradedAnswers.load();
  }

  @Test
  void coversAtLeastTwentyQuestionsWithEightBehavioral() {
    assertThat(entries).hasSizeGreaterThanOrEqualTo(20);
    assertThat(entries.stream().filter(GradedAnswers.Entry::behavioral).count())
        .isGreaterThanOrEqualTo(8);
    for (GradedAnswers.Entry e : entries) {
      assertThat(evaluators.bank().find(e.question())).as(e.question()).isPresent();
    }
  }

  /** The excellent answer with its words in a seeded random order. */
  static String shuffled(String text, long seed) {
    List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
    Collections.shuffle(words, new Random(seed));
    return String.join(" ", words);
  }

  @TestFactory
  Stream<DynamicTest> requiredOrderHolds() {
    return entries.stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.question(),
                    () -> {
                      Evaluator ev = evaluators.evaluator(e.question());
                      double excellent = ev.score(e.excellent()).score();
                      double adequate = ev.score(e.adequate()).score();
                      double weak = ev.score(e.weak()).score();
                      double keywords = scoreOrZero(ev.score(e.keywords()));
                      double shuffled = ev.score(shuffled(e.excellent(), 42)).score();
                      double opposite = ev.score(e.opposite()).score();
                      GradedAnswers.Entry other = otherEntry(e);
                      double offTopic = ev.score(other.excellent()).score();
                      String report =
                          String.format(
                              "%s: excellent %.1f adequate %.1f weak %.1f keywords %.1f shuffled %.1f opposite %.1f off-topic(%s) %.1f",
                              e.question(),
                              excellent,
                              adequate,
                              weak,
                              keywords,
                              shuffled,
                              opposite,
                              other.question(),
                              offTopic);
                      assertThat(excellent).as(report).isGreaterThan(adequate);
                      assertThat(adequate).as(report).isGreaterThan(weak);
                      assertThat(excellent).as(report).isGreaterThan(offTopic);
                      assertThat(excellent).as(report).isGreaterThan(keywords);
                      assertThat(excellent).as(report).isGreaterThan(shuffled);
                      assertThat(excellent).as(report).isGreaterThan(opposite);
                      assertThat(adequate).as(report).isGreaterThan(keywords);
                      assertThat(adequate).as(report).isGreaterThan(opposite);
                    }));
  }

  /**
   * Shuffling must not be a cheap way to a score. Each of our answers of 60 words or more, shuffled
   * in five different orders, is flagged incoherent and keeps at most 40% of its score (or 10
   * points, about what length alone earns); the short ones (weak answers, whose word order is less
   * certain to tell) gain at most 5 points.
   */
  @Test
  void shuffledWordsAreFlaggedAndScoreLow() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (GradedAnswers.Entry e : entries) {
      Evaluator ev = evaluators.evaluator(e.question());
      for (String text : List.of(e.excellent(), e.adequate(), e.weak(), e.opposite())) {
        double original = ev.score(text).score();
        boolean long_ = text.split("\\s+").length >= 60;
        for (long seed = 1; seed <= 5; seed++) {
          AnswerScore s = ev.score(shuffled(text, seed));
          checked++;
          boolean ok =
              long_
                  ? s.hasFlag(FlagType.INCOHERENT) && s.score() <= Math.max(10, 0.4 * original)
                  : s.score() <= original + 5;
          if (!ok) {
            problems.add(
                String.format(
                    "%s seed %d: %.1f of %.1f %s",
                    e.question(), seed, s.score(), original, s.flags()));
          }
        }
      }
    }
    assertThat(checked).isEqualTo(entries.size() * 4 * 5);
    assertThat(problems).isEmpty();
  }

  /**
   * The excellent answers typed as one run-on sentence, each sentence joined to the next with ",
   * and" and keeping its capital letter: still coherent, and within a few points of the original.
   */
  @Test
  void runOnSentencesAreNotMistakenForShuffledText() {
    List<String> problems = new ArrayList<>();
    for (GradedAnswers.Entry e : entries) {
      Evaluator ev = evaluators.evaluator(e.question());
      String runOn =
          String.join(", and ", e.excellent().trim().split("(?<=[.!?])\\s+"))
              .replaceAll("[.!?], and ", ", and ");
      AnswerScore original = ev.score(e.excellent());
      AnswerScore joined = ev.score(runOn);
      if (joined.hasFlag(FlagType.INCOHERENT) || joined.score() < original.score() - 10) {
        problems.add(
            String.format(
                "%s: %.1f of %.1f %s",
                e.question(), joined.score(), original.score(), joined.flags()));
      }
    }
    assertThat(problems).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> removingResultOrActionsLowersStarAndScore() {
    return entries.stream()
        .filter(GradedAnswers.Entry::behavioral)
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.question(),
                    () -> {
                      Evaluator ev = evaluators.evaluator(e.question());
                      AnswerScore full = ev.score(e.excellent());
                      AnswerScore noResult = ev.score(e.withoutResult());
                      AnswerScore noAction = ev.score(e.withoutAction());
                      assertThat(full.hasStar(StarComponent.RESULT))
                          .as("result in full answer")
                          .isTrue();
                      assertThat(full.hasStar(StarComponent.ACTION))
                          .as("action in full answer")
                          .isTrue();
                      assertThat(noResult.star().score())
                          .as("STAR without result")
                          .isLessThan(full.star().score());
                      assertThat(noResult.score())
                          .as("score without result")
                          .isLessThan(full.score());
                      assertThat(noAction.star().score())
                          .as("STAR without actions")
                          .isLessThan(full.star().score());
                      assertThat(noAction.score())
                          .as("score without actions")
                          .isLessThan(full.score());
                    }));
  }

  private static double scoreOrZero(AnswerScore s) {
    return s.isScored() ? s.score() : 0;
  }

  /** A graded entry for a different question, chosen so its topic differs. */
  private static GradedAnswers.Entry otherEntry(GradedAnswers.Entry e) {
    int i = entries.indexOf(e);
    return entries.get((i + entries.size() / 2) % entries.size());
  }
}
