package dev.answereval.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answereval.report.AnswerScoreJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreBatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BANK = CliRun.TEST_BANK.toString();

  /** Answers of very different lengths, so that parallel scoring finishes out of input order. */
  private static final String[][] ANSWERS = {
    {
      "a", "panic-01", "I would move the client to a quiet room and guide slow breathing with them."
    },
    {"b", "why-01", "I want to help people through hard times and I love my local community."},
    {
      "c",
      "conflict-01",
      "Last year two colleagues argued about the rota. My goal was to calm things down. I met each"
          + " of them separately and listened to both. Then we agreed a shared plan with clear"
          + " responsibilities. As a result, complaints dropped and the team was calmer for months."
    },
    {"d", "panic-01", "I would leave them alone until it passes, it is not my problem."},
    {"e", "why-01", "Because I like it."},
    {"f", "panic-01", "Quiet room. Breathing. Grounding. Follow-up. Notes. Safe space."},
    {"g", "why-01", "Helping people in my neighbourhood matters to me, it makes a difference."},
  };

  @TempDir Path tmp;

  @Test
  void resultsComeOutInInputOrderWithTheirIds() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String[] a : ANSWERS) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("id", a[0]);
      o.put("question_id", a[1]);
      o.put("answer", a[2]);
      lines.add(o.toString());
      lines.add("");
    }
    Path file = tmp.resolve("answers.jsonl");
    Files.write(file, lines);

    CliRun r =
        CliRun.run("", "score", "--bank", BANK, "--batch", file.toString(), "--threads", "3");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> expected = new ArrayList<>();
    for (String[] a : ANSWERS) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("id", a[0]);
      o.setAll(AnswerScoreJson.toTree(CliRun.testEvaluator().score(a[1], a[2])));
      expected.add(o.toString());
    }
    assertThat(r.outLines()).containsExactlyElementsOf(expected);
  }

  @Test
  void numericIdsAreEchoedAsNumbers() throws IOException {
    Path file = tmp.resolve("n.jsonl");
    Files.writeString(
        file,
        "{\"id\": 17, \"question_id\": \"why-01\", \"answer\": \"I want to help people.\"}\n");

    CliRun r = CliRun.run("", "score", "--bank", BANK, "--batch", file.toString());

    JsonNode out = MAPPER.readTree(r.out());
    assertThat(out.get("id").isInt()).isTrue();
    assertThat(out.get("id").asInt()).isEqualTo(17);
    assertThat(out.get("questionId").asText()).isEqualTo("why-01");
  }

  @Test
  void badJsonIsReportedWithItsLineNumberAndNothingIsScored() throws IOException {
    Path file = tmp.resolve("bad.jsonl");
    Files.writeString(
        file,
        """
        {"id": "a", "question_id": "why-01", "answer": "I want to help people."}

        {"id": "c" "question_id": "why-01", "answer": "x"}
        """);

    CliRun r = CliRun.run("", "score", "--bank", BANK, "--batch", file.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: "
                + file
                + ":3: bad JSON: Unexpected character ('\"' (code 34)): was expecting comma to"
                + " separate Object entries");
  }

  @Test
  void idOfTheWrongTypeIsNamedAsSuchAndJacksonsSourceNoiseIsDropped() throws IOException {
    Path fractional = tmp.resolve("fractional.jsonl");
    Files.writeString(
        fractional, "{\"id\": 1.5, \"question_id\": \"why-01\", \"answer\": \"Yes.\"}\n");
    Path open = tmp.resolve("open.jsonl");
    Files.writeString(open, "{\"id\": \"a\", \"question_id\": \"why-01\"\n");

    CliRun r1 = CliRun.run("", "score", "--bank", BANK, "--batch", fractional.toString());
    CliRun r2 = CliRun.run("", "score", "--bank", BANK, "--batch", open.toString());

    assertThat(r1.errLines())
        .containsExactly(
            "answer-eval: " + fractional + ":1: \"id\" must be a string or an integer, got 1.5");
    assertThat(r2.errLines()).hasSize(1);
    assertThat(r2.err())
        .startsWith("answer-eval: " + open + ":1: bad JSON: Unexpected end-of-input");
    assertThat(r2.err()).doesNotContain("Source:", "REDACTED");
  }

  @Test
  void missingFieldsAndUnknownQuestionsAreReportedWithTheirLineNumbers() throws IOException {
    Path noAnswer = tmp.resolve("no-answer.jsonl");
    Files.writeString(noAnswer, "{\"id\": \"a\", \"question_id\": \"why-01\"}\n");
    Path unknown = tmp.resolve("unknown.jsonl");
    Files.writeString(
        unknown,
        "{\"id\": \"a\", \"question_id\": \"why-01\", \"answer\": \"Yes.\"}\n"
            + "{\"id\": \"b\", \"question_id\": \"why-02\", \"answer\": \"Yes.\"}\n");
    Path array = tmp.resolve("array.jsonl");
    Files.writeString(array, "[1, 2]\n");

    CliRun r1 = CliRun.run("", "score", "--bank", BANK, "--batch", noAnswer.toString());
    CliRun r2 = CliRun.run("", "score", "--bank", BANK, "--batch", unknown.toString());
    CliRun r3 = CliRun.run("", "score", "--bank", BANK, "--batch", array.toString());

    assertThat(r1.errLines())
        .containsExactly("answer-eval: " + noAnswer + ":1: missing string field \"answer\"");
    assertThat(r2.errLines())
        .containsExactly(
            "answer-eval: "
                + unknown
                + ":2: unknown question 'why-02' in bank 'cli-test' (3 questions)");
    assertThat(r3.errLines())
        .containsExactly(
            "answer-eval: "
                + array
                + ":1: expected a JSON object {\"id\", \"question_id\", \"answer\"}");
    assertThat(List.of(r1.status(), r2.status(), r3.status())).containsOnly(2);
    assertThat(r1.out() + r2.out() + r3.out()).isEmpty();
  }

  @Test
  void aDuplicateIdIsReportedWithBothLinesAndNothingIsScored() throws IOException {
    Path file = tmp.resolve("dup.jsonl");
    Files.writeString(
        file,
        "{\"id\": 0, \"question_id\": \"why-01\", \"answer\": \"I want to help people.\"}\n"
            + "{\"id\": \"a\", \"question_id\": \"why-01\", \"answer\": \"Yes.\"}\n"
            + "\n"
            + "{\"id\": \"0\", \"question_id\": \"why-01\", \"answer\": \"Yes.\"}\n");

    CliRun r = CliRun.run("", "score", "--bank", BANK, "--batch", file.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly("answer-eval: " + file + ":4: duplicate id '0' (first on line 1)");
  }

  @Test
  void anUnknownFieldOrAKeyGivenTwiceIsReportedWithItsLine() throws IOException {
    Path extra = tmp.resolve("extra.jsonl");
    Files.writeString(
        extra, "{\"id\": 1, \"question_id\": \"why-01\", \"answer\": \"Yes.\", \"extra\": 2}\n");
    Path twice = tmp.resolve("twice.jsonl");
    Files.writeString(
        twice,
        "{\"id\": 1, \"question_id\": \"why-01\", \"answer\": \"Yes.\"}\n"
            + "{\"id\": 2, \"id\": 3, \"question_id\": \"why-01\", \"answer\": \"Yes.\"}\n");

    CliRun r1 = CliRun.run("", "score", "--bank", BANK, "--batch", extra.toString());
    CliRun r2 = CliRun.run("", "score", "--bank", BANK, "--batch", twice.toString());

    assertThat(r1.errLines())
        .containsExactly(
            "answer-eval: "
                + extra
                + ":1: unknown field 'extra' (expected id, question_id, answer)");
    assertThat(r2.errLines()).containsExactly("answer-eval: " + twice + ":2: duplicate field 'id'");
    assertThat(List.of(r1.status(), r2.status())).containsOnly(2);
    assertThat(r1.out() + r2.out()).isEmpty();
  }

  @Test
  void anEndlessLineIsAnErrorNotOutOfMemory() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");

    CliRun r = CliRun.run("", "score", "--bank", BANK, "--batch", zero.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("answer-eval: /dev/zero:1: line has more than 1048576 chars");
  }

  @Test
  void anAnswerThatIsNotTextGetsAnErrorLineAndTheRestAreScored() throws IOException {
    Path file = tmp.resolve("empty.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"a\", \"question_id\": \"why-01\", \"answer\": \"   \"}\n"
            + "{\"id\": \"b\", \"question_id\": \"why-01\", \"answer\": \"I want to help people"
            + " through hard times, and I value working close to my local community.\"}\n");

    CliRun r = CliRun.run("", "score", "--bank", BANK, "--batch", file.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.outLines().get(0))
        .isEqualTo(
            "{\"id\":\"a\",\"questionId\":\"why-01\",\"error\":\"answer is empty or"
                + " whitespace-only\"}");
    assertThat(MAPPER.readTree(r.outLines().get(1)).get("status").asText()).isEqualTo("scored");
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: 1 of 2 answers could not be scored (line 1: answer is empty or"
                + " whitespace-only)");
  }

  @Test
  void batchCannotBeCombinedWithASingleAnswer() throws IOException {
    Path file = tmp.resolve("one.jsonl");
    Files.writeString(file, "{\"id\": 1, \"question_id\": \"why-01\", \"answer\": \"Yes.\"}\n");

    CliRun r =
        CliRun.run("", "score", "--bank", BANK, "--batch", file.toString(), "--question", "why-01");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "answer-eval: --batch cannot be combined with --question, --answer-file, --json or"
                + " ANSWER (batch output is always JSON) (see 'answer-eval score --help')");
  }

  @Test
  void missingBatchFile() {
    Path missing = tmp.resolve("missing.jsonl");

    CliRun r = CliRun.run("", "score", "--bank", BANK, "--batch", missing.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("answer-eval: cannot read batch file '" + missing + "': no such file");
  }

  @Test
  void progressBarGoesToStderrOnlyOnAConsole() throws IOException {
    Path file = tmp.resolve("two.jsonl");
    Files.writeString(
        file,
        "{\"id\": 1, \"question_id\": \"why-01\", \"answer\": \"I want to help people.\"}\n"
            + "{\"id\": 2, \"question_id\": \"why-01\", \"answer\": \"I love my community.\"}\n");
    String[] args = {"score", "--bank", BANK, "--batch", file.toString()};

    CliRun console = CliRun.run(CliRun.console("", java.util.Map.of()), args);
    CliRun piped = CliRun.run("", args);

    assertThat(console.err())
        .isEqualTo(
            "\r[###############...............] 1/2\r[##############################] 2/2"
                + System.lineSeparator());
    assertThat(piped.err()).isEmpty();
    assertThat(console.out()).isEqualTo(piped.out());
  }
}
