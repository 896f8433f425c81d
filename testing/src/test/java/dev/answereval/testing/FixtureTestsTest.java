package dev.answereval.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.answereval.fixture.FixtureFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class FixtureTestsTest {
  @TempDir Path dir;

  /** The way users call it: every case of the file becomes a named test. */
  @TestFactory
  Stream<DynamicTest> panicFixtures() throws IOException {
    return FixtureTests.fromResource("/fixtures/panic.yaml");
  }

  @Test
  void oneNamedTestPerCase() throws IOException {
    List<DynamicTest> tests = FixtureTests.fromResource("/fixtures/panic.yaml").toList();
    assertThat(tests)
        .extracting(DynamicTest::getDisplayName)
        .containsExactly("panic/complete", "panic/keywords");
  }

  @Test
  void failingCaseSaysWhichExpectationActualAndEvidence() throws Throwable {
    Path f = dir.resolve("fx.yaml");
    Files.writeString(
        f,
        """
        questions:
          - id: panic
            text: What do you do when a client panics?
            rubric:
              keyPoints:
                - id: calm
                  description: I stay calm and speak slowly.
                - id: medical
                  description: I check for a medical cause such as chest pain.
        cases:
          - id: panic/calm-only
            question: panic
            answer: >-
              I stay calm and speak slowly, and I keep my own voice low and steady so the
              client has something to follow while the fear passes.
            expect:
              covers: [calm, medical]
        """);
    List<DynamicTest> tests = FixtureTests.from(f).toList();
    assertThat(tests).hasSize(1);
    DynamicTest t = tests.get(0);
    assertThat(t.getDisplayName()).isEqualTo("panic/calm-only");
    assertThat(t.getTestSourceUri()).hasValue(java.net.URI.create(f.toUri() + "?line=11"));
    assertThatThrownBy(() -> t.getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith(
            "panic/calm-only ("
                + f
                + ":11, question panic): 1 expectation failed\n"
                + "  - covers 'medical': expected covered, got not covered (coverage ");
  }

  @Test
  void malformedFileFailsTheFactoryWithItsLocation() throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(
        f,
        "questions:\n  - id: q\n    text: What do you do?\n"
            + "    rubric: {keyPoints: [{id: k, description: I act.}]}\ncases: {}\n");
    assertThatThrownBy(() -> FixtureTests.from(f))
        .isInstanceOf(FixtureFormatException.class)
        .hasMessageEndingWith(":5:8: $.cases: must be a list of cases, got a mapping");
  }
}
