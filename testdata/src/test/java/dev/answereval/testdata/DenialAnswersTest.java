package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Band;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.scoring.FlagType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers made of every key point of a bank question, each denied: the rubric's own words must not
 * carry a score when the answer says they are false. Runs over all 52 questions of the built-in
 * bank.
 */
class DenialAnswersTest {
  private static QuestionBank bank;
  private static BankEvaluator evaluators;

  @BeforeAll
  static void load() {
    evaluators = BuiltInBank.evaluators();
    bank = BuiltInBank.bank();
  }

  /** The description as a clause: "My first ..." becomes "my first ...", "I ..." stays. */
  private static String clause(KeyPoint k) {
    String d = k.description().strip();
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    return d.startsWith("I ") ? d : d.substring(0, 1).toLowerCase(Locale.ROOT) + d.substring(1);
  }

  /** Scores one answer per question, built from its key points, and lists those at Good or up. */
  private static List<String> goodOrBetter(Function<KeyPoint, String> sentence) {
    return atLeast(Band.GOOD, sentence);
  }

  /**
   * Scores one answer per question, built from its key points, and lists those in the band or up.
   */
  private static List<String> atLeast(Band band, Function<KeyPoint, String> sentence) {
    List<String> high = new ArrayList<>();
    for (Question q : bank.questions()) {
      StringBuilder answer = new StringBuilder();
      for (KeyPoint k : q.rubric().keyPoints()) {
        answer.append(sentence.apply(k)).append(' ');
      }
      AnswerScore s = evaluators.score(q.id(), answer.toString().strip());
      if (s.isScored() && s.band().level() >= band.level()) {
        high.add(String.format(Locale.ROOT, "%s %.1f", q.id(), s.score()));
      }
    }
    return high;
  }

  @Test
  void everyKeyPointDeclaredFalseScoresBelowGood() {
    assertThat(goodOrBetter(k -> "It is false that " + clause(k) + ".")).isEmpty();
  }

  @Test
  void everyKeyPointDeclaredNotTrueScoresBelowGood() {
    assertThat(goodOrBetter(k -> "It is not true that " + clause(k) + ".")).isEmpty();
  }

  /**
   * "I listen for ..." becomes "I never listen for ..."; other descriptions are denied whole. One
   * question stays at Good: mhs-02, whose descriptions read "validate their frustration without
   * judgment" and "rather than arguing, listening for change talk". "Never X without Y" reads as a
   * condition (X only with Y), so there the denial cancels out.
   */
  @Test
  void everyKeyPointWithNeverScoresBelowGoodButOne() {
    assertThat(
            goodOrBetter(
                k ->
                    clause(k).startsWith("I ")
                        ? "I never " + clause(k).substring(2) + "."
                        : "It is not true that " + clause(k) + "."))
        .singleElement()
        .asString()
        .startsWith("mhs-02 ");
  }

  /**
   * "I listen for ..." becomes "I don't listen for ..."; other descriptions are denied whole. Only
   * mhs-02 reaches Good, for the reason given above. Three more stay at Adequate because a clause
   * of a long description escapes the denial: "..., going through with the client exactly what they
   * agree to share" (mhs-12), "..., with a calm, predictable environment" (mhs-13), and "I don't
   * find out why the client isn't following the plan", whose inner "isn't" keeps the rubric's own
   * polarity (qmhp-19). The other 48 are Weak or below.
   */
  @Test
  void everyKeyPointWithDontScoresWeakOrBelowButFour() {
    Function<KeyPoint, String> dont =
        k ->
            clause(k).startsWith("I ")
                ? "I don't " + clause(k).substring(2) + "."
                : "It is not true that " + clause(k) + ".";

    assertThat(goodOrBetter(dont)).singleElement().asString().startsWith("mhs-02 ");
    assertThat(atLeast(Band.ADEQUATE, dont).stream().map(s -> s.split(" ")[0]))
        .containsExactly("mhs-02", "mhs-12", "mhs-13", "qmhp-19");
  }

  /** Each key point asked as a question and answered "No, that is a waste of time." */
  @Test
  void everyKeyPointAskedAndDeniedScoresInsufficient() {
    assertThat(
            atLeast(
                Band.WEAK,
                k ->
                    clause(k).substring(0, 1).toUpperCase(Locale.ROOT)
                        + clause(k).substring(1)
                        + "? No, that is a waste of time."))
        .isEmpty();
  }

  @Test
  void theSameKeyPointsStatedPlainlyScoreGoodOrBetter() {
    assertThat(
            goodOrBetter(
                k ->
                    clause(k).substring(0, 1).toUpperCase(Locale.ROOT)
                        + clause(k).substring(1)
                        + "."))
        .hasSize(bank.size());
  }

  @Test
  void aDeniedAnswerIsFlaggedAsContradicting() {
    Question q = bank.get("mhs-04");
    StringBuilder answer = new StringBuilder();
    for (KeyPoint k : q.rubric().keyPoints()) {
      answer.append("It is false that ").append(clause(k)).append(". ");
    }
    AnswerScore s = evaluators.score(q.id(), answer.toString().strip());

    assertThat(s.hasFlag(FlagType.CONTRADICTS_KEY_POINTS)).isTrue();
    assertThat(s.keyPoints()).allMatch(k -> !k.covered());
  }
}
