package dev.answereval.examples;

import dev.answereval.fixture.FixtureCheck;
import dev.answereval.fixture.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check}: runs fixture files and exits 0 when every case passes, 1 when some fail or drift
 * from the snapshot, 2 on bad usage or unreadable files; {@code --record} writes a snapshot only
 * from a passing run, and not together with {@code --snapshot}. The logic lives in {@link
 * FixtureCheck}; this class only maps options. Not thread-safe (picocli fills its fields).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = AnswerEvalCli.Version.class,
    customSynopsis = {
      "answer-eval check [-hV] [--snapshot=SNAP | --record=SNAP] [--junit-xml=OUT]",
      "                         [--tolerance=T] FILE..."
    },
    description = {
      "Score the answers of fixture files and check their expected outcomes.",
      "Exit 0: all cases pass; 1: some case fails or drifts from the snapshot; 2: usage or file"
          + " error."
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Fixture files (YAML or JSON).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--snapshot",
      paramLabel = "SNAP",
      description =
          "Compare outcomes with this snapshot file (scores within --tolerance). Not with"
              + " --record.")
  @Nullable Path snapshot;

  @Option(
      names = "--record",
      paramLabel = "SNAP",
      description =
          "Write this run's outcomes to this snapshot file, only when every case passes (a"
              + " failing run leaves it as it was). Not with --snapshot.")
  @Nullable Path record;

  @Option(
      names = "--junit-xml",
      paramLabel = "OUT",
      description = "Write a JUnit XML report for CI.")
  @Nullable Path junitXml;

  @Option(
      names = "--tolerance",
      paramLabel = "T",
      description =
          "Score drift accepted against the snapshot, in points (default: ${DEFAULT-VALUE}).")
  double tolerance = Snapshot.DEFAULT_TOLERANCE;

  @Override
  public Integer call() {
    CommandSpec s = java.util.Objects.requireNonNull(spec, "spec");
    return FixtureCheck.run(
        new FixtureCheck.Options(files, snapshot, record, junitXml, tolerance),
        s.commandLine().getOut(),
        s.commandLine().getErr());
  }
}
