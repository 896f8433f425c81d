package dev.answereval.examples;

import dev.answereval.internal.TreeParsing;
import dev.answereval.rubric.RubricFormatException;
import dev.answereval.text.TextInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code answer-eval} command line: lists questions, scores answers (one, or a JSONL batch in
 * parallel), runs an interactive mock interview, and serves a local web page.
 *
 * <p>Every error ends as one line on standard error, {@code answer-eval: PROBLEM}, without a stack
 * trace; the exit status is 2 for usage and input errors (unknown question, unreadable or malformed
 * file, bad answer text) and 1 for anything else. Run it with {@link #run}, which takes the streams
 * so that tests can drive it in-process. One instance serves one run; not thread-safe.
 */
@Command(
    name = "answer-eval",
    mixinStandardHelpOptions = true,
    versionProvider = AnswerEvalCli.Version.class,
    description = "Scores free-text answers to interview questions against rubrics, with evidence.",
    subcommands = {
      QuestionsCommand.class,
      ScoreCommand.class,
      CoachCommand.class,
      ServeCommand.class,
      CheckCommand.class,
      BenchCommand.class,
      LintCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Run 'answer-eval COMMAND --help' for a command's options."})
public final class AnswerEvalCli implements Callable<Integer> {

  /** Exit status of usage and input errors. */
  public static final int EXIT_USAGE = ExitCode.USAGE;

  /** Exit status of other failures. */
  public static final int EXIT_FAILURE = ExitCode.SOFTWARE;

  private final Terminal terminal;

  @Spec private CommandSpec spec;

  /** A command line reading from this terminal. */
  public AnswerEvalCli(Terminal terminal) {
    this.terminal = Objects.requireNonNull(terminal, "terminal");
  }

  /** Where commands read input, and whether they may use colour and progress output. */
  public Terminal terminal() {
    return terminal;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("answer-eval: missing command (see 'answer-eval --help')");
    return EXIT_USAGE;
  }

  /** Runs the command line on the process's streams and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(Terminal.system(), out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs one command line.
   *
   * @param terminal standard input and what is known about the console
   * @param out standard output
   * @param err standard error
   * @return the exit status: 0 on success, 2 for usage and input errors, 1 otherwise
   */
  public static int run(Terminal terminal, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = commandLine(terminal, out, err);
    int status;
    try {
      status = cmd.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the execution handler; an Error (e.g. a failed class
      // initializer) still ends as one line.
      status = failure(e, err);
    }
    out.flush();
    err.flush();
    return status;
  }

  /** The configured picocli command line, with the error handlers that enforce one-line errors. */
  public static CommandLine commandLine(Terminal terminal, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new AnswerEvalCli(terminal));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(AnswerEvalCli::usageError);
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> failure(ex, commandLine.getErr()));
    return cmd;
  }

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    cmd.getErr()
        .println("answer-eval: " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
    return EXIT_USAGE;
  }

  /** Prints one line for an exception thrown by a command and returns the exit status. */
  static int failure(Throwable ex, PrintWriter err) {
    Throwable e = ex;
    if ((e instanceof UncheckedIOException || e instanceof ExceptionInInitializerError)
        && e.getCause() != null) {
      e = e.getCause();
    }
    int status;
    String message;
    if (e instanceof InputException
        || e instanceof RubricFormatException
        || e instanceof TextInputException) {
      status = EXIT_USAGE;
      message = e.getMessage();
    } else if (e instanceof IOException) {
      status = EXIT_FAILURE;
      message = "I/O error: " + e.getMessage();
    } else {
      status = EXIT_FAILURE;
      message = "internal error: " + e;
    }
    err.println("answer-eval: " + oneLine(String.valueOf(message)));
    err.flush();
    return status;
  }

  /**
   * Jackson's own problem text, one line, without its "(start marker at [Source: ...])" noise; a
   * repeated key reads {@code duplicate field 'NAME'}, as in {@code bench}. Takes any {@link
   * IOException}, as reading bytes fails with a plain one ({@code CharConversionException}) on text
   * Jackson detects as UTF-32 that is not.
   */
  static String jsonProblem(IOException e) {
    String message =
        e instanceof com.fasterxml.jackson.core.JsonProcessingException j
            ? j.getOriginalMessage()
            : e.getMessage();
    message = TreeParsing.withoutStartMarker(oneLine(String.valueOf(message))).strip();
    String duplicate = "Duplicate field ";
    return message.startsWith(duplicate)
        ? "duplicate field " + message.substring(duplicate.length())
        : message;
  }

  /** The first line of a message, stripped. */
  static String oneLine(String message) {
    String s = message.strip();
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** Reads the version from {@code answer-eval-version.properties}, filled in by Maven. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in =
          AnswerEvalCli.class.getResourceAsStream("/answer-eval-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"answer-eval " + p.getProperty("version", "(unknown version)")};
    }
  }
}
