package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.report.AnswerScoreJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same answer, rubric and profile give bit-identical results across threads and instances. */
class DeterminismTest {
  private static final int THREADS = 8;
  private static final int ITERATIONS = 50;

  private static final List<String> ANSWERS = EvaluatorTest.SCORED_ANSWERS;

  @Test
  void eightThreadsGiveTheSingleThreadedResults() throws Exception {
    Evaluator evaluator = Evaluator.of(EvaluatorTest.QUESTION);
    List<AnswerScore> expected = new ArrayList<>();
    List<String> expectedJson = new ArrayList<>();
    for (String a : ANSWERS) {
      AnswerScore s = evaluator.score(a);
      expected.add(s);
      expectedJson.add(AnswerScoreJson.toJson(s));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<AnswerScore>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  List<AnswerScore> out = new ArrayList<>();
                  for (int i = 0; i < ITERATIONS; i++) {
                    // Each thread walks the answers from a different starting point.
                    int k = (offset + i) % ANSWERS.size();
                    out.add(evaluator.score(ANSWERS.get(k)));
                  }
                  return out;
                }));
      }
      for (int t = 0; t < THREADS; t++) {
        List<AnswerScore> results = futures.get(t).get();
        assertThat(results).hasSize(ITERATIONS);
        for (int i = 0; i < ITERATIONS; i++) {
          int k = (t + i) % ANSWERS.size();
          AnswerScore s = results.get(i);
          assertThat(s).isEqualTo(expected.get(k));
          assertThat(AnswerScoreJson.toJson(s)).isEqualTo(expectedJson.get(k));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void separatelyBuiltEvaluatorsGiveIdenticalJson() {
    Evaluator first = Evaluator.of(EvaluatorTest.QUESTION);
    Evaluator second = Evaluator.of(EvaluatorTest.QUESTION);
    assertThat(second).isNotSameAs(first);
    for (String a : ANSWERS) {
      AnswerScore x = first.score(a);
      AnswerScore y = second.score(a);
      assertThat(AnswerScoreJson.toJson(y)).isEqualTo(AnswerScoreJson.toJson(x));
      assertThat(Double.doubleToRawLongBits(y.score()))
          .isEqualTo(Double.doubleToRawLongBits(x.score()));
    }
  }

  @Test
  void bankEvaluatorsBuiltTwiceGiveIdenticalJson() {
    BankEvaluator first = BankEvaluator.of(BankEvaluatorTest.BANK);
    BankEvaluator second = BankEvaluator.of(BankEvaluatorTest.BANK);
    for (String id : List.of("conf", "panic", "notes")) {
      AnswerScore x = first.score(id, BankEvaluatorTest.PANIC_ANSWER);
      AnswerScore y = second.score(id, BankEvaluatorTest.PANIC_ANSWER);
      assertThat(AnswerScoreJson.toJson(y)).isEqualTo(AnswerScoreJson.toJson(x));
    }
  }
}
