package dev.answereval.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

  private static Dataset jsonl(String text, DatasetOptions options) throws Exception {
    return Dataset.readJsonLines(new StringReader(text), "grades.jsonl", options);
  }

  private static Dataset csv(String text, DatasetOptions options) throws Exception {
    return Dataset.readCsv(new StringReader(text), "grades.csv", options);
  }

  @Test
  void readsJsonLinesWithReferencesAndPassThrough() throws Exception {
    String text =
        """
        {"id":"a1","question_id":"q1","question":"How do you handle conflict?","answer":"I listen first.","reference":"Listen, then agree on next steps.","score":4,"grader":"r2"}

        {"question_id":"q1","answer":"I escalate.","references":["Talk to them directly.",{"text":"Find common ground.","category":"good"}],"score":2.5,"meta":{"len":2}}
        """;
    Dataset d = jsonl(text, DatasetOptions.defaults());
    assertThat(d.kind()).isEqualTo(TargetKind.NUMERIC);
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.numericTargets()).containsExactly(4, 2.5);
    DatasetRow first = d.rows().get(0);
    assertThat(first.id()).isEqualTo("a1");
    assertThat(first.question()).isEqualTo("How do you handle conflict?");
    assertThat(first.referenceTexts()).containsExactly("Listen, then agree on next steps.");
    assertThat(first.extra()).containsExactly(Map.entry("grader", "r2"));
    DatasetRow second = d.rows().get(1);
    assertThat(second.id()).as("default id is the line number").isEqualTo("3");
    assertThat(second.references())
        .containsExactly(
            new Reference("Talk to them directly.", null),
            new Reference("Find common ground.", "good"));
    assertThat(second.extra()).containsEntry("meta", Map.of("len", 2L));
    assertThat(d.invalidRows()).isEmpty();
  }

  @Test
  void categoricalTargetsGetSortedClassesOrARecognisedScale() throws Exception {
    String rows =
        """
        {"question_id":"q1","answer":"a","label":"reject"}
        {"question_id":"q1","answer":"b","label":"maybe"}
        {"question_id":"q2","answer":"c","label":"accept"}
        """;
    Dataset sorted = jsonl(rows, DatasetOptions.defaults().withTarget("label"));
    assertThat(sorted.kind()).isEqualTo(TargetKind.CATEGORICAL);
    assertThat(sorted.classes()).containsExactly("accept", "maybe", "reject");
    assertThat(sorted.ordinal()).isFalse();
    assertThat(sorted.classIndices()).containsExactly(2, 1, 0);
    Dataset firstSeen =
        jsonl(
            rows,
            DatasetOptions.defaults()
                .withTarget("label")
                .withClassOrder(ClassOrder.FIRST_APPEARANCE));
    assertThat(firstSeen.classes()).containsExactly("reject", "maybe", "accept");

    String graded =
        """
        {"question_id":"q1","answer":"a","grade":"good"}
        {"question_id":"q1","answer":"b","grade":"poor"}
        {"question_id":"q2","answer":"c","grade":"excellent"}
        {"question_id":"q2","answer":"d","grade":"fair"}
        """;
    Dataset scale = jsonl(graded, DatasetOptions.defaults().withTarget("grade"));
    assertThat(scale.classes()).containsExactly("poor", "fair", "good", "excellent");
    assertThat(scale.ordinal()).isTrue();
  }

  @Test
  void forcedCategoricalNumericLabelsSortNumerically() throws Exception {
    String text =
        """
        {"question_id":"q1","answer":"a","score":10}
        {"question_id":"q1","answer":"b","score":2}
        {"question_id":"q2","answer":"c","score":9}
        """;
    Dataset d = jsonl(text, DatasetOptions.defaults().withKind(TargetKind.CATEGORICAL));
    assertThat(d.classes()).containsExactly("2", "9", "10");
    assertThat(d.ordinal()).isTrue();
  }

  private static final String FOUR_GRADES =
      """
      {"question_id":"q1","answer":"a","score":1}
      {"question_id":"q1","answer":"b","score":"3.o"}
      {"question_id":"q2","answer":"c","score":2}
      {"question_id":"q2","answer":"d","score":4}
      """;

  @Test
  void aStrayLabelAmongNumbersIsAnErrorNotACategoricalTarget() throws Exception {
    assertThatThrownBy(() -> jsonl(FOUR_GRADES, DatasetOptions.defaults()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            "grades.jsonl:2: target 'score' must be a number, got '3.o' (3 of 4 values are"
                + " numbers; to read every value as a class label, make the target kind"
                + " categorical)");
    Dataset skipped = jsonl(FOUR_GRADES, DatasetOptions.defaults().withSkipInvalid(true));
    assertThat(skipped.kind()).isEqualTo(TargetKind.NUMERIC);
    assertThat(skipped.numericTargets()).containsExactly(1, 2, 4);
    assertThat(List.of(skipped.line(0), skipped.line(1), skipped.line(2))).containsExactly(1, 3, 4);
    assertThat(skipped.invalidRows())
        .containsExactly(
            new InvalidRow(
                2,
                "target 'score' must be a number, got '3.o' (3 of 4 values are numbers; to read"
                    + " every value as a class label, make the target kind categorical)"));
    Dataset labels = jsonl(FOUR_GRADES, DatasetOptions.defaults().withKind(TargetKind.CATEGORICAL));
    assertThat(labels.classes()).containsExactly("1", "2", "3.o", "4");
    assertThatThrownBy(
            () -> jsonl(FOUR_GRADES, DatasetOptions.defaults().withKind(TargetKind.NUMERIC)))
        .hasMessage("grades.jsonl:2: target 'score' must be a number, got '3.o'");
    // Half numbers or fewer: categorical, as before.
    Dataset half =
        jsonl(
            """
            {"question_id":"q1","answer":"a","score":"1"}
            {"question_id":"q1","answer":"b","score":"good"}
            """,
            DatasetOptions.defaults());
    assertThat(half.kind()).isEqualTo(TargetKind.CATEGORICAL);
  }

  @Test
  void aNumericTargetBeyondTenToTheTwelveIsRejectedAtItsLine() throws Exception {
    // Grades written as strings are quoted as written; JSON numbers as Jackson reads them.
    for (String big : List.of("\"1e+300\"", "\"-2e12\"", "\"Infinity\"", "1e+300", "1e400")) {
      assertThatThrownBy(
              () -> jsonl(FOUR_GRADES.replace("\"3.o\"", big), DatasetOptions.defaults()))
          .as(big)
          .isInstanceOf(DatasetFormatException.class)
          .hasMessageStartingWith(
              "grades.jsonl:2: target 'score' must be a finite number from -1e12 to 1e12, got '");
    }
    assertThatThrownBy(
            () -> jsonl(FOUR_GRADES.replace("\"3.o\"", "\"1e+300\""), DatasetOptions.defaults()))
        .hasMessage(
            "grades.jsonl:2: target 'score' must be a finite number from -1e12 to 1e12, got"
                + " '1e+300'");
    assertThatThrownBy(
            () -> jsonl(FOUR_GRADES.replace("\"3.o\"", "1e400"), DatasetOptions.defaults()))
        .hasMessage(
            "grades.jsonl:2: target 'score' must be a finite number from -1e12 to 1e12, got"
                + " 'Infinity'");
    Dataset edge = jsonl(FOUR_GRADES.replace("\"3.o\"", "-1e12"), DatasetOptions.defaults());
    assertThat(edge.numericTargets()).containsExactly(1, -1e12, 2, 4);
  }

  @Test
  void aFieldEveryRowIsMadeOfCannotBeTheTarget() {
    for (String field :
        List.of("answer", "question_id", "id", "question", "reference", "references")) {
      assertThatThrownBy(() -> DatasetOptions.defaults().withTarget(field))
          .as(field)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "target must be the field holding the grade, not '"
                  + field
                  + "', one of the fields every row is made of [answer, id, question,"
                  + " question_id, reference, references]");
    }
  }

  @Test
  void malformedRowsNameFileAndLine() {
    assertThatThrownBy(
            () ->
                jsonl(
                    "{\"question_id\":\"q1\",\"answer\":\"ok\",\"score\":1}\n\n{not json}\n",
                    DatasetOptions.defaults()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageStartingWith("grades.jsonl:3: invalid JSON")
        .satisfies(e -> assertThat(((DatasetFormatException) e).line()).isEqualTo(3));
    assertThatThrownBy(
            () ->
                jsonl(
                    "{\"question_id\":\"q1\",\"answer\":\"ok\",\"score\":1}\n"
                        + "{\"question_id\":\"q1\",\"score\":1}\n",
                    DatasetOptions.defaults()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage("grades.jsonl:2: missing field 'answer'");
    assertThatThrownBy(
            () ->
                jsonl(
                    "{\"question_id\":\"q1\",\"answer\":\"  \",\"score\":1}",
                    DatasetOptions.defaults()))
        .hasMessage("grades.jsonl:1: empty field 'answer'");
    assertThatThrownBy(() -> jsonl("{\"answer\":\"x\",\"score\":1}", DatasetOptions.defaults()))
        .hasMessage("grades.jsonl:1: missing field 'question_id'");
    assertThatThrownBy(
            () ->
                jsonl(
                    "{\"question_id\":\"q\",\"answer\":\"x\",\"score\":1}",
                    DatasetOptions.defaults().withTarget("grade")))
        .hasMessage("grades.jsonl:1: missing field 'grade'");
    assertThatThrownBy(
            () ->
                jsonl(
                    "{\"id\":\"r\",\"question_id\":\"q\",\"answer\":\"x\",\"score\":1}\n"
                        + "{\"id\":\"r\",\"question_id\":\"q\",\"answer\":\"y\",\"score\":2}",
                    DatasetOptions.defaults()))
        .hasMessage("grades.jsonl:2: duplicate id 'r' (first on line 1)");
  }

  @Test
  void aLineMustHoldOneObjectAndNothingAfterIt() throws Exception {
    String row = "{\"question_id\":\"q1\",\"answer\":\"ok\",\"score\":1}";
    assertThatThrownBy(() -> jsonl(row + "\n" + row + " " + row + "\n", DatasetOptions.defaults()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            "grades.jsonl:2: unexpected content after the JSON value (one JSON object per line)");
    assertThatThrownBy(() -> jsonl(row + " xyz\n", DatasetOptions.defaults()))
        .hasMessage(
            "grades.jsonl:1: unexpected content after the JSON value (one JSON object per line)");
    // Trailing whitespace is not content.
    assertThat(jsonl(row + "  \t\n", DatasetOptions.defaults()).size()).isEqualTo(1);
  }

  @Test
  void aKeyRepeatedInARowIsAnError() {
    assertThatThrownBy(
            () ->
                jsonl(
                    "{\"question_id\":\"q1\",\"answer\":\"ok\",\"score\":1}\n"
                        + "{\"question_id\":\"q1\",\"answer\":\"ok\",\"score\":1,\"score\":5}\n",
                    DatasetOptions.defaults()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage("grades.jsonl:2: duplicate field 'score'");
    assertThatThrownBy(
            () ->
                jsonl(
                    "{\"question_id\":\"q1\",\"answer\":\"ok\",\"score\":1,"
                        + "\"references\":[{\"text\":\"a\",\"text\":\"b\"}]}\n",
                    DatasetOptions.defaults()))
        .hasMessage("grades.jsonl:1: duplicate field 'text'");
  }

  @Test
  void aJsonArrayIsNotADatasetAndSyntaxErrorsCarryNoSourceNoise() {
    String pretty =
        """

        [
          {"question_id":"q1","answer":"ok","score":1}
        ]
        """;
    assertThatThrownBy(() -> jsonl(pretty, DatasetOptions.defaults().withSkipInvalid(true)))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            "grades.jsonl:2: the file holds a JSON array; datasets must be JSON Lines, one JSON"
                + " object per line");
    assertThatThrownBy(() -> jsonl("{\"question_id\":[\"q1\"\n", DatasetOptions.defaults()))
        .hasMessage(
            "grades.jsonl:1: invalid JSON: Unexpected end-of-input: expected close marker for"
                + " Array");
  }

  @Test
  void skipInvalidCountsAndKeepsGoodRows() throws Exception {
    String text =
        """
        {"question_id":"q1","answer":"fine","score":3}
        [1,2]
        {"question_id":"q1","answer":"","score":3}
        {"question_id":"q2","answer":"also fine","score":5}
        {"question_id":"q2","answer":"no grade"}
        """;
    Dataset d = jsonl(text, DatasetOptions.defaults().withSkipInvalid(true));
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.invalidRows())
        .containsExactly(
            new InvalidRow(2, "expected a JSON object, got [1,2]"),
            new InvalidRow(3, "empty field 'answer'"),
            new InvalidRow(5, "missing field 'score'"));
  }

  /** Rows whose answers the evaluator refuses (lines 2-4) next to valid ones (lines 1, 5, 6). */
  private static final String REFUSED_ANSWERS =
      "{\"question_id\":\"q1\",\"answer\":\"I listen first.\",\"score\":3}\n"
          + "{\"question_id\":\"q1\",\"answer\":\"I listen\\u0007 first.\",\"score\":3}\n"
          + "{\"question_id\":\"q1\",\"answer\":\""
          + "word ".repeat(4_001)
          + "\",\"score\":3}\n"
          + "{\"question_id\":\"q2\",\"answer\":\"1234 5678 9999 !!!! ab\",\"score\":1}\n"
          + "{\"question_id\":\"q2\",\"answer\":\"Yes.\",\"score\":1}\n"
          + "{\"question_id\":\"q2\",\"answer\":\"Je l'écoute d'abord, puis j'agis.\",\"score\":2}\n";

  @Test
  void anAnswerTheEvaluatorRefusesIsAMalformedRowAtItsLine() {
    String[] lines = REFUSED_ANSWERS.split("\n");
    String valid = lines[0] + "\n";

    assertThatThrownBy(() -> jsonl(valid + lines[1], DatasetOptions.defaults()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage(
            "grades.jsonl:2: answer does not look like text: it contains control character U+0007"
                + " at offset 8");
    assertThatThrownBy(() -> jsonl(valid + lines[2], DatasetOptions.defaults()))
        .hasMessage("grades.jsonl:2: answer has 20004 chars; the maximum is 20000");
    assertThatThrownBy(() -> jsonl(valid + lines[3], DatasetOptions.defaults()))
        .hasMessage(
            "grades.jsonl:2: answer does not look like text: it has only 11% letters among its 18"
                + " non-space characters");
    assertThatThrownBy(
            () -> csv("question_id,answer,score\nq1,\"§§ 12 34\",2\n", DatasetOptions.defaults()))
        .hasMessage(
            "grades.csv:2: answer does not look like text: it has only 0% letters among its 6"
                + " non-space characters");
  }

  @Test
  void skipInvalidSkipsAndCountsRefusedAnswersButKeepsShortAndForeignOnes() throws Exception {
    Dataset d = jsonl(REFUSED_ANSWERS, DatasetOptions.defaults().withSkipInvalid(true));

    // A short or non-English answer is a valid row: the evaluator leaves it unscored.
    assertThat(d.rows())
        .extracting(DatasetRow::answer)
        .containsExactly("I listen first.", "Yes.", "Je l'écoute d'abord, puis j'agis.");
    assertThat(d.invalidRows())
        .containsExactly(
            new InvalidRow(
                2,
                "answer does not look like text: it contains control character U+0007 at offset"
                    + " 8"),
            new InvalidRow(3, "answer has 20004 chars; the maximum is 20000"),
            new InvalidRow(
                4,
                "answer does not look like text: it has only 11% letters among its 18 non-space"
                    + " characters"));
  }

  @Test
  void inCodeDatasetsRejectAnswersTheEvaluatorRefuses() {
    DatasetRow ok = DatasetRow.of("1", "q", "I listen first.", List.of(), "3");
    DatasetRow bad = DatasetRow.of("2", "q", "?!", List.of(), "1");

    assertThatThrownBy(() -> Dataset.of("x", List.of(ok, bad), DatasetOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rows[1]: answer does not look like text: it has only 0% letters among its 2"
                + " non-space characters");
  }

  @Test
  void readsCsvWithQuotedMultiLineAnswers() throws Exception {
    String text =
        "id,question_id,answer,reference,score,rater\n"
            + "r1,q1,\"First, I'd listen.\nThen I'd act.\",\"Listen, act\",4,ann\n"
            + "r2,q2,\"He said \"\"no\"\"\",,2,bob\n";
    Dataset d = csv(text, DatasetOptions.defaults());
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.rows().get(0).answer()).isEqualTo("First, I'd listen.\nThen I'd act.");
    assertThat(d.rows().get(0).referenceTexts()).containsExactly("Listen, act");
    assertThat(d.rows().get(1).answer()).isEqualTo("He said \"no\"");
    assertThat(d.rows().get(1).references()).isEmpty();
    assertThat(d.rows().get(1).extra()).containsExactly(Map.entry("rater", "bob"));
    assertThat(d.numericTargets()).containsExactly(4, 2);
  }

  @Test
  void csvMalformedRowReportsLineAfterMultiLineField() {
    String text = "question_id,answer,score\n" + "q1,\"two\nlines\",3\n" + "q2,missing score\n";
    assertThatThrownBy(() -> csv(text, DatasetOptions.defaults()))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage("grades.csv:4: expected 3 fields as in the header, got 2");
  }

  @Test
  void csvReferencesColumnMayHoldAJsonArray() throws Exception {
    String text =
        "question_id,answer,references,score\n"
            + "q1,hi,\"[\"\"one\"\", {\"\"text\"\": \"\"two\"\", \"\"category\"\": \"\"ok\"\"}]\",1\n";
    Dataset d = csv(text, DatasetOptions.defaults());
    assertThat(d.rows().get(0).references())
        .containsExactly(Reference.of("one"), new Reference("two", "ok"));
  }

  @Test
  void loadsByFileExtension(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("set.csv");
    Files.writeString(
        file, "question_id,answer,score\nq1,yes,1\nq2,no,0\n", StandardCharsets.UTF_8);
    Dataset d = Dataset.load(file);
    assertThat(d.name()).isEqualTo("set.csv");
    assertThat(d.questionIds()).containsExactly("q1", "q2");
    Path bad = dir.resolve("set.txt");
    Files.writeString(bad, "x", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Dataset.load(bad)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirLine(@TempDir Path dir) throws Exception {
    byte[] row = "{\"question_id\":\"q1\",\"answer\":\"ok\",\"score\":1}\n".getBytes(UTF_8);
    Path jsonl = dir.resolve("latin1.jsonl");
    try (var out = Files.newOutputStream(jsonl)) {
      out.write(row);
      out.write("\r\n".getBytes(UTF_8));
      out.write("{\"question_id\":\"q1\",\"answer\":\"caf".getBytes(UTF_8));
      out.write(0xE9);
      out.write("\",\"score\":2}\n".getBytes(UTF_8));
    }
    Path csv = dir.resolve("latin1.csv");
    Files.write(csv, new byte[] {'a', 'n', 's', 'w', 'e', 'r', '\r', (byte) 0xFF, '\n'});

    assertThatThrownBy(() -> Dataset.load(jsonl))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessage("latin1.jsonl:3: not UTF-8 text");
    assertThatThrownBy(() -> Dataset.load(csv)).hasMessage("latin1.csv:2: not UTF-8 text");
  }

  @Test
  void aDirectoryIsNotADataset(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectory(dir.resolve("grades.jsonl"));
    Path plain = Files.createDirectory(dir.resolve("data"));

    assertThatThrownBy(() -> Dataset.load(sub))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read dataset file '" + sub + "': it is a directory");
    assertThatThrownBy(() -> Dataset.load(plain))
        .hasMessage("cannot read dataset file '" + plain + "': it is a directory");
  }

  @Test
  void inCodeDatasetsRejectDuplicateIdsAndUnknownClasses() {
    DatasetRow a = DatasetRow.of("1", "q", "answer", List.of(), "good");
    assertThatThrownBy(() -> Dataset.of("x", List.of(a, a), DatasetOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate id '1'");
    assertThatThrownBy(
            () ->
                Dataset.of(
                    "x", List.of(a), DatasetOptions.defaults().withClasses(List.of("low", "high"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label 'good' is not one of the given classes [low, high]");
  }

  private static final String RIGHT_WRONG =
      """
      {"question_id":"q1","answer":"a","verdict":"right"}
      {"question_id":"q1","answer":"b","verdict":"wrong"}
      """;

  @Test
  void positiveClassDefaultsToTheLaterClassAndCanBeNamed() throws Exception {
    DatasetOptions verdict = DatasetOptions.defaults().withTarget("verdict");

    // An unknown pair sorts alphabetically, so by default the later label is positive.
    Dataset byDefault = jsonl(RIGHT_WRONG, verdict);
    assertThat(byDefault.classes()).containsExactly("right", "wrong");
    assertThat(byDefault.positiveClass()).isEqualTo("wrong");

    Dataset named = jsonl(RIGHT_WRONG, verdict.withPositiveClass("right"));
    assertThat(named.classes()).containsExactly("right", "wrong");
    assertThat(named.positiveClass()).isEqualTo("right");

    // A recognised scale puts the higher class last, so it is the default positive class.
    Dataset scale =
        jsonl(
            RIGHT_WRONG.replace("\"right\"", "\"correct\"").replace("wrong", "incorrect"), verdict);
    assertThat(scale.classes()).containsExactly("incorrect", "correct");
    assertThat(scale.positiveClass()).isEqualTo("correct");
  }

  @Test
  void positiveClassMustBeOneOfTwoClasses() throws Exception {
    DatasetOptions verdict = DatasetOptions.defaults().withTarget("verdict");
    assertThatThrownBy(() -> jsonl(RIGHT_WRONG, verdict.withPositiveClass("correct")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "positive class 'correct' must be one of the two classes of target 'verdict', got"
                + " classes [right, wrong]");
    String three = RIGHT_WRONG + "{\"question_id\":\"q1\",\"answer\":\"c\",\"verdict\":\"odd\"}\n";
    assertThat(jsonl(three, verdict).positiveClass()).isNull();
    assertThatThrownBy(() -> jsonl(three, verdict.withPositiveClass("right")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "positive class 'right' must be one of the two classes of target 'verdict', got"
                + " classes [odd, right, wrong]");
    assertThatThrownBy(
            () ->
                jsonl(
                    "{\"question_id\":\"q1\",\"answer\":\"a\",\"score\":3}\n",
                    DatasetOptions.defaults().withPositiveClass("3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a positive class ('3') needs a two-class target, but target 'score' is numeric");
  }
}
