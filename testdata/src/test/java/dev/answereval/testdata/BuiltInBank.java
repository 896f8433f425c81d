package dev.answereval.testdata;

import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.BankEvaluator;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The built-in mental-health bank and its evaluators, built once per test JVM and shared by the
 * test classes here: both are immutable and thread-safe, and building them is the slow part.
 */
final class BuiltInBank {
  private BuiltInBank() {}

  /** The evaluators for all 52 questions, sharing one index. */
  static BankEvaluator evaluators() {
    return Holder.EVALUATORS;
  }

  /** The bank itself. */
  static QuestionBank bank() {
    return evaluators().bank();
  }

  private static final class Holder {
    static final BankEvaluator EVALUATORS = load();

    private static BankEvaluator load() {
      try {
        return BankEvaluator.of(QuestionBank.builtIn("mental-health"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the built-in bank", e);
      }
    }
  }
}
