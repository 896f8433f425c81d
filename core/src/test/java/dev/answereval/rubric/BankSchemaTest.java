package dev.answereval.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema accepts what the loader accepts and rejects the same structural errors. */
class BankSchemaTest {

  private static final Path BANKS = Path.of("src/test/resources/dev/answereval/rubric/banks");

  @ParameterizedTest
  @ValueSource(strings = {"valid-full.yaml", "valid-full.json", "valid-minimal.yaml"})
  void validBanksConform(String file) throws IOException {
    assertThat(BankSchema.validate(BANKS.resolve(file))).isEmpty();
    assertThat(BankLoader.load(BANKS.resolve(file)).size()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          bad-id              | $.questions[0].id: does not match the regex pattern ^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$
          bad-kind            | $.questions[0].kind: does not have a value in the enumeration ["behavioral", "situational", "knowledge", "motivational", "background"]
          bad-star-component  | $.questions[0].rubric.star: property 'outcome' name is not valid: does not have a value in the enumeration ["situation", "task", "action", "result"]
          blank-text          | $.questions[0].text: does not match the regex pattern \\S
          empty-questions     | $.questions: must have at least 1 items but found 0
          grade-out-of-range  | $.questions[0].rubric.exemplars[0].grade: must have a maximum value of 100
          length-without-max  | $.questions[0].rubric.length: required property 'max' not found
          missing-key-points  | $.questions[0].rubric: required property 'keyPoints' not found
          missing-text        | $.questions[0]: required property 'text' not found
          penalty-out-of-range | $.questions[0].rubric.redFlags[0].penalty: must have a minimum value of 0
          star-on-situational | $.questions[0].rubric: must not be valid to the schema "$.properties.questions.items.$ref.then.properties.rubric.not" : {"required":["star"]}
          string-weight       | $.questions[0].rubric.keyPoints[0].weight: string found, number expected
          unknown-field       | $.questions[0].rubric.keyPoints[0]: property 'wieght' is not defined in the schema and the schema does not allow additional properties
          unknown-top-level   | $: property 'author' is not defined in the schema and the schema does not allow additional properties
          version-number      | $.version: number found, string expected
          zero-weight         | $.questions[0].rubric.keyPoints[0].weight: must have an exclusive minimum value of 0
          """)
  void invalidBanksAreRejectedBySchemaAndLoader(String name, String violation) throws IOException {
    Path file = BANKS.resolve("invalid").resolve(name + ".yaml");
    List<String> violations = BankSchema.validate(file);
    assertThat(violations).contains(violation);
    String schemaPath = violation.substring(0, violation.indexOf(": "));
    assertThatThrownBy(() -> BankLoader.load(file))
        .isInstanceOfSatisfying(
            RubricFormatException.class,
            e -> assertThat(e.path()).startsWith(schemaPath.equals("$") ? "$" : schemaPath));
  }

  @Test
  void schemaFieldsMatchTheLoader() throws IOException {
    JsonNode schema;
    try (InputStream in = BankSchema.class.getResourceAsStream(BankSchema.RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    JsonNode defs = schema.get("$defs");
    assertThat(names(schema.get("properties")))
        .containsExactly("bank", "version", "description", "source", "license", "questions");
    assertThat(names(defs.get("question").get("properties")))
        .containsExactly("id", "text", "kind", "role", "category", "rubric");
    assertThat(names(defs.get("rubric").get("properties")))
        .containsExactly(
            "keyPoints",
            "star",
            "exemplars",
            "redFlags",
            "length",
            "minKeyPoints",
            "passThreshold");
    assertThat(names(defs.get("keyPoint").get("properties")))
        .containsExactly(
            "id", "description", "weight", "required", "cues", "paraphrases", "hint", "star");
    assertThat(names(defs.get("redFlag").get("properties")))
        .containsExactly("id", "description", "cues", "penalty");
    assertThat(defs.get("redFlag").get("properties").get("penalty").get("default").asDouble())
        .isEqualTo(RedFlag.DEFAULT_PENALTY);
  }

  @Test
  void schemaCannotSeeCrossFieldRulesTheLoaderEnforces() throws IOException {
    // Same id twice and minKeyPoints above the key point count: structurally fine, still invalid.
    String bank =
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
              minKeyPoints: 3
        """;
    assertThat(BankSchema.validate(bank, "t.yaml")).isEmpty();
    assertThatThrownBy(() -> BankLoader.parse(bank, "t.yaml"))
        .hasMessage(
            "t.yaml:10:21: $.questions[0].rubric.minKeyPoints: must be an integer in [0, 1] (the"
                + " number of key points), got 3");
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
