package dev.answereval.examples;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.RubricFormatException;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.scoring.LintWarning;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code answer-eval lint}: the rubric lint of every question of a bank (or one), so that rubric
 * authors see overlapping key points, cues that can never match, too many required points and
 * exemplars that miss their own rubric before answers are scored. Exit 0 when clean, 1 with
 * warnings, 2 on bad input. One instance per run; not thread-safe.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = AnswerEvalCli.Version.class,
    description = {
      "Checks a bank's rubrics: overlapping key points, cues that can never match, more than one"
          + " required key point, exemplars that miss their rubric.",
      "Exit 0 when every rubric is clean, 1 when there are warnings, 2 on bad input."
    })
public final class LintCommand implements Callable<Integer> {

  @Mixin private BankOption bank = new BankOption();

  @Option(
      names = "--question",
      paramLabel = "ID",
      description = "Only this question; default: every question of the bank.")
  private @Nullable String questionId;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws RubricFormatException {
    QuestionBank b = bank.load();
    List<Question> questions =
        questionId == null ? b.questions() : List.of(BankOption.question(b, questionId));
    BankEvaluator evaluators = BankEvaluator.of(b);
    PrintWriter out = spec.commandLine().getOut();
    int warnings = 0;
    int flagged = 0;
    for (Question q : questions) {
      List<LintWarning> found = evaluators.evaluator(q.id()).lint();
      for (LintWarning w : found) {
        out.println(q.id() + ": " + w.kind().name().toLowerCase(Locale.ROOT) + ": " + w.message());
      }
      warnings += found.size();
      flagged += found.isEmpty() ? 0 : 1;
    }
    out.println(
        warnings == 0
            ? "lint: " + questions.size() + " " + plural(questions.size(), "rubric") + " clean"
            : String.format(
                Locale.ROOT,
                "lint: %d %s in %d of %d %s",
                warnings,
                plural(warnings, "warning"),
                flagged,
                questions.size(),
                plural(questions.size(), "rubric")));
    return warnings == 0 ? 0 : 1;
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }
}
