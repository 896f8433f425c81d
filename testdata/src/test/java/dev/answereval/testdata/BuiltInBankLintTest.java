package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.BankEvaluator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in bank passes its own rubric lint: no overlapping key points, no cue that can never
 * match, no exemplar that misses its rubric.
 */
class BuiltInBankLintTest {
  @Test
  void everyQuestionLintsClean() {
    BankEvaluator evaluators = BuiltInBank.evaluators();
    QuestionBank bank = evaluators.bank();
    List<String> warnings = new ArrayList<>();
    for (Question q : bank) {
      evaluators.evaluator(q.id()).lint().forEach(w -> warnings.add(q.id() + ": " + w.message()));
    }

    assertThat(bank.size()).isEqualTo(52);
    assertThat(warnings).isEmpty();
  }
}
