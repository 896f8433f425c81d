package dev.answereval.examples;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.RubricFormatException;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.text.TextInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code answer-eval coach}: an interactive mock interview. Asks questions in a seeded random
 * order, reads each answer (several lines, ended by an empty line), shows its score, offers retry,
 * next or quit, and ends with a summary table. Works the same when standard input is piped; colour
 * only on a capable terminal. One instance per run; not thread-safe.
 */
@Command(
    name = "coach",
    mixinStandardHelpOptions = true,
    versionProvider = AnswerEvalCli.Version.class,
    description = {
      "Interactive mock interview: answer questions, see scores and advice, retry or move on.",
      "Each answer may span several lines; an empty line ends it.",
      "After each score, answer the [r]etry, [n]ext, [q]uit prompt with r to answer again, n or"
          + " an empty line for the next question, or q to quit; end of input (Ctrl-D) also"
          + " quits.",
      "At the answer prompt, every line (even 'q' or 'quit') is part of the answer."
    })
public final class CoachCommand implements Callable<Integer> {

  @ParentCommand private AnswerEvalCli cli;

  @Spec private CommandSpec spec;

  @Mixin private BankOption bank = new BankOption();

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Only questions whose role contains ROLE (ignoring case).")
  private @Nullable String role;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the question order; default: a fresh one, printed at the start.")
  private @Nullable Long seed;

  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "5",
      description = "How many questions to ask; default: ${DEFAULT-VALUE}.")
  private int count = 5;

  /** One asked question's outcome. */
  private record Outcome(Question question, int attempts, @Nullable AnswerScore best) {}

  /** Chars read for one answer at most: an answer going on past this ends the input. */
  private static final long MAX_ANSWER_INPUT = 1L << 20;

  /**
   * An answer read from input.
   *
   * @param text null when input ended before any text; empty when {@code tooLong}
   * @param endOfInput whether input ended with this answer
   * @param tooLong whether the answer was over {@link AnswerInput#MAX_CHARS}, so not kept
   */
  private record Answer(@Nullable String text, boolean endOfInput, boolean tooLong) {}

  private enum Choice {
    RETRY,
    NEXT,
    QUIT
  }

  @Override
  public Integer call() throws RubricFormatException, IOException {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be >= 1, got " + count);
    }
    QuestionBank b = bank.load();
    List<Question> pool = new ArrayList<>(role == null ? b.questions() : b.byRole(role));
    if (pool.isEmpty()) {
      throw new InputException(
          "no questions for role '"
              + role
              + "' in bank '"
              + b.name()
              + "'; roles: "
              + QuestionsCommand.roles(b));
    }
    long s = seed != null ? seed : new Random().nextLong();
    Collections.shuffle(pool, new Random(s));
    List<Question> asked = pool.subList(0, Math.min(count, pool.size()));
    Style style = Style.of(cli.terminal().colour());
    PrintWriter out = spec.commandLine().getOut();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(cli.terminal().in(), StandardCharsets.UTF_8));

    out.println(
        style.bold("Mock interview")
            + ": "
            + asked.size()
            + (asked.size() == 1 ? " question" : " questions")
            + " from bank '"
            + b.name()
            + "'"
            + (role != null ? " (role: " + role + ")" : "")
            + ", seed "
            + s
            + ".");
    out.println("Type your answer over as many lines as you like; an empty line ends it.");
    out.println(
        "After each score: r answers again, n or an empty line moves on, q (or end of input)"
            + " quits.");
    out.flush();
    BankEvaluator evaluator = BankEvaluator.of(b);

    List<Outcome> outcomes = new ArrayList<>();
    boolean stop = false;
    for (int i = 0; i < asked.size() && !stop; i++) {
      Question q = asked.get(i);
      int attempts = 0;
      AnswerScore best = null;
      while (true) {
        out.println();
        out.println(
            style.cyan("Question " + (i + 1) + " of " + asked.size())
                + " ["
                + q.id()
                + ", "
                + q.kind().key()
                + "]");
        out.println(style.bold(q.text()));
        out.println("Your answer (end with an empty line):");
        out.flush();
        Answer answer = readAnswer(in);
        if (answer.text() == null) {
          stop = true;
          break;
        }
        attempts++;
        try {
          if (answer.tooLong()) {
            throw new TextInputException(
                TextInputException.Reason.TOO_LONG,
                "answer has more than "
                    + AnswerInput.MAX_CHARS
                    + " chars; the maximum is "
                    + AnswerInput.MAX_CHARS);
          }
          if (answer.text().indexOf('\uFFFD') >= 0) {
            // The reader replaced bytes that are not UTF-8; scoring the damaged text would mislead.
            throw new TextInputException(
                TextInputException.Reason.NOT_TEXT,
                "the answer is not UTF-8 text (check the terminal's character encoding)");
          }
          AnswerScore result = evaluator.score(q.id(), answer.text());
          out.println();
          for (String line : ScoreReport.lines(q, result, style, false)) {
            out.println(line);
          }
          if (result.isScored() && (best == null || result.score() > best.score())) {
            best = result;
          }
        } catch (TextInputException e) {
          out.println(style.yellow("That answer could not be scored: " + e.getMessage()));
        }
        if (answer.endOfInput()) {
          stop = true;
          break;
        }
        Choice choice = choose(in, out, style, i == asked.size() - 1);
        if (choice == Choice.RETRY) {
          continue;
        }
        stop = choice == Choice.QUIT;
        break;
      }
      outcomes.add(new Outcome(q, attempts, best));
    }
    summary(outcomes, out, style);
    out.flush();
    return 0;
  }

  /**
   * Reads lines up to an empty one (leading empty lines skipped), keeping at most {@link
   * AnswerInput#MAX_CHARS} + 1 chars: a longer answer is read on to its empty line without being
   * kept, and one that goes on past {@link #MAX_ANSWER_INPUT} chars ends the input.
   */
  private static Answer readAnswer(BufferedReader in) throws IOException {
    StringBuilder text = new StringBuilder();
    StringBuilder line = new StringBuilder();
    boolean blank = true; // the current line so far is empty or white space
    boolean tooLong = false;
    boolean afterCr = false;
    long read = 0;
    while (true) {
      int c = in.read();
      if (c < 0 || ++read > MAX_ANSWER_INPUT) {
        if (!blank && !tooLong) {
          appendLine(text, line);
        }
        return new Answer(text.isEmpty() && !tooLong ? null : text.toString(), true, tooLong);
      }
      if (c == '\n' && afterCr) {
        afterCr = false;
        continue;
      }
      afterCr = c == '\r';
      if (c == '\n' || c == '\r') {
        if (blank) {
          if (text.isEmpty() && !tooLong) {
            continue;
          }
          return new Answer(text.toString(), false, tooLong);
        }
        if (!tooLong) {
          appendLine(text, line);
        }
        line.setLength(0);
        blank = true;
        continue;
      }
      blank &= Character.isWhitespace((char) c);
      if (!tooLong) {
        line.append((char) c);
        if (text.length() + 1 + line.length() > AnswerInput.MAX_CHARS + 1) {
          tooLong = true;
          text.setLength(0);
          line.setLength(0);
        }
      }
    }
  }

  private static void appendLine(StringBuilder text, CharSequence line) {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    text.append(line);
  }

  private static Choice choose(BufferedReader in, PrintWriter out, Style style, boolean last)
      throws IOException {
    while (true) {
      out.println();
      out.println(
          style.bold("[r]etry, [n]ext" + (last ? " (finish)" : "") + ", [q]uit?")
              + " (an empty line means "
              + (last ? "finish" : "next")
              + ")");
      out.flush();
      String line = in.readLine();
      if (line == null) {
        return Choice.QUIT;
      }
      switch (line.strip().toLowerCase(Locale.ROOT)) {
        case "r", "retry" -> {
          return Choice.RETRY;
        }
        case "n", "next", "" -> {
          return Choice.NEXT;
        }
        case "q", "quit" -> {
          return Choice.QUIT;
        }
        default -> out.println("Please type r, n or q, or press Enter for n.");
      }
    }
  }

  private static void summary(List<Outcome> outcomes, PrintWriter out, Style style) {
    out.println();
    out.println(style.bold("Session summary"));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "QUESTION", "ATTEMPTS", "BEST", "BAND"});
    double sum = 0;
    int scored = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      AnswerScore best = o.best();
      String score = best == null ? "-" : ScoreReport.number(best.score());
      String band =
          best != null ? best.band().label() : (o.attempts() == 0 ? "skipped" : "not scored");
      rows.add(
          new String[] {
            String.valueOf(i + 1), o.question().id(), String.valueOf(o.attempts()), score, band
          });
      if (best != null) {
        sum += best.score();
        scored++;
      }
    }
    for (String line : Tables.align(rows, new boolean[] {true, false, true, true, false})) {
      out.println(line);
    }
    if (scored == 0) {
      out.println("No answer was scored.");
    } else {
      out.println(
          "Average best score: "
              + ScoreReport.number(sum / scored)
              + " over "
              + scored
              + " of "
              + outcomes.size()
              + (outcomes.size() == 1 ? " question." : " questions."));
    }
  }
}
