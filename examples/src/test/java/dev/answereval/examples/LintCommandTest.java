package dev.answereval.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  @TempDir Path tmp;

  @Test
  void aCleanBankExitsZero() {
    CliRun r = CliRun.run("", "lint", "--bank", CliRun.TEST_BANK.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualToIgnoringNewLines("lint: 3 rubrics clean");
  }

  @Test
  void theBuiltInBankLintsClean() {
    CliRun r = CliRun.run("", "lint", "--question", "mhs-01");

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualToIgnoringNewLines("lint: 1 rubric clean");
  }

  @Test
  void warningsArePrintedPerQuestionAndExitOne() throws IOException {
    Path bank = tmp.resolve("strict.yaml");
    Files.writeString(
        bank,
        """
        bank: strict
        version: "1"
        questions:
          - id: panic
            text: How would you help a client who is having a panic attack?
            rubric:
              keyPoints:
                - id: calm
                  description: Move the client to a quiet room where they feel safe.
                  required: true
                - id: breathing
                  description: Guide slow breathing with a long exhale.
                  required: true
                  cues: [the]
          - id: team
            text: How do you work with a multidisciplinary team?
            rubric:
              keyPoints:
                - id: meetings
                  description: I take part in regular team meetings and share updates.
        """);

    CliRun r = CliRun.run("", "lint", "--bank", bank.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            "panic: unmatchable_cue: cue 'the' of key point 'breathing' has only stop words after"
                + " analysis and can never match",
            "panic: many_required_key_points: 2 of 2 key points are required (calm, breathing):"
                + " an answer that words any of them in terms the matcher misses is capped at 55;"
                + " keep required for the point no good answer can leave out",
            "lint: 2 warnings in 1 of 2 rubrics");
  }

  @Test
  void anUnknownQuestionIsBadInput() {
    CliRun r = CliRun.run("", "lint", "--question", "nope");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown question 'nope' in bank 'mental-health'");
  }
}
