package dev.answereval.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankLoaderTest {

  /** A valid one-question bank; malformed cases append lines 10+ or edit a line. */
  private static final String HEAD =
      """
      bank: t
      version: "1"
      questions:
        - id: q1
          text: How do you handle confidentiality and sensitive information?
          rubric:
            keyPoints:
              - id: consent
                description: Shares information only with consent.
      """;

  /** HEAD with an explicit kind on line 6 (rubric moves to line 7, description to line 10). */
  private static String withKind(String kind) {
    return HEAD.replace("    rubric:\n", "    kind: " + kind + "\n    rubric:\n");
  }

  private static final String JSON =
      """
      {
        "bank": "t",
        "version": "1",
        "questions": [
          {
            "id": "q1",
            "text": "How do you handle confidentiality and sensitive information?",
            "rubric": {
              "keyPoints": [
                {"id": "consent", "description": "Shares information only with consent."}
              ]
            }
          }
        ]
      }
      """;

  private static final Path BANKS = Path.of("src/test/resources/dev/answereval/rubric/banks");

  private static void assertFails(String name, String content, String message) {
    assertThatThrownBy(() -> BankLoader.parse(content, name))
        .isInstanceOf(RubricFormatException.class)
        .hasMessage(message);
  }

  // ---- valid input -----------------------------------------------------------------------

  @Test
  void headIsValid() throws IOException {
    QuestionBank bank = BankLoader.parse(HEAD, "t.yaml");
    assertThat(bank.name()).isEqualTo("t");
    assertThat(bank.get("q1").kind()).isEqualTo(QuestionKind.KNOWLEDGE);
    assertThat(BankLoader.parse(JSON, "t.json")).isEqualTo(bank);
  }

  @Test
  void yamlAndJsonVersionsOfABankLoadEqual() throws IOException {
    QuestionBank yaml = BankLoader.load(BANKS.resolve("valid-full.yaml"));
    QuestionBank json = BankLoader.load(BANKS.resolve("valid-full.json"));
    assertThat(json).isEqualTo(yaml);
    assertThat(yaml.size()).isEqualTo(5);
  }

  @Test
  void fullBankBindsEveryField() throws IOException {
    QuestionBank bank = BankLoader.load(BANKS.resolve("valid-full.yaml"));
    assertThat(bank.name()).isEqualTo("loader-test");
    assertThat(bank.version()).isEqualTo("1.0");
    assertThat(bank.metadata())
        .containsExactly(
            java.util.Map.entry("description", "Fixture for the bank loader tests."),
            java.util.Map.entry("source", "Hand-written for answer-eval."),
            java.util.Map.entry("license", "Apache-2.0"));
    assertThat(bank.questions())
        .extracting(Question::id)
        .containsExactly("q-difficult", "q-anxiety", "q-confidentiality", "q-crisis", "q-ethics");

    Question difficult = bank.get("q-difficult");
    assertThat(difficult.kind()).isEqualTo(QuestionKind.BEHAVIORAL);
    assertThat(difficult.role()).isEqualTo("Mental Health Coordinator");
    assertThat(difficult.category()).isEqualTo("client care");
    Rubric r = difficult.rubric();
    assertThat(r.keyPoints().get(0))
        .isEqualTo(
            new KeyPoint(
                "listen",
                "Listened to the client and acknowledged how they felt.",
                2.0,
                true,
                List.of("listened", "acknowledged", "validated"),
                List.of("I let them talk and told them their frustration made sense."),
                "Say how you showed the client they were heard."));
    assertThat(r.keyPoints().get(2))
        .isEqualTo(
            KeyPoint.of("follow-up", "Checked back later to see whether things had improved."));
    assertThat(r.star()).isEqualTo(StarExpectations.standard());
    assertThat(r.exemplars()).extracting(Exemplar::grade).containsExactly(90.0, 15.0);
    assertThat(r.exemplars().get(0).text())
        .startsWith("A client was angry that his appointment had been moved twice. I listened,")
        .endsWith("he said the new routine was working.");
    assertThat(r.redFlags())
        .containsExactly(
            new RedFlag(
                "blame",
                "The client was just being difficult and it was their fault.",
                List.of("their fault", "just difficult"),
                25),
            RedFlag.of("dismiss", "I ignored the complaint."));
    assertThat(r.length()).isEqualTo(new LengthRange(60, 350));
    assertThat(r.minKeyPoints()).isEqualTo(2);
    assertThat(r.passThreshold()).isEqualTo(60.0);

    Question anxiety = bank.get("q-anxiety");
    assertThat(anxiety.kind()).isEqualTo(QuestionKind.SITUATIONAL);
    assertThat(anxiety.rubric().star().isExpected()).isFalse();
    assertThat(anxiety.rubric().length()).isEqualTo(LengthRange.DEFAULT);
    assertThat(anxiety.rubric().redFlags().get(0).penalty()).isEqualTo(30.0);

    Question confidentiality = bank.get("q-confidentiality");
    assertThat(confidentiality.kind()).isEqualTo(QuestionKind.KNOWLEDGE);
    assertThat(confidentiality.rubric().exemplars())
        .containsExactly(
            Exemplar.of(
                "I only share what the client has agreed to, and records stay in the secure"
                    + " system."));

    Question crisis = bank.get("q-crisis");
    assertThat(crisis.kind()).isEqualTo(QuestionKind.BEHAVIORAL);
    assertThat(crisis.rubric().star().components())
        .containsExactly(StarComponent.SITUATION, StarComponent.ACTION, StarComponent.RESULT);
    assertThat(crisis.rubric().star().weight(StarComponent.ACTION)).isEqualTo(2.0);
    assertThat(crisis.rubric().star().weight(StarComponent.RESULT)).isEqualTo(1.5);

    assertThat(bank.get("q-ethics").rubric().star()).isEqualTo(StarExpectations.standard());
  }

  @Test
  void formatFollowsExtensionElseFirstCharacter() throws IOException {
    QuestionBank expected = BankLoader.parse(HEAD, "t.yaml");
    assertThat(BankLoader.parse(JSON, "bank.txt")).isEqualTo(expected);
    assertThat(BankLoader.parse(HEAD, "bank")).isEqualTo(expected);
    assertThat(BankLoader.parse(HEAD, "T.YML")).isEqualTo(expected);
    assertThat(BankLoader.parse("\uFEFF" + JSON, "t.JSON")).isEqualTo(expected);
    // A .json name forces the JSON parser even for YAML text; Jackson reports where it stopped.
    assertFails(
        "t.json",
        HEAD,
        "t.json:1:5: $: invalid JSON: Unrecognized token 'bank': was expecting (JSON String,"
            + " Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void loadPathNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.yaml");
    Files.writeString(file, HEAD + "          weight: 0\n");
    assertThatThrownBy(() -> BankLoader.load(file))
        .isInstanceOf(RubricFormatException.class)
        .hasMessage(
            file
                + ":10:19: $.questions[0].rubric.keyPoints[0].weight: must be a number > 0, got 0");
  }

  @Test
  void loadStreamLeavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThat(BankLoader.load(in, "upload").name()).isEqualTo("t");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void exceptionExposesItsParts() {
    RubricFormatException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            RubricFormatException.class,
            () -> BankLoader.parse(HEAD + "          weight: -1\n", "bank.yaml"));
    assertThat(e.source()).isEqualTo("bank.yaml");
    assertThat(e.line()).isEqualTo(10);
    assertThat(e.column()).isEqualTo(19);
    assertThat(e.path()).isEqualTo("$.questions[0].rubric.keyPoints[0].weight");
    assertThat(e.problem()).isEqualTo("must be a number > 0, got -1");
  }

  // ---- built-in banks -------------------------------------------------------------------

  @Test
  void loadsBuiltInBankFromTheClassPath() throws IOException {
    QuestionBank bank = BankLoader.loadBuiltIn("loader-sample");
    assertThat(bank.name()).isEqualTo("loader-sample");
    assertThat(bank.get("q1").kind()).isEqualTo(QuestionKind.MOTIVATIONAL);
    assertThat(QuestionBank.builtIn("loader-sample")).isEqualTo(bank);
  }

  @Test
  void missingBuiltInBankNamesTheResourcesTried() {
    assertThatThrownBy(() -> BankLoader.loadBuiltIn("no-such-bank"))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage(
            "no built-in question bank 'no-such-bank': neither /answer-eval/banks/no-such-bank.yaml"
                + " nor /answer-eval/banks/no-such-bank.json is on the class path (built-in banks"
                + " ship in the answer-eval-testdata jar)");
  }

  @Test
  void builtInBankMustCarryItsOwnName() {
    assertThatThrownBy(() -> BankLoader.loadBuiltIn("loader-misnamed"))
        .isInstanceOf(RubricFormatException.class)
        .hasMessage(
            "classpath:/answer-eval/banks/loader-misnamed.json: $.bank: the built-in bank"
                + " 'loader-misnamed' declares the name 'something-else'");
  }

  @Test
  void builtInNameMustBeAnId() {
    assertThatThrownBy(() -> BankLoader.loadBuiltIn("../secrets"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "name must be 1-80 letters, digits, '.', '_' or '-' starting with a letter or digit,"
                + " got '../secrets'");
  }

  // ---- syntax ---------------------------------------------------------------------------

  @Test
  void malformedYaml() {
    assertFails(
        "t.yaml",
        HEAD.replace(
            "description: Shares information only with consent.",
            "description: Asks first: then shares."),
        "t.yaml:9:34: $.questions[0].rubric.keyPoints[0]: invalid YAML: mapping values are not"
            + " allowed here");
    assertFails(
        "t.yaml",
        "bank: t\n\tversion: \"1\"\n",
        "t.yaml:2:1: $: invalid YAML: found character '\\t(TAB)' that cannot start any token. (Do"
            + " not use \\t(TAB) for indentation) (while scanning for the next token)");
    assertFails(
        "t.yaml",
        "bank: t\nversion: \"1\n",
        "t.yaml:3:1: $.version: invalid YAML: found unexpected end of stream (while scanning a"
            + " quoted scalar)");
  }

  @Test
  void malformedJson() {
    assertFails(
        "t.json",
        JSON.replace("\"version\": \"1\",", "\"version\": \"1\""),
        "t.json:4:3: $: invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma"
            + " to separate Object entries");
    assertFails(
        "t.json",
        "{\n  \"bank\": \"t\",\n}\n",
        "t.json:3:1: $: invalid JSON: Unexpected character ('}' (code 125)): was expecting"
            + " double-quote to start field name");
    assertFails(
        "t.json",
        "{\n  \"bank\": \"t\",\n  \"version\": \"1\"\n",
        "t.json:4:1: $: invalid JSON: Unexpected end-of-input: expected close marker for Object"
            + " (opened at line 1, column 1)");
  }

  @Test
  void trailingContentAndSecondDocument() {
    assertFails(
        "t.json",
        JSON + "{}\n",
        "t.json:16:1: $: unexpected content after the end of the bank; a file holds a single JSON"
            + " object");
    assertFails(
        "t.yaml",
        HEAD + "---\nbank: u\n",
        "t.yaml:11:1: $: unexpected second YAML document; a file holds a single bank");
  }

  @Test
  void emptyFile() {
    String message =
        "t.yaml:1:1: $: the file is empty; expected a mapping with bank, version and questions";
    assertFails("t.yaml", "", message);
    assertFails("t.yaml", "# nothing here yet\n", message);
    assertFails(
        "t.json",
        "  \n",
        "t.json:1:1: $: the file is empty; expected a mapping with bank, version and questions");
  }

  @Test
  void notUtf8() {
    byte[] bytes = "bank: t\nversion: \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> BankLoader.load(new ByteArrayInputStream(bytes), "t.yaml"))
        .isInstanceOf(RubricFormatException.class)
        .hasMessage(
            "t.yaml:2:14: $: not valid UTF-8 (malformed byte at offset 21); save the file as"
                + " UTF-8");
  }

  // ---- YAML features that are not supported ---------------------------------------------

  @Test
  void aliasesAreRejectedWhereTheyStandNotReadAsTheAnchorName() {
    String message = "': anchors and aliases are not supported; write the value out in full";
    assertFails(
        "t.yaml",
        HEAD.replace("description: Shares information only with consent.", "description: *nosuch"),
        "t.yaml:9:24: $.questions[0].rubric.keyPoints[0].description: YAML alias '*nosuch"
            + message);
    assertFails(
        "t.yaml",
        HEAD + "          cues: [consent, *c]\n",
        "t.yaml:10:27: $.questions[0].rubric.keyPoints[0].cues[1]: YAML alias '*c" + message);
  }

  @Test
  void anchorsAreRejectedOnScalarsListsMappingsAndKeys() {
    String message = "': anchors and aliases are not supported; write the value out in full";
    assertFails(
        "t.yaml",
        HEAD.replace("description: Shares", "description: &d Shares"),
        "t.yaml:9:24: $.questions[0].rubric.keyPoints[0].description: YAML anchor '&d" + message);
    assertFails(
        "t.yaml",
        HEAD + "          cues: &c [consent, permission]\n",
        "t.yaml:10:17: $.questions[0].rubric.keyPoints[0].cues: YAML anchor '&c" + message);
    assertFails(
        "t.yaml",
        HEAD.replace("    rubric:\n", "    rubric: &r\n"),
        "t.yaml:6:13: $.questions[0].rubric: YAML anchor '&r" + message);
    assertFails(
        "t.yaml",
        HEAD.replace("version:", "&v version:"),
        "t.yaml:2:1: $.version: YAML anchor '&v" + message);
  }

  @Test
  void yaml11IntegerFormsAreRejected() {
    String weight = "t.yaml:10:19: $.questions[0].rubric.keyPoints[0].weight: ";
    assertFails(
        "t.yaml",
        HEAD + "          weight: 010\n",
        weight
            + "'010' has a leading zero, which YAML 1.1 reads as octal; write a plain decimal"
            + " number");
    assertFails(
        "t.yaml",
        HEAD + "          weight: 0x10\n",
        weight + "'0x10' is a hexadecimal number; write a plain decimal number");
    assertFails(
        "t.yaml",
        HEAD + "          weight: 0b11\n",
        weight + "'0b11' is a binary number; write a plain decimal number");
    assertFails(
        "t.yaml",
        HEAD + "          weight: 1_000\n",
        weight + "'1_000' has '_' digit separators; write a plain decimal number");
  }

  /** The README's "Rubric format": YAML 1.1 booleans are booleans, so text must quote them. */
  @Test
  void yaml11BooleanWordsAreBooleansAndMustBeQuotedAsText() throws IOException {
    for (String yes : List.of("yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE")) {
      QuestionBank bank = BankLoader.parse(HEAD + "          required: " + yes + "\n", "t.yaml");
      assertThat(bank.get("q1").rubric().keyPoints().get(0).required()).as(yes).isTrue();
    }
    for (String no : List.of("no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE")) {
      QuestionBank bank = BankLoader.parse(HEAD + "          required: " + no + "\n", "t.yaml");
      assertThat(bank.get("q1").rubric().keyPoints().get(0).required()).as(no).isFalse();
    }
    QuestionBank quoted = BankLoader.parse(HEAD + "          cues: [\"no\", on call]\n", "t.yaml");
    assertThat(quoted.get("q1").rubric().keyPoints().get(0).cues())
        .containsExactly("no", "on call");
    assertFails(
        "t.yaml",
        HEAD + "          cues: [no, on call]\n",
        "t.yaml:10:18: $.questions[0].rubric.keyPoints[0].cues[0]: must be a string, got boolean"
            + " false (put it in quotes if it is meant as text)");
  }

  @Test
  void plainDecimalNumbersStillLoad() throws IOException {
    QuestionBank bank =
        BankLoader.parse(HEAD + "          weight: 0.5\n      passThreshold: 0\n", "t.yaml");
    assertThat(bank.get("q1").rubric().keyPoints().get(0).weight()).isEqualTo(0.5);
    assertThat(BankLoader.parse(HEAD + "          weight: 1e2\n", "t.yaml")).isNotNull();
  }

  @Test
  void nonFiniteAndOverflowingNumbersAreRejectedAtTheToken() {
    String weight = "t.yaml:10:19: $.questions[0].rubric.keyPoints[0].weight: ";
    assertFails(
        "t.yaml",
        HEAD + "          weight: .nan\n",
        weight + "'.nan' is not a finite number; write a plain decimal number");
    assertFails(
        "t.yaml",
        HEAD + "          weight: -.Inf\n",
        weight + "'-.Inf' is not a finite number; write a plain decimal number");
    assertFails(
        "t.yaml",
        HEAD + "          weight: 1e400\n",
        weight + "number 1e400 is out of range; the largest magnitude is about 1.8e308");
    assertFails(
        "t.json",
        JSON.replace("\"description\": \"Shares", "\"weight\": 1e400, \"description\": \"Shares"),
        "t.json:10:39: $.questions[0].rubric.keyPoints[0].weight: number 1e400 is out of range;"
            + " the largest magnitude is about 1.8e308");
    assertFails(
        "t.json",
        JSON.replace("\"description\": \"Shares", "\"weight\": NaN, \"description\": \"Shares"),
        "t.json:10:39: $.questions[0].rubric.keyPoints[0].weight: invalid JSON: 'NaN' is not a"
            + " JSON number; write a plain decimal number");
  }

  // ---- limits ---------------------------------------------------------------------------

  @Test
  void nestingDeeperThanTheLimitIsLocatedWithAShortPath() {
    StringBuilder yaml = new StringBuilder("bank:\n");
    for (int i = 1; i <= 70; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    yaml.append("  ".repeat(71)).append("x\n");
    // the root mapping is level 1, bank's mapping level 2, so k63's mapping is level 65
    assertFails(
        "t.yaml",
        yaml.toString(),
        "t.yaml:65:129: $.bank.k1.k2.k3.k4.k5.k6.k7.k8.k9.k10...k55.k56.k57.k58.k59.k60.k61.k62.k63:"
            + " nested deeper than the limit of 64 levels of mappings and lists");
    assertFails(
        "t.json",
        "{\"bank\": " + "[".repeat(70) + "]".repeat(70) + "}",
        "t.json:1:73: $.bank[0][0][0][0][0][0][0][0][0][0]...[0][0][0][0][0][0][0][0][0][0][0][0]:"
            + " nested deeper than the limit of 64 levels of mappings and lists");
  }

  @Test
  void yamlLongerThanTheLimitSaysWhichLimit() {
    String line = "# " + "x".repeat(1021) + "\n";
    String big = HEAD + line.repeat(3100);
    assertFails(
        "t.yaml",
        big,
        "t.yaml:3081:799: $: the YAML document is longer than the limit of 3145728 characters;"
            + " split it into smaller files or write it as JSON");
  }

  @Test
  void complexMappingKeysAreNamedPlainly() {
    assertFails(
        "t.yaml",
        HEAD + "          ? [a, b]\n          : 2\n",
        "t.yaml:10:13: $.questions[0].rubric.keyPoints[0]: a mapping key must be a plain string,"
            + " got a list");
  }

  @Test
  void lengthBeyondTheIntegerRangeStatesTheLimit() {
    assertFails(
        "t.yaml",
        HEAD + "      length: {min: 5, max: 99999999999}\n",
        "t.yaml:10:29: $.questions[0].rubric.length.max: must be at most 2147483647, got"
            + " 99999999999");
    assertFails(
        "t.yaml",
        HEAD + "      length: {min: 99999999999, max: 5}\n",
        "t.yaml:10:21: $.questions[0].rubric.length.min: must be at most 2147483646, got"
            + " 99999999999");
  }

  // ---- structure ------------------------------------------------------------------------

  @Test
  void unknownField() {
    assertFails(
        "t.yaml",
        HEAD + "          wieght: 2\n",
        "t.yaml:10:11: $.questions[0].rubric.keyPoints[0].wieght: unknown field 'wieght' (did you"
            + " mean 'weight'?); allowed: id, description, weight, required, cues, paraphrases,"
            + " hint, star");
    assertFails(
        "t.yaml",
        HEAD.replace("version: \"1\"\n", "version: \"1\"\nauthor: me\n"),
        "t.yaml:3:1: $.author: unknown field 'author'; allowed: bank, version, description,"
            + " source, license, questions");
    assertFails(
        "t.json",
        JSON.replace("\"rubric\": {", "\"rubric\": {\n        \"key points\": [],"),
        "t.json:9:9: $.questions[0].rubric['key points']: unknown field 'key points' (did you mean"
            + " 'keyPoints'?); allowed:"
            + " keyPoints, star, exemplars, redFlags, length, minKeyPoints, passThreshold");
  }

  @Test
  void missingRequiredField() {
    assertFails(
        "t.yaml",
        HEAD.replace(
            "    text: How do you handle confidentiality and sensitive information?\n", ""),
        "t.yaml:4:5: $.questions[0]: missing required field 'text'; a question needs id, text,"
            + " rubric");
    assertFails(
        "t.yaml",
        "bank: t\nversion: \"1\"\n",
        "t.yaml:1:1: $: missing required field 'questions'; a bank needs bank, version,"
            + " questions");
    assertFails(
        "t.json",
        JSON.replace("\"id\": \"consent\", ", ""),
        "t.json:10:11: $.questions[0].rubric.keyPoints[0]: missing required field 'id'; a key"
            + " point needs id, description");
  }

  @Test
  void duplicateMappingKey() {
    assertFails(
        "t.yaml",
        HEAD + "          description: Asks before sharing.\n",
        "t.yaml:10:11: $.questions[0].rubric.keyPoints[0].description: duplicate key"
            + " 'description' (first at line 9, column 11)");
    assertFails(
        "t.json",
        JSON.replace("\"version\": \"1\",", "\"version\": \"1\", \"bank\": \"u\","),
        "t.json:3:19: $.bank: duplicate key 'bank' (first at line 2, column 3)");
  }

  @Test
  void wrongTypes() {
    assertFails(
        "t.yaml",
        HEAD + "          weight: heavy\n",
        "t.yaml:10:19: $.questions[0].rubric.keyPoints[0].weight: must be a number > 0, got"
            + " string 'heavy'");
    assertFails(
        "t.json",
        JSON.replace("consent.\"}", "consent.\", \"weight\": \"3\"}"),
        "t.json:10:95: $.questions[0].rubric.keyPoints[0].weight: must be a number > 0, got"
            + " string '3'");
    assertFails(
        "t.yaml",
        HEAD.replace("version: \"1\"", "version: 1.0"),
        "t.yaml:2:10: $.version: must be a string, got number 1.0 (put it in quotes if it is meant"
            + " as text)");
    assertFails(
        "t.yaml",
        HEAD + "          required: \"yes\"\n",
        "t.yaml:10:21: $.questions[0].rubric.keyPoints[0].required: must be true or false, got"
            + " string 'yes'");
    assertFails(
        "t.yaml",
        HEAD + "          cues: calm room\n",
        "t.yaml:10:17: $.questions[0].rubric.keyPoints[0].cues: must be a list of strings, got"
            + " string 'calm room'");
    assertFails(
        "t.yaml",
        "bank: t\nversion: \"1\"\nquestions:\n  q1: How do you handle confidentiality?\n",
        "t.yaml:4:3: $.questions: must be a list of questions, got a mapping");
    assertFails(
        "t.yaml",
        "- bank: t\n",
        "t.yaml:1:1: $: must be a mapping with bank, version and questions, got a list");
    assertFails(
        "t.yaml",
        HEAD.replace("bank: t", "bank: my bank"),
        "t.yaml:1:7: $.bank: must be an id of 1-80 letters, digits, '.', '_' or '-' starting with"
            + " a letter or digit, got 'my bank'");
  }

  @Test
  void blankText() {
    assertFails(
        "t.yaml",
        HEAD.replace(
            "text: How do you handle confidentiality and sensitive information?", "text: \"  \""),
        "t.yaml:5:11: $.questions[0].text: must not be blank");
    assertFails(
        "t.yaml",
        HEAD.replace("description: Shares information only with consent.", "description: \"\""),
        "t.yaml:9:24: $.questions[0].rubric.keyPoints[0].description: must not be blank");
    assertFails(
        "t.yaml",
        HEAD + "          cues: [calm room, \" \"]\n",
        "t.yaml:10:29: $.questions[0].rubric.keyPoints[0].cues[1]: must not be blank");
  }

  @Test
  void emptyLists() {
    assertFails(
        "t.yaml",
        "bank: t\nversion: \"1\"\nquestions: []\n",
        "t.yaml:3:12: $.questions: must not be empty; a bank needs at least one question");
    assertFails(
        "t.yaml",
        HEAD.replace(
            "      keyPoints:\n        - id: consent\n          description: Shares information"
                + " only with consent.\n",
            "      keyPoints: []\n"),
        "t.yaml:7:18: $.questions[0].rubric.keyPoints: must not be empty; a rubric needs at least"
            + " one key point");
  }

  // ---- values ---------------------------------------------------------------------------

  @Test
  void weightMustBePositive() {
    assertFails(
        "t.yaml",
        HEAD + "          weight: -1\n",
        "t.yaml:10:19: $.questions[0].rubric.keyPoints[0].weight: must be a number > 0, got -1");
    assertFails(
        "t.yaml",
        HEAD + "          weight: 0\n",
        "t.yaml:10:19: $.questions[0].rubric.keyPoints[0].weight: must be a number > 0, got 0");
    assertFails(
        "t.yaml",
        HEAD + "          weight: 0.0\n",
        "t.yaml:10:19: $.questions[0].rubric.keyPoints[0].weight: must be a number > 0, got 0.0");
  }

  @Test
  void duplicateQuestionId() {
    String second =
        """
          - id: q1
            text: How do you approach teamwork and collaboration within a multidisciplinary team?
            rubric:
              keyPoints:
                - id: roles
                  description: Respects each profession's role.
        """;
    assertFails(
        "t.yaml",
        HEAD + second,
        "t.yaml:10:9: $.questions[1].id: duplicate question id 'q1'; it is already used at"
            + " $.questions[0].id");
  }

  @Test
  void duplicateKeyPointIds() {
    assertFails(
        "t.yaml",
        HEAD + "        - id: consent\n          description: Asks before sharing.\n",
        "t.yaml:10:15: $.questions[0].rubric.keyPoints[1].id: duplicate id 'consent'; it is"
            + " already used at $.questions[0].rubric.keyPoints[0].id (ids must be unique among a"
            + " rubric's key points and red flags)");
    assertFails(
        "t.yaml",
        HEAD
            + "      redFlags:\n        - id: consent\n"
            + "          description: I would share the notes with anyone who asks.\n",
        "t.yaml:11:15: $.questions[0].rubric.redFlags[0].id: duplicate id 'consent'; it is"
            + " already used at $.questions[0].rubric.keyPoints[0].id (ids must be unique among a"
            + " rubric's key points and red flags)");
  }

  @Test
  void starOnNonBehavioralQuestion() {
    assertFails(
        "t.yaml",
        HEAD + "      star: standard\n",
        "t.yaml:10:13: $.questions[0].rubric.star: STAR expectations are only allowed on"
            + " behavioral questions, but this question's kind is knowledge (inferred from its"
            + " text; add 'kind: behavioral' if it asks about a past experience)");
    assertFails(
        "t.yaml",
        withKind("situational") + "      star: [situation, action]\n",
        "t.yaml:11:13: $.questions[0].rubric.star: STAR expectations are only allowed on"
            + " behavioral questions, but this question's kind is situational");
  }

  @Test
  void badStarComponents() {
    assertFails(
        "t.yaml",
        withKind("behavioral") + "      star: {situation: 1, outcome: 2}\n",
        "t.yaml:11:28: $.questions[0].rubric.star.outcome: unknown STAR component 'outcome';"
            + " expected one of situation, task, action, result");
    assertFails(
        "t.yaml",
        withKind("behavioral") + "      star: [situation, taks]\n",
        "t.yaml:11:25: $.questions[0].rubric.star[1]: unknown STAR component 'taks' (did you mean"
            + " 'task'?); expected one of situation, task, action, result");
    assertFails(
        "t.yaml",
        withKind("behavioral") + "      star: [action, action]\n",
        "t.yaml:11:22: $.questions[0].rubric.star[1]: duplicate STAR component 'action'");
    assertFails(
        "t.yaml",
        withKind("behavioral") + "      star: full\n",
        "t.yaml:11:13: $.questions[0].rubric.star: must be \"standard\", a list of STAR components"
            + " or a mapping of component to weight, got string 'full'");
    assertFails(
        "t.yaml",
        withKind("behavioral") + "      star: {action: 0}\n",
        "t.yaml:11:22: $.questions[0].rubric.star.action: must be a number > 0, got 0");
  }

  @Test
  void aKeyPointMayNameTheStarComponentThatStatesIt() throws Exception {
    QuestionBank bank =
        BankLoader.parse(
            withKind("behavioral") + "          star: result\n" + "      star: standard\n",
            "t.yaml");

    assertThat(bank.questions().get(0).rubric().keyPoints().get(0).star())
        .isEqualTo(StarComponent.RESULT);
    assertThat(
            BankLoader.parse(HEAD, "t.yaml").questions().get(0).rubric().keyPoints().get(0).star())
        .isNull();
  }

  @Test
  void aKeyPointsStarMustBeOneOfTheRubrics() {
    assertFails(
        "t.yaml",
        withKind("behavioral") + "          star: outcome\n" + "      star: standard\n",
        "t.yaml:11:17: $.questions[0].rubric.keyPoints[0].star: unknown STAR component 'outcome';"
            + " expected one of situation, task, action, result");
    assertFails(
        "t.yaml",
        withKind("behavioral")
            + "          star: task\n"
            + "      star: [situation, action, result]\n",
        "t.yaml:11:17: $.questions[0].rubric.keyPoints[0].star: 'task' is not among the rubric's"
            + " STAR components [situation, action, result]");
    assertFails(
        "t.yaml",
        HEAD + "          star: result\n",
        "t.yaml:10:17: $.questions[0].rubric.keyPoints[0].star: names a STAR component, but the"
            + " rubric expects no STAR story (no star section)");
  }

  @Test
  void badKind() {
    assertFails(
        "t.yaml",
        withKind("behavioural"),
        "t.yaml:6:11: $.questions[0].kind: unknown question kind 'behavioural' (did you mean"
            + " 'behavioral'?); expected one of behavioral, situational, knowledge, motivational,"
            + " background");
    assertFails(
        "t.yaml",
        withKind("hypothetical"),
        "t.yaml:6:11: $.questions[0].kind: unknown question kind 'hypothetical'; expected one of"
            + " behavioral, situational, knowledge, motivational, background");
  }

  @Test
  void minKeyPointsOutOfRange() {
    assertFails(
        "t.yaml",
        HEAD + "      minKeyPoints: 2\n",
        "t.yaml:10:21: $.questions[0].rubric.minKeyPoints: must be an integer in [0, 1] (the"
            + " number of key points), got 2");
    assertFails(
        "t.yaml",
        HEAD + "      minKeyPoints: -1\n",
        "t.yaml:10:21: $.questions[0].rubric.minKeyPoints: must be an integer in [0, 1] (the"
            + " number of key points), got -1");
    assertFails(
        "t.yaml",
        HEAD + "      minKeyPoints: 0.5\n",
        "t.yaml:10:21: $.questions[0].rubric.minKeyPoints: must be an integer >= 0, got 0.5");
  }

  @Test
  void lengthMaxMustExceedMin() {
    assertFails(
        "t.yaml",
        HEAD + "      length: {min: 60, max: 60}\n",
        "t.yaml:10:30: $.questions[0].rubric.length.max: must be an integer > min (60), got 60");
    assertFails(
        "t.yaml",
        HEAD + "      length: {min: -5, max: 60}\n",
        "t.yaml:10:21: $.questions[0].rubric.length.min: must be an integer >= 0, got -5");
    assertFails(
        "t.yaml",
        HEAD + "      length: {min: 60}\n",
        "t.yaml:10:15: $.questions[0].rubric.length: missing required field 'max'; a length needs"
            + " min, max");
  }

  @Test
  void numbersOutOfRange() {
    assertFails(
        "t.yaml",
        HEAD
            + "      exemplars:\n"
            + "        - text: I keep notes locked away and ask for consent.\n"
            + "          grade: 120\n",
        "t.yaml:12:18: $.questions[0].rubric.exemplars[0].grade: must be a number in [0, 100], got"
            + " 120");
    assertFails(
        "t.yaml",
        HEAD + "      exemplars: [42]\n",
        "t.yaml:10:19: $.questions[0].rubric.exemplars[0]: must be a string or a mapping with text"
            + " and grade, got number 42");
    assertFails(
        "t.yaml",
        HEAD
            + "      redFlags:\n"
            + "        - id: breach\n"
            + "          description: I would share the notes with anyone who asks.\n"
            + "          penalty: 101\n",
        "t.yaml:13:20: $.questions[0].rubric.redFlags[0].penalty: must be a number in [0, 100],"
            + " got 101");
    assertFails(
        "t.yaml",
        HEAD + "      passThreshold: -0.5\n",
        "t.yaml:10:22: $.questions[0].rubric.passThreshold: must be a number in [0, 100], got"
            + " -0.5");
  }

  @Test
  void firstErrorInFileOrderWins() {
    // Both the key point's weight (line 10) and the later unknown field (line 11) are wrong.
    assertFails(
        "t.yaml",
        HEAD + "          weight: -1\n      colour: red\n",
        "t.yaml:10:19: $.questions[0].rubric.keyPoints[0].weight: must be a number > 0, got -1");
  }
}
