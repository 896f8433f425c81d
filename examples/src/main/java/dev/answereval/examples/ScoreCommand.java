package dev.answereval.examples;

import dev.answereval.internal.FileProblems;
import dev.answereval.report.AnswerScoreJson;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.RubricFormatException;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.scoring.Evaluator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code answer-eval score}: scores one answer (human-readable, or JSON with {@code --json}), or a
 * JSONL batch in parallel with {@code --batch}. One instance per run; not thread-safe.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = AnswerEvalCli.Version.class,
    description = {
      "Scores an answer to one question of a bank.",
      "The answer comes from ANSWER arguments, --answer-file, or standard input ('-' or nothing).",
      "With --batch, scores every line {\"id\", \"question_id\", \"answer\"} of a JSONL file in"
          + " parallel and prints one JSON result per line, in input order."
    })
public final class ScoreCommand implements Callable<Integer> {

  @ParentCommand private AnswerEvalCli cli;

  @Spec private CommandSpec spec;

  @Mixin private BankOption bank = new BankOption();

  @Option(names = "--question", paramLabel = "ID", description = "The question's id, e.g. mhs-01.")
  private @Nullable String questionId;

  @Option(
      names = "--answer-file",
      paramLabel = "FILE",
      description = "Read the answer from FILE (UTF-8); '-' reads standard input.")
  private @Nullable String answerFile;

  @Option(names = "--json", description = "Print the result as JSON.")
  private boolean json;

  @Option(
      names = "--batch",
      paramLabel = "FILE.jsonl",
      description =
          "Score every line {\"id\", \"question_id\", \"answer\"} of a JSONL file: ids unique,"
              + " no other fields.")
  private @Nullable Path batch;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for --batch; default: the number of cores.")
  private @Nullable Integer threads;

  @Parameters(
      paramLabel = "ANSWER",
      arity = "0..*",
      description = "The answer text (words are joined by spaces); '-' reads standard input.")
  private List<String> answerWords = new ArrayList<>();

  @Override
  public Integer call() throws RubricFormatException, InterruptedException {
    if (batch != null) {
      return batch(batch);
    }
    if (questionId == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--question=ID'");
    }
    if (threads != null) {
      throw new ParameterException(spec.commandLine(), "--threads only applies to --batch");
    }
    if (answerFile != null && !answerWords.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "give the answer either as ANSWER or with --answer-file, not both");
    }
    QuestionBank b = bank.load();
    Question question = BankOption.question(b, questionId);
    String answer = readAnswer();
    Evaluator evaluator = Evaluator.of(b, question.id());
    AnswerScore result = evaluator.score(answer);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(AnswerScoreJson.toJson(result));
    } else {
      Style style = Style.of(cli.terminal().colour());
      for (String line : ScoreReport.lines(question, result, style)) {
        out.println(line);
      }
    }
    return 0;
  }

  private int batch(Path file) throws RubricFormatException, InterruptedException {
    if (questionId != null || answerFile != null || !answerWords.isEmpty() || json) {
      throw new ParameterException(
          spec.commandLine(),
          "--batch cannot be combined with --question, --answer-file, --json or ANSWER"
              + " (batch output is always JSON)");
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + n);
    }
    QuestionBank b = bank.load();
    List<BatchScorer.Item> items = BatchScorer.read(file, b);
    BankEvaluator evaluator = BankEvaluator.of(b);
    PrintWriter err = spec.commandLine().getErr();
    BatchScorer.Progress progress = cli.terminal().console() ? progressBar(err) : null;
    BatchScorer.Outcome outcome =
        BatchScorer.run(evaluator, items, n, spec.commandLine().getOut(), progress);
    if (outcome.failed() > 0) {
      err.println(
          "answer-eval: "
              + outcome.failed()
              + " of "
              + items.size()
              + " answers could not be scored ("
              + outcome.firstFailure()
              + ")");
      return AnswerEvalCli.EXIT_USAGE;
    }
    return 0;
  }

  private static BatchScorer.Progress progressBar(PrintWriter err) {
    return (done, total) -> {
      int width = 30;
      int filled = (int) ((long) done * width / total);
      err.print(
          String.format(
              Locale.ROOT,
              "\r[%s%s] %d/%d",
              "#".repeat(filled),
              ".".repeat(width - filled),
              done,
              total));
      if (done == total) {
        err.println();
      }
      err.flush();
    };
  }

  /** The answer from ANSWER words, the answer file or standard input, read only up to the limit. */
  private String readAnswer() {
    boolean stdin =
        (answerFile == null && answerWords.isEmpty())
            || "-".equals(answerFile)
            || answerWords.equals(List.of("-"));
    if (stdin) {
      if (cli.terminal().console()) {
        spec.commandLine().getErr().println("Type the answer, then Ctrl-D:");
      }
      try {
        return AnswerInput.read(cli.terminal().in(), "standard input");
      } catch (IOException e) {
        throw new InputException("cannot read the answer from standard input: " + e.getMessage());
      }
    }
    if (answerFile != null) {
      String what = "answer file '" + answerFile + "'";
      Path file = Path.of(answerFile);
      if (Files.isDirectory(file)) {
        throw new InputException("cannot read " + what + ": is a directory");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return AnswerInput.read(in, what);
      } catch (IOException e) {
        throw new InputException("cannot read " + what + ": " + FileProblems.reason(e));
      }
    }
    return String.join(" ", answerWords);
  }
}
