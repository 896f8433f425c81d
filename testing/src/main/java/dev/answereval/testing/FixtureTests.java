package dev.answereval.testing;

import dev.answereval.fixture.CaseResult;
import dev.answereval.fixture.FixtureCase;
import dev.answereval.fixture.FixtureLoader;
import dev.answereval.fixture.FixtureRunner;
import dev.answereval.fixture.FixtureSet;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * JUnit 5 dynamic tests from fixture files: one test per case, named by the case id (e.g. {@code
 * mhs-01/excellent}), failing with every unmet expectation, its expected and actual values and the
 * evidence.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> graded() throws IOException {
 *   return FixtureTests.fromResource("/answer-eval/fixtures/mental-health-graded.yaml");
 * }
 * }</pre>
 *
 * Files load eagerly (a malformed file fails the factory with its located message); answers are
 * scored when each test runs. Each call builds one {@link FixtureRunner}, shared by its tests.
 * Stateless and thread-safe.
 */
public final class FixtureTests {
  private FixtureTests() {}

  /** Tests for the cases of a fixture file. */
  public static Stream<DynamicTest> from(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    FixtureSet set = new FixtureLoader().load(file);
    return tests(List.of(set), FixtureRunner.create(), file.toUri());
  }

  /** Tests for the cases of several fixture files; banks they share are loaded once. */
  public static Stream<DynamicTest> from(List<Path> files) throws IOException {
    FixtureLoader loader = new FixtureLoader();
    FixtureRunner runner = FixtureRunner.create();
    List<DynamicTest> all = new ArrayList<>();
    for (Path f : files) {
      tests(List.of(loader.load(f)), runner, f.toUri()).forEach(all::add);
    }
    return all.stream();
  }

  /**
   * Tests for the cases of a fixture file on the class path, read with the thread's context class
   * loader (or this class's loader when there is none).
   *
   * @param resource absolute resource name, e.g. {@code /answer-eval/fixtures/x.yaml}
   */
  public static Stream<DynamicTest> fromResource(String resource) throws IOException {
    Objects.requireNonNull(resource, "resource");
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    if (cl == null) {
      cl = FixtureTests.class.getClassLoader();
    }
    FixtureSet set = new FixtureLoader().loadResource(resource, cl);
    return tests(List.of(set), FixtureRunner.create(), null);
  }

  /** Tests for the cases of loaded fixture sets, scored with the given runner. */
  public static Stream<DynamicTest> from(List<FixtureSet> sets, FixtureRunner runner) {
    return tests(sets, runner, null);
  }

  private static Stream<DynamicTest> tests(
      List<FixtureSet> sets, FixtureRunner runner, @org.jspecify.annotations.Nullable URI file) {
    List<DynamicTest> out = new ArrayList<>();
    for (FixtureSet set : sets) {
      for (FixtureCase c : set.cases()) {
        URI source = file == null ? null : URI.create(file + "?line=" + line(c));
        out.add(DynamicTest.dynamicTest(c.id(), source, () -> check(runner.run(set, c))));
      }
    }
    return out.stream();
  }

  private static int line(FixtureCase c) {
    String loc = c.location();
    try {
      return Integer.parseInt(loc.substring(loc.lastIndexOf(':') + 1));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Throws an {@link AssertionFailedError} describing every failed expectation, if any. */
  static void check(CaseResult r) {
    if (!r.passed()) {
      throw new AssertionFailedError(r.describe());
    }
  }
}
