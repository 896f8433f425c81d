package dev.answereval.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.report.AnswerScoreJson;
import dev.answereval.rubric.Question;
import dev.answereval.scoring.AnswerScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

class AnswerEvalCliTest {
  private static final String BANK = CliRun.TEST_BANK.toString();
  private static final String PANIC_ANSWER =
      "I would first move the client to a quiet room where they feel safe. Then I would guide"
          + " slow breathing and a grounding exercise until the panic eases.";

  @TempDir Path tmp;

  @Test
  void helpListsTheCommandsAndExitsZero() {
    CliRun r = CliRun.run("", "--help");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines().get(0)).isEqualTo("Usage: answer-eval [-hV] [COMMAND]");
    assertThat(r.out())
        .contains("  questions  ")
        .contains("  score  ")
        .contains("  coach  ")
        .contains("  serve  ");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("questions", "score", "coach", "serve")) {
      CliRun r = CliRun.run("", command, "--help");

      assertThat(r.status()).as(command).isZero();
      assertThat(r.outLines().get(0)).startsWith("Usage: answer-eval " + command + " ");
      assertThat(r.out()).as(command).contains("--bank=NAME|FILE");
    }
    assertThat(CliRun.run("", "score", "--help").out())
        .contains("--question=ID", "--answer-file=FILE", "--json", "--batch=FILE.jsonl");
  }

  /** The top-level help lists each command with the first line of its description. */
  @Test
  void everyCommandsFirstDescriptionLineIsASentence() {
    for (Class<?> c : AnswerEvalCli.class.getAnnotation(Command.class).subcommands()) {
      String first = c.getAnnotation(Command.class).description()[0];

      assertThat(first).as(c.getSimpleName()).endsWith(".");
    }
    assertThat(CliRun.run("", "--help").out().replaceAll("\\s+", " "))
        .contains(
            " serve Serves a local web page on 127.0.0.1 that scores answers and highlights the"
                + " evidence. check ");
  }

  @Test
  void versionNamesTheProjectVersion() {
    CliRun r = CliRun.run("", "--version");

    assertThat(r.status()).isZero();
    assertThat(r.out()).matches("answer-eval \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void everyCommandPrintsTheVersion() {
    for (String command : List.of("questions", "score", "coach", "serve", "check", "bench")) {
      CliRun r = CliRun.run("", command, "-V");

      assertThat(r.status()).as(command).isZero();
      assertThat(r.out()).as(command).matches("answer-eval \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }
  }

  @Test
  void tablesPadByTerminalColumnsNotChars() {
    List<String> lines =
        Tables.align(
            List.of(
                new String[] {"ROLE", "ID", "TEXT"},
                new String[] {"看护师", "q1", "How?"},
                new String[] {"Nurse", "q2", "Why?"}));

    assertThat(Tables.width("看护师")).isEqualTo(6);
    assertThat(Tables.width("cafe\u0301")).isEqualTo(4);
    assertThat(lines).containsExactly("ROLE    ID  TEXT", "看护师  q1  How?", "Nurse   q2  Why?");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun r = CliRun.run("");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly("answer-eval: missing command (see 'answer-eval --help')");
  }

  @Test
  void unknownOptionIsOneLineAndStatusTwo() {
    CliRun r = CliRun.run("", "questions", "--colour");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: Unknown option: '--colour' (see 'answer-eval questions --help')");
  }

  @Test
  void scoreWithoutQuestionIsAUsageError() {
    CliRun r = CliRun.run("", "score", "some answer");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: Missing required option: '--question=ID' (see 'answer-eval score --help')");
  }

  @Test
  void unknownQuestionInTheBuiltInBank() {
    CliRun r = CliRun.run("", "score", "--question", "x", "an answer");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: unknown question 'x' in bank 'mental-health' (52 questions)");
  }

  @Test
  void unknownQuestionInABankFile() {
    CliRun r = CliRun.run("", "score", "--bank", BANK, "--question", "panic-02", "an answer");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: unknown question 'panic-02' in bank 'cli-test' (3 questions)");
  }

  @Test
  void brokenBankFileIsReportedWithItsLocation() throws IOException {
    Path bank = tmp.resolve("broken.yaml");
    Files.writeString(
        bank,
        """
        bank: broken
        version: "1"
        questions:
          - id: q1
            text: What is x?
            rubric:
              keyPoints:
                - id: a
                  description: Says x.
                  weight: -1
        """);

    CliRun r = CliRun.run("", "questions", "--bank", bank.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: "
                + bank
                + ":10:19: $.questions[0].rubric.keyPoints[0].weight: must be a number > 0, got -1");
  }

  @Test
  void anEmptyBankIsRefusedByEveryCommandThatTakesOne() {
    List<String[]> commands =
        List.of(
            new String[] {"questions"},
            new String[] {"score", "--question", "why-01", "An answer."},
            new String[] {"coach"},
            new String[] {"serve", "--port", "0"});
    for (String[] command : commands) {
      for (String value : List.of("", " ")) {
        CliRun r = CliRun.run("", concat(concat(command, "--bank"), value));

        assertThat(r.status()).as(command[0]).isEqualTo(2);
        assertThat(r.out()).as(command[0]).isEmpty();
        assertThat(r.errLines())
            .as(command[0])
            .containsExactly("answer-eval: --bank must not be empty");
      }
    }
  }

  @Test
  void missingBankFileAndUnknownBuiltInBank() {
    Path missing = tmp.resolve("missing.yaml");

    CliRun file = CliRun.run("", "questions", "--bank", missing.toString());
    CliRun name = CliRun.run("", "questions", "--bank", "no-such-bank");

    assertThat(file.status()).isEqualTo(2);
    assertThat(file.errLines())
        .containsExactly("answer-eval: cannot read bank file '" + missing + "': no such file");
    assertThat(name.status()).isEqualTo(2);
    assertThat(name.errLines())
        .containsExactly(
            "answer-eval: no bank 'no-such-bank': not a file, and no built-in bank has that name");
  }

  @Test
  void questionsListsTheBankInOrderAsAnAlignedTable() {
    CliRun r = CliRun.run("", "questions", "--bank", BANK);

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines())
        .containsExactly(
            "ID           KIND          ROLE              QUESTION",
            "panic-01     situational   Support Worker    How would you help a client who is"
                + " having a panic attack in the waiting room?",
            "conflict-01  behavioral    Team Coordinator  Tell me about a time you resolved a"
                + " conflict between two colleagues.",
            "why-01       motivational  Support Worker    Why do you want to work in community"
                + " support?");
  }

  @Test
  void questionsFilteredByRole() {
    CliRun r = CliRun.run("", "questions", "--bank", BANK, "--role", "support");

    assertThat(r.status()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "ID        KIND          ROLE            QUESTION",
            "panic-01  situational   Support Worker  How would you help a client who is having a"
                + " panic attack in the waiting room?",
            "why-01    motivational  Support Worker  Why do you want to work in community support?");
  }

  @Test
  void questionsWithAnUnknownRoleNamesTheRoles() {
    CliRun r = CliRun.run("", "questions", "--bank", BANK, "--role", "nurse");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: no questions for role 'nurse' in bank 'cli-test'; roles: Support Worker,"
                + " Team Coordinator");
  }

  @Test
  void questionsOfTheBuiltInBank() {
    CliRun r = CliRun.run("", "questions");

    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(53);
    assertThat(lines.get(0)).matches("ID +KIND +ROLE +QUESTION");
    int textColumn = lines.get(0).indexOf("QUESTION");
    for (String line : lines.subList(1, lines.size())) {
      assertThat(line).matches("[a-z]+-\\d\\d .*");
      assertThat(line.charAt(textColumn - 1)).as(line).isEqualTo(' ');
      assertThat(line.charAt(textColumn)).as(line).isNotEqualTo(' ');
    }
  }

  @Test
  void scoreJsonIsTheAnswerScoreJson() {
    CliRun r =
        CliRun.run("", "score", "--bank", BANK, "--question", "panic-01", "--json", PANIC_ANSWER);

    AnswerScore expected = CliRun.testEvaluator().score("panic-01", PANIC_ANSWER);
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).containsExactly(AnswerScoreJson.toJson(expected));
  }

  @Test
  void scoreHumanReadableShowsScoreEvidenceMissingPointsAndSuggestions() {
    CliRun r = CliRun.run("", "score", "--bank", BANK, "--question", "panic-01", PANIC_ANSWER);

    AnswerScore s = CliRun.testEvaluator().score("panic-01", PANIC_ANSWER);
    assertThat(s.covers("calm-space")).isTrue();
    assertThat(s.covers("follow-up")).isFalse();
    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0))
        .isEqualTo(
            "panic-01 (situational): How would you help a client who is having a panic attack in"
                + " the waiting room?");
    assertThat(lines.get(1))
        .isEqualTo(
            "Score: "
                + ScoreReport.number(s.score())
                + "/100  "
                + s.band().label()
                + " (band "
                + s.band().level()
                + " of 5)  "
                + (s.passed() ? "passed" : "not passed")
                + " (threshold 60)");
    assertThat(lines)
        .contains(
            "      \"I would first move the client to a quiet room where they feel safe.\"",
            "Missing key points (1):")
        .anySatisfy(l -> assertThat(l).startsWith("  + calm-space  Move the client to a quiet"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "  - follow-up  Arrange a follow-up appointment and record the episode in"
                            + " the notes.  [weight 1, coverage "));
    assertThat(lines.subList(lines.indexOf("Suggestions:") + 1, lines.size()))
        .containsExactlyElementsOf(s.feedback().stream().map(f -> "  * " + f).toList());
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void answerFromStdinFromDashAndFromAFileGiveTheSameResult() throws IOException {
    Path file = tmp.resolve("answer.txt");
    Files.writeString(file, PANIC_ANSWER, StandardCharsets.UTF_8);
    String[] base = {"score", "--bank", BANK, "--question", "panic-01", "--json"};

    CliRun stdin = CliRun.run(PANIC_ANSWER, base);
    CliRun dash = CliRun.run(PANIC_ANSWER, concat(base, "-"));
    CliRun fromFile = CliRun.run("", concat(base, "--answer-file", file.toString()));
    CliRun dashFile = CliRun.run(PANIC_ANSWER, concat(base, "--answer-file", "-"));

    String expected =
        AnswerScoreJson.toJson(CliRun.testEvaluator().score("panic-01", PANIC_ANSWER))
            + System.lineSeparator();
    assertThat(List.of(stdin.out(), dash.out(), fromFile.out(), dashFile.out()))
        .containsOnly(expected);
  }

  @Test
  void emptyAnswerIsOneLineAndStatusTwo() {
    CliRun r = CliRun.run(" \n \n", "score", "--bank", BANK, "--question", "why-01");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("answer-eval: answer is empty or whitespace-only");
  }

  @Test
  void unreadableAnswerFile() {
    Path missing = tmp.resolve("missing.txt");

    CliRun r =
        CliRun.run(
            "",
            "score",
            "--bank",
            BANK,
            "--question",
            "why-01",
            "--answer-file",
            missing.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("answer-eval: cannot read answer file '" + missing + "': no such file");
  }

  /** An input that never ends: one char, over and over. */
  static java.io.InputStream endless(char c) {
    return new java.io.InputStream() {
      @Override
      public int read() {
        return c;
      }
    };
  }

  @Test
  void anEndlessAnswerFileOrStandardInputIsTooLongNotOutOfMemory() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    String[] base = {"score", "--bank", BANK, "--question", "why-01"};

    CliRun file = CliRun.run("", concat(base, "--answer-file", zero.toString()));
    CliRun stdin = CliRun.run(Terminal.piped(endless('a')), base);

    assertThat(file.status()).isEqualTo(2);
    assertThat(file.out()).isEmpty();
    assertThat(file.errLines())
        .containsExactly(
            "answer-eval: answer file '/dev/zero': answer has more than 20000 chars; the maximum"
                + " is 20000");
    assertThat(stdin.status()).isEqualTo(2);
    assertThat(stdin.errLines())
        .containsExactly(
            "answer-eval: standard input: answer has more than 20000 chars; the maximum is 20000");
  }

  @Test
  void anAnswerFileOfExactlyTheLimitAfterAByteOrderMarkIsNotTooLong() throws IOException {
    Path limit = tmp.resolve("limit.txt");
    Path over = tmp.resolve("over.txt");
    String text = "I stay calm with the client. ".repeat(1000).substring(0, 20_000);
    Files.writeString(limit, "\uFEFF" + text, StandardCharsets.UTF_8);
    Files.writeString(over, text + "!", StandardCharsets.UTF_8);
    String[] base = {"score", "--bank", BANK, "--question", "why-01", "--json"};

    CliRun atLimit = CliRun.run("", concat(base, "--answer-file", limit.toString()));
    CliRun overLimit = CliRun.run("", concat(base, "--answer-file", over.toString()));

    assertThat(atLimit.err()).isEmpty();
    assertThat(atLimit.status()).isZero();
    assertThat(overLimit.status()).isEqualTo(2);
    assertThat(overLimit.errLines())
        .containsExactly(
            "answer-eval: answer file '"
                + over
                + "': answer has more than 20000 chars; the maximum is 20000");
  }

  @Test
  void colourOnlyOnAConsoleWithACapableTerminalAndNoNoColor() {
    String[] args = {"score", "--bank", BANK, "--question", "panic-01", PANIC_ANSWER};

    CliRun colour = CliRun.run(CliRun.console("", Map.of("TERM", "xterm-256color")), args);
    CliRun noColor =
        CliRun.run(CliRun.console("", Map.of("TERM", "xterm-256color", "NO_COLOR", "1")), args);
    CliRun dumb = CliRun.run(CliRun.console("", Map.of("TERM", "dumb")), args);

    assertThat(colour.out()).contains("\u001b[1mScore: ");
    assertThat(noColor.out()).doesNotContain("\u001b[");
    assertThat(dumb.out()).doesNotContain("\u001b[");
    assertThat(noColor.out().lines().toList())
        .isEqualTo(colour.out().replaceAll("\u001b\\[\\d+m", "").lines().toList());
  }

  @Test
  void scoreReportOfABehavioralAnswerListsStar() {
    String answer =
        "Last year at my previous job two colleagues kept arguing about the rota. My goal was to"
            + " restore a working relationship. I met each of them separately and listened to both."
            + " As a result, complaints dropped.";
    Question q = CliRun.testBank().get("conflict-01");
    AnswerScore s = CliRun.testEvaluator().score("conflict-01", answer);

    List<String> lines = ScoreReport.lines(q, s, Style.plain());

    int star = indexStartingWith(lines, "STAR (");
    assertThat(lines.subList(star + 1, star + 5))
        .extracting(l -> l.substring(0, 11))
        .containsExactly("  situation", "  task     ", "  action   ", "  result   ");
    assertThat(lines.get(star + 1))
        .isEqualTo(
            "  situation  found    \"Last year at my previous job two colleagues kept arguing about"
                + " the rota.\"");
  }

  private static int indexStartingWith(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with '" + prefix + "' in " + lines);
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }
}
