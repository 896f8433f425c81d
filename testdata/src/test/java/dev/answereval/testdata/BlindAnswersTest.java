package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.answereval.bench.Metrics;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Band;
import dev.answereval.scoring.BankEvaluator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers written from the question text alone, without the rubrics, and graded 1-5 holistically
 * ({@code answer-eval/graded/mental-health-blind.yaml}): how the scorer does on answers that were
 * not written with its rubrics in mind. The floors sit just under today's figures.
 */
class BlindAnswersTest {
  static final String RESOURCE = "/answer-eval/graded/mental-health-blind.yaml";

  /** One blind answer with its holistic grade and its score. */
  record Scored(String question, String level, int grade, String answer, AnswerScore score) {
    double points() {
      return score.isScored() ? score.score() : 0;
    }
  }

  private static List<Scored> scored;

  @BeforeAll
  static void scoreAll() throws IOException {
    BankEvaluator evaluators = BuiltInBank.evaluators();
    scored = new ArrayList<>();
    try (InputStream in = BlindAnswersTest.class.getResourceAsStream(RESOURCE)) {
      Objects.requireNonNull(in, RESOURCE);
      for (JsonNode a : new ObjectMapper(new YAMLFactory()).readTree(in).get("answers")) {
        String question = a.get("question").asText();
        String answer = a.get("answer").asText().strip();
        scored.add(
            new Scored(
                question,
                a.get("level").asText(),
                a.get("grade").asInt(),
                answer,
                evaluators.score(question, answer)));
      }
    }
  }

  @Test
  void coversEveryQuestionAtFourLevels() {
    assertThat(scored).hasSize(208);
    assertThat(scored.stream().map(Scored::question).distinct()).hasSize(52);
    assertThat(scored).allSatisfy(s -> assertThat(s.score().isScored()).as(s.answer()).isTrue());
  }

  @Test
  void scoresFollowTheHolisticGrades() {
    double[] points = scored.stream().mapToDouble(Scored::points).toArray();
    double[] grades = scored.stream().mapToDouble(Scored::grade).toArray();
    int[] bands = scored.stream().mapToInt(s -> s.score().band().level()).toArray();
    int[] gradeLevels = scored.stream().mapToInt(Scored::grade).toArray();

    // Today: Pearson 0.909, Spearman 0.913, band QWK 0.860.
    assertThat(Metrics.pearson(points, grades).value()).isGreaterThan(0.9);
    assertThat(Metrics.spearman(points, grades).value()).isGreaterThan(0.9);
    assertThat(Metrics.quadraticWeightedKappa(bands, gradeLevels, 1, 5).value())
        .isGreaterThan(0.85);
  }

  @Test
  void goodAnswersReachGoodAndWeakOnesDoNot() {
    Map<Integer, int[]> atGood = new LinkedHashMap<>();
    for (Scored s : scored) {
      int[] counts = atGood.computeIfAbsent(s.grade(), g -> new int[2]);
      counts[0]++;
      if (s.score().band().level() >= Band.GOOD.level()) {
        counts[1]++;
      }
    }
    // Every long excellent answer reaches Good; concise good ones mostly do (40 of 52 today:
    // the rest state two or three of a rubric's six points, and a 55-word answer cannot say
    // more); no weak or insufficient answer does.
    assertThat(atGood.get(5)).containsExactly(52, 52);
    assertThat(atGood.get(4)[0]).isEqualTo(52);
    assertThat(atGood.get(4)[1]).isGreaterThanOrEqualTo(40);
    assertThat(atGood.get(2)[1]).isZero();
    assertThat(atGood.get(1)[1]).isZero();
    assertThat(scored)
        .filteredOn(s -> s.grade() <= 2)
        .allSatisfy(s -> assertThat(s.points()).as(s.answer()).isLessThan(50));
  }

  @Test
  void withinAQuestionABetterAnswerScoresHigher() {
    int pairs = 0;
    List<String> discordant = new ArrayList<>();
    List<String> twoGradesApart = new ArrayList<>();
    for (Scored a : scored) {
      for (Scored b : scored) {
        if (!a.question().equals(b.question()) || a.grade() <= b.grade()) {
          continue;
        }
        pairs++;
        if (a.points() <= b.points()) {
          String pair = a.question() + " " + a.level() + " <= " + b.level();
          discordant.add(pair);
          if (a.grade() - b.grade() >= 2) {
            twoGradesApart.add(pair);
          }
        }
      }
    }
    assertThat(pairs).isEqualTo(309);
    // Today 7 of 309 pairs are inverted. One is two grades apart: on mhs-18 a thin answer in the
    // rubric's words beats a full story that says "I didn't argue" and "he said he hated how
    // paranoid it made him" for the rubric's "avoided lecturing" and "the client's own reasons".
    assertThat(discordant).as(discordant.toString()).hasSizeLessThanOrEqualTo(7);
    assertThat(twoGradesApart).containsExactly("mhs-18 strong_long <= middling");
  }
}
