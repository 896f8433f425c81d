package dev.answereval.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped mental-health bank (in the testdata module) validates against bank.schema.json. */
class BuiltInBankSchemaTest {
  private static final Path BANK =
      Path.of("../testdata/src/main/resources/answer-eval/banks/mental-health.yaml");

  @Test
  void mentalHealthBankMatchesTheSchemaAndLoads() throws Exception {
    assertThat(BANK).exists();
    assertThat(BankSchema.validate(BANK)).isEmpty();
    QuestionBank bank = BankLoader.load(BANK);
    assertThat(bank.name()).isEqualTo("mental-health");
    assertThat(bank.size()).isEqualTo(52);
    assertThat(Files.size(BANK)).isPositive();
  }
}
