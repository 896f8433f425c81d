package dev.answereval.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.KeyPointResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoachCommandTest {
  private static final String BANK = CliRun.TEST_BANK.toString();

  @Test
  void seedFixesTheQuestionOrder() {
    List<String> ids = new ArrayList<>(List.of("panic-01", "conflict-01", "why-01"));
    Collections.shuffle(ids, new Random(7));

    CliRun r =
        CliRun.run(
            "I would stay with the client.\n\nn\n",
            "coach",
            "--bank",
            BANK,
            "--seed",
            "7",
            "--count",
            "3");

    assertThat(ids).containsExactly("panic-01", "why-01", "conflict-01");
    assertThat(r.outLines())
        .containsSubsequence(
            "Question 1 of 3 [panic-01, situational]", "Question 2 of 3 [why-01, motivational]");
  }

  @Test
  void scriptedSessionWithRetryNextAndQuit() {
    String first = "I would stay with the client and keep talking to them.\nThat is all.";
    String retry =
        "I would move the client to a quiet room where they feel safe.\n"
            + "Then I would guide slow breathing and a grounding exercise.\n"
            + "Afterwards I would arrange a follow-up appointment and record the episode.";
    String second =
        "I want to help people through hard times in their lives, and I value working close to"
            + " my local community.";
    String script =
        first + "\n\n" + "x\n" + "r\n" + "\n" + retry + "\n\n" + "n\n" + second + "\n\n" + "q\n";

    CliRun r = CliRun.run(script, "coach", "--bank", BANK, "--seed", "7", "--count", "2");

    AnswerScore a1 = CliRun.testEvaluator().score("panic-01", first);
    AnswerScore a2 = CliRun.testEvaluator().score("panic-01", retry);
    AnswerScore b = CliRun.testEvaluator().score("why-01", second);
    assertThat(a2.score()).isGreaterThan(a1.score());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.subList(0, 7))
        .containsExactly(
            "Mock interview: 2 questions from bank 'cli-test', seed 7.",
            "Type your answer over as many lines as you like; an empty line ends it.",
            "After each score: r answers again, n or an empty line moves on, q (or end of input)"
                + " quits.",
            "",
            "Question 1 of 2 [panic-01, situational]",
            "How would you help a client who is having a panic attack in the waiting room?",
            "Your answer (end with an empty line):");
    assertThat(lines.stream().filter(l -> l.equals("Question 1 of 2 [panic-01, situational]")))
        .hasSize(2);
    assertThat(lines).containsOnlyOnce("Please type r, n or q, or press Enter for n.");
    assertThat(lines)
        .contains(
            "Question 2 of 2 [why-01, motivational]",
            "[r]etry, [n]ext, [q]uit? (an empty line means next)",
            "[r]etry, [n]ext (finish), [q]uit? (an empty line means finish)");
    assertThat(lines.stream().filter(l -> l.startsWith("Score: "))).hasSize(3);
    int summary = lines.indexOf("Session summary");
    assertThat(lines.subList(summary + 1, lines.size()))
        .containsExactlyElementsOf(
            expectedSummary(
                new String[][] {
                  {"1", "panic-01", "2", ScoreReport.number(a2.score()), a2.band().label()},
                  {"2", "why-01", "1", ScoreReport.number(b.score()), b.band().label()}
                },
                "Average best score: "
                    + ScoreReport.number((a2.score() + b.score()) / 2)
                    + " over 2 of 2 questions."));
  }

  @Test
  void endOfInputAfterAnAnswerScoresItAndEndsTheSession() {
    String answer = "I would move the client to a quiet room and guide slow breathing.";

    CliRun r = CliRun.run(answer, "coach", "--bank", BANK, "--role", "support", "--seed", "1");

    AnswerScore s = CliRun.testEvaluator().score(questionOf(r), answer);
    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0))
        .isEqualTo("Mock interview: 2 questions from bank 'cli-test' (role: support), seed 1.");
    assertThat(lines).noneMatch(l -> l.startsWith("[r]etry"));
    int summary = lines.indexOf("Session summary");
    assertThat(lines.subList(summary + 1, lines.size()))
        .containsExactlyElementsOf(
            expectedSummary(
                new String[][] {
                  {"1", s.questionId(), "1", ScoreReport.number(s.score()), s.band().label()}
                },
                "Average best score: " + ScoreReport.number(s.score()) + " over 1 of 1 question."));
  }

  @Test
  void emptyInputEndsWithAnEmptySummary() {
    CliRun r = CliRun.run("", "coach", "--bank", BANK, "--seed", "7");

    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).isEqualTo("Mock interview: 3 questions from bank 'cli-test', seed 7.");
    assertThat(lines.subList(lines.indexOf("Session summary") + 1, lines.size()))
        .containsExactly(
            "#  QUESTION  ATTEMPTS  BEST  BAND",
            "1  panic-01         0     -  skipped",
            "No answer was scored.");
  }

  @Test
  void anAnswerThatIsNotTextCanBeRetried() {
    String script =
        "!!! ??? ...\n\nr\nI would move the client to a quiet room where they feel safe and guide"
            + " slow breathing.\n\nq\n";

    CliRun r = CliRun.run(script, "coach", "--bank", BANK, "--seed", "7", "--count", "1");

    assertThat(r.status()).isZero();
    assertThat(r.outLines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("That answer could not be scored: answer does not look like text"));
    assertThat(r.outLines())
        .anySatisfy(l -> assertThat(l).matches("1  panic-01  +2  +\\d+\\.\\d  \\S.*"));
  }

  @Test
  void anAnswerThatIsNotUtf8IsNotScored() {
    byte[] latin1 =
        ("I would move the client to a quiet room where they feel safe and guide slow breathing,"
                + " caf\u00e9 style.\n\nq\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    CliRun r =
        CliRun.run(
            Terminal.piped(new java.io.ByteArrayInputStream(latin1)),
            "coach",
            "--bank",
            BANK,
            "--seed",
            "7",
            "--count",
            "1");

    assertThat(r.status()).isZero();
    assertThat(r.outLines())
        .contains(
            "That answer could not be scored: the answer is not UTF-8 text (check the terminal's"
                + " character encoding)");
    assertThat(r.outLines()).noneMatch(l -> l.matches("1  panic-01  +1  +\\d+\\.\\d  .*"));
  }

  @Test
  void anAnswerOverTheLimitIsNotScoredAndCanBeRetried() {
    String script =
        "x".repeat(30_000)
            + "\nmore\n\nr\nI would move the client to a quiet room where they feel safe and"
            + " guide slow breathing.\n\nq\n";

    CliRun r = CliRun.run(script, "coach", "--bank", BANK, "--seed", "7", "--count", "1");

    assertThat(r.status()).isZero();
    assertThat(r.outLines())
        .contains(
            "That answer could not be scored: answer has more than 20000 chars; the maximum is"
                + " 20000");
    assertThat(r.outLines())
        .anySatisfy(l -> assertThat(l).matches("1  panic-01  +2  +\\d+\\.\\d  \\S.*"));
  }

  @Test
  void anEndlessAnswerEndsTheSessionInsteadOfExhaustingMemory() {
    CliRun r =
        CliRun.run(
            Terminal.piped(AnswerEvalCliTest.endless('y')),
            "coach",
            "--bank",
            BANK,
            "--seed",
            "7",
            "--count",
            "1");

    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines)
        .contains(
            "That answer could not be scored: answer has more than 20000 chars; the maximum is"
                + " 20000");
    assertThat(lines.subList(lines.indexOf("Session summary") + 1, lines.size()))
        .containsExactly(
            "#  QUESTION  ATTEMPTS  BEST  BAND",
            "1  panic-01         1     -  not scored",
            "No answer was scored.");
  }

  @Test
  void anEmptyLineAtThePromptMeansNextAndQuitThereEndsTheSession() {
    String first = "I would stay with the client and keep talking to them until they settle.";
    String quitAsAnAnswer = "quit";
    String script = first + "\n\n" + "\n" + quitAsAnAnswer + "\n\n" + "q\n";

    CliRun r = CliRun.run(script, "coach", "--bank", BANK, "--seed", "7", "--count", "3");

    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    // The empty line moved on to question 2; "quit" typed as an answer was an answer to it, and
    // only q at the prompt ended the session before question 3.
    assertThat(lines).contains("Question 2 of 3 [why-01, motivational]");
    assertThat(lines).noneMatch(l -> l.startsWith("Question 3 of 3"));
    assertThat(lines.stream().filter(l -> l.startsWith("[r]etry"))).hasSize(2);
  }

  @Test
  void helpSaysWhatTheEmptyLineDoesAndHowToQuit() {
    CliRun r = CliRun.run("", "coach", "--help");

    assertThat(r.status()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("n or an empty line for the next question, or q to quit")
        .contains("end of input (Ctrl-D) also quits")
        .contains("every line (even 'q' or 'quit') is part of the answer");
  }

  @Test
  void unknownRoleIsAnInputError() {
    CliRun r = CliRun.run("", "coach", "--bank", BANK, "--role", "pilot");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: no questions for role 'pilot' in bank 'cli-test'; roles: Support Worker,"
                + " Team Coordinator");
  }

  @Test
  void missingKeyPointsShowTheirIdNotTheirStatementAndTheHintAsASuggestion() {
    String answer = "I would move the client to a quiet room and guide slow breathing.";

    CliRun r = CliRun.run(answer, "coach", "--bank", BANK, "--role", "support", "--seed", "1");

    AnswerScore s = CliRun.testEvaluator().score(questionOf(r), answer);
    List<KeyPointResult> missing = s.keyPoints().stream().filter(k -> !k.covered()).toList();
    assertThat(missing).isNotEmpty();
    for (KeyPointResult k : missing) {
      assertThat(r.outLines())
          .contains(
              String.format(
                  Locale.ROOT,
                  "  - %s  [%sweight %s, coverage %.2f]",
                  k.id(),
                  k.required() ? "required, " : "",
                  ScoreReport.compact(k.weight()),
                  k.coverage()));
    }
    // The hint (here the description, as this key point has none) comes as a suggestion.
    assertThat(r.outLines())
        .contains(
            "  * Missing: Arrange a follow-up appointment and record the episode in the notes.");
    // The score command, a rubric author's tool, still shows the statements.
    CliRun full = CliRun.run("", "score", "--bank", BANK, "--question", s.questionId(), answer);
    assertThat(full.out()).contains(missing.get(0).description());
  }

  private static String questionOf(CliRun r) {
    String line =
        r.outLines().stream().filter(l -> l.startsWith("Question 1 of ")).findFirst().orElseThrow();
    return line.substring(line.indexOf('[') + 1, line.indexOf(','));
  }

  private static List<String> expectedSummary(String[][] rows, String last) {
    List<String[]> all = new ArrayList<>();
    all.add(new String[] {"#", "QUESTION", "ATTEMPTS", "BEST", "BAND"});
    all.addAll(List.of(rows));
    List<String> out =
        new ArrayList<>(Tables.align(all, new boolean[] {true, false, true, true, false}));
    out.add(last);
    return out;
  }
}
