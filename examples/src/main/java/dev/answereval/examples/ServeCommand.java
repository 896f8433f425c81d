package dev.answereval.examples;

import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.RubricFormatException;
import dev.answereval.scoring.BankEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code answer-eval serve}: serves the local scoring page and its JSON API on 127.0.0.1 until the
 * process is stopped (see {@link AnswerServer}). One instance per run; not thread-safe.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = AnswerEvalCli.Version.class,
    description = {
      "Serves a local web page on 127.0.0.1 that scores answers and highlights the evidence.",
      "Pick a question, type an answer and see its score. JSON API: GET /api/questions,"
          + " POST /api/score."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private BankOption bank = new BankOption();

  @Option(
      names = "--port",
      paramLabel = "P",
      defaultValue = "8080",
      description = "TCP port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  private int port = 8080;

  @Override
  public Integer call() throws RubricFormatException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be in [0, 65535], got " + port);
    }
    QuestionBank b = bank.load();
    BankEvaluator evaluator = BankEvaluator.of(b);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AnswerServer server;
    try {
      server = AnswerServer.start(evaluator, port, err);
    } catch (BindException e) {
      err.println("answer-eval: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
      return AnswerEvalCli.EXIT_FAILURE;
    } catch (IOException e) {
      err.println("answer-eval: cannot start the server: " + e.getMessage());
      return AnswerEvalCli.EXIT_FAILURE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "answer-eval-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(
        "answer-eval: serving bank '"
            + b.name()
            + "' ("
            + b.size()
            + " questions) at "
            + server.uri()
            + " (Ctrl-C stops)");
    out.flush();
    stopped.await();
    return 0;
  }
}
