package dev.answereval.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} command through the command line: exit codes, messages and written files. */
class CheckCommandTest {
  /** One case on the test bank that scores well above 10. */
  static final String PASSING =
      """
      bank: %s
      cases:
        - id: a
          question: panic-01
          answer: >-
            I would first move the client to a quiet room where they feel safe. Then I would guide
            slow breathing and a grounding exercise until the panic eases.
          expect: {minScore: 10}
      """
          .formatted(CliRun.TEST_BANK.toString().replace("\\", "/"));

  @TempDir Path tmp;

  private Path write(String name, String content) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  @Test
  void aMissingFixtureFileIsOnePlainLine() {
    Path missing = tmp.resolve("nosuch.yaml");
    CliRun r = CliRun.run("", "check", missing.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly("error: cannot read fixture file '" + missing + "': no such file");
  }

  @Test
  void aDirectoryGivenAsFixtureFileIsOnePlainLine() {
    CliRun r = CliRun.run("", "check", tmp.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly("error: cannot read fixture file '" + tmp + "': is a directory");
  }

  @Test
  void aJUnitReportNamingTheFixtureFileIsRefusedAndTheFixtureKept() throws IOException {
    Path f = write("victim.yaml", PASSING);
    CliRun r = CliRun.run("", "check", f.toString(), "--junit-xml", f.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "error: --junit-xml "
                + f
                + " is the same file as the fixture file "
                + f
                + "; an output must not overwrite an input");
    assertThat(Files.readString(f)).isEqualTo(PASSING);
  }

  @Test
  void twoFilesSharingACaseIdRunWithoutASnapshot() throws IOException {
    Path a = write("pass.yaml", PASSING);
    Path b = write("pass2.yaml", PASSING);
    CliRun r = CliRun.run("", "check", a.toString(), b.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.outLines()).last().isEqualTo("2 passed, 0 failed");
  }

  @Test
  void twoFilesSharingACaseIdCannotBeRecordedAndBothAreNamed() throws IOException {
    Path a = write("pass.yaml", PASSING);
    Path b = write("pass2.yaml", PASSING);
    Path snap = tmp.resolve("s.json");
    CliRun r = CliRun.run("", "check", a.toString(), b.toString(), "--record", snap.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "error: case id 'a' is defined at "
                + a
                + ":3 and at "
                + b
                + ":3; a snapshot keys cases by id, so ids must be unique across all the files"
                + " checked with it");
    assertThat(snap).doesNotExist();
  }

  @Test
  void snapshotAndRecordTogetherAreAUsageErrorAndTheBaselineStays() throws IOException {
    Path pass = write("pass.yaml", PASSING);
    Path drift = write("drift2.yaml", PASSING.replace("grounding exercise", "long walk"));
    Path snap = tmp.resolve("s.json");
    assertThat(CliRun.run("", "check", pass.toString(), "--record", snap.toString()).status())
        .isZero();
    String baseline = Files.readString(snap);

    CliRun r =
        CliRun.run(
            "",
            "check",
            drift.toString(),
            "--snapshot",
            snap.toString(),
            "--record",
            snap.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "error: --snapshot and --record cannot be used together: --snapshot compares a run"
                + " with a snapshot, --record rewrites one from a run in which every case passes");
    assertThat(Files.readString(snap)).isEqualTo(baseline);
    // the drift is still reported against the old baseline
    CliRun again = CliRun.run("", "check", drift.toString(), "--snapshot", snap.toString());
    assertThat(again.status()).isEqualTo(1);
    assertThat(again.out()).contains("\ndrift a: score ");
  }

  @Test
  void aFailingRunIsNotRecordedAndSaysWhy() throws IOException {
    Path f = write("passfail.yaml", PASSING.replace("minScore: 10", "minScore: 99"));
    Path snap = tmp.resolve("X.json");
    CliRun r = CliRun.run("", "check", f.toString(), "--record", snap.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines())
        .endsWith(
            "0 passed, 1 failed",
            "not recorded to "
                + snap
                + ": 1 case failed, and --record writes a snapshot only when every case passes");
    assertThat(snap).doesNotExist();
  }

  @Test
  void helpShowsSnapshotAndRecordAsAlternatives() {
    CliRun r = CliRun.run("", "check", "--help");

    assertThat(r.status()).isZero();
    assertThat(r.outLines().subList(0, 2))
        .containsExactly(
            "Usage: answer-eval check [-hV] [--snapshot=SNAP | --record=SNAP] [--junit-xml=OUT]",
            "                         [--tolerance=T] FILE...");
    assertThat(String.join(" ", r.out().split("\\s+")))
        .contains(
            "only when every case passes (a failing run leaves it as it was). Not with --snapshot.")
        .contains("Not with --record.");
  }

  @Test
  void aPassingFileExitsZero() throws IOException {
    Path f = write("pass.yaml", PASSING);
    CliRun r = CliRun.run("", "check", f.toString());

    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.outLines()).last().isEqualTo("1 passed, 0 failed");
  }
}
