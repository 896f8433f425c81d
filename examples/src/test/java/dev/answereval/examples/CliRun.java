package dev.answereval.examples;

import dev.answereval.rubric.BankLoader;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.BankEvaluator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One in-process run of the command line with captured standard output and error, and the shared
 * test bank.
 *
 * @param status the exit status
 * @param out everything written to standard output
 * @param err everything written to standard error
 */
record CliRun(int status, String out, String err) {

  /** The test bank file (three questions, roles "Support Worker" and "Team Coordinator"). */
  static final Path TEST_BANK = resource("test-bank.yaml");

  private static volatile BankEvaluator evaluator;

  /** Runs the command line with piped (non-console) standard input. */
  static CliRun run(String stdin, String... args) {
    return run(
        Terminal.piped(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
  }

  /** Runs the command line on a terminal. */
  static CliRun run(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        AnswerEvalCli.run(terminal, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** A terminal with a console and the given environment. */
  static Terminal console(String stdin, Map<String, String> env) {
    return new Terminal(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), true, env);
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** The test bank. */
  static QuestionBank testBank() {
    try {
      return BankLoader.load(TEST_BANK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Evaluators of the test bank, built once for all tests. */
  static BankEvaluator testEvaluator() {
    BankEvaluator e = evaluator;
    if (e == null) {
      synchronized (CliRun.class) {
        e = evaluator;
        if (e == null) {
          e = BankEvaluator.of(testBank());
          evaluator = e;
        }
      }
    }
    return e;
  }

  static Path resource(String name) {
    URL url = Objects.requireNonNull(CliRun.class.getResource(name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
