package dev.answereval.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link BenchmarkReport} to a directory as {@code summary.json}, {@code
 * predictions.jsonl}, {@code report.md}, a self-contained {@code report.html} (inline SVG plots, no
 * external assets) and, when the run fitted one, {@code calibration.json} (the calibration fitted
 * on all training rows, loadable with {@link Calibration#read} and {@link
 * CalibratedEvaluator#load}).
 *
 * <p>A write is all or nothing, and the directory afterwards holds exactly the files of this run.
 * The directory itself is kept (created when missing): its mode, owner and identity do not change,
 * so writing into the working directory or into a shared directory with a setgid group is safe.
 * Inside it, every file or scorer subdirectory of the report is first written under a hidden name
 * ({@code .answer-eval-...}); only when all are complete are the earlier report's entries renamed
 * aside and the new ones renamed into place, and the earlier ones deleted last. So a failed write
 * leaves the earlier content untouched, and files of an earlier run that this run does not produce
 * (a {@code calibration.json} of a calibrated run, the subdirectories of a larger suite) do not
 * survive to contradict it. An existing directory is written to only when it is empty or holds
 * nothing but files an earlier report could have written; anything else (a user's file) makes the
 * write fail before anything is written, so no unrelated file is ever touched. Errors are {@link
 * IOException}s whose message names the directory, the file and the reason.
 *
 * <p>Stateless and thread-safe. Concurrent writes to one directory are kept apart by a lock file
 * ({@code .answer-eval-lock}, holding the writer's process id, present only during a write): the
 * later one fails, and the directory never mixes two runs. A lock or hidden temporary that a
 * process left when it died is removed by the next write.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** File names written. */
  public static final String SUMMARY = "summary.json";

  /** One JSON object per row. */
  public static final String PREDICTIONS = "predictions.jsonl";

  /** Markdown summary. */
  public static final String MARKDOWN = "report.md";

  /** Self-contained HTML report. */
  public static final String HTML = "report.html";

  /** The shippable calibration fitted on all training rows. */
  public static final String CALIBRATION = "calibration.json";

  /** A suite's combined JSON. */
  public static final String SUITE = "suite.json";

  /** A lone comparison's JSON ({@link #write(Comparison, Path)}). */
  public static final String COMPARISON = "comparison.json";

  /** The files of one report, which is all a scorer's subdirectory of a suite may hold. */
  private static final Set<String> REPORT_FILES =
      Set.of(SUMMARY, PREDICTIONS, MARKDOWN, HTML, CALIBRATION);

  /**
   * Writes the report files (and {@code calibration.json} when the report has a fitted calibration)
   * as the content of {@code dir}, creating it if needed (an existing one is kept) and replacing an
   * earlier report there.
   *
   * @throws IOException when writing fails or {@code dir} holds files no report wrote; {@code dir}
   *     is then unchanged
   */
  public static void write(BenchmarkReport report, Path dir) throws IOException {
    writeDirectory(dir, files(report));
  }

  /**
   * Writes a suite as the content of {@code dir}: the primary report's files at the top, each other
   * report's files in a subdirectory named after its scorer (characters other than letters, digits,
   * {@code .}, {@code _} and {@code -} replaced by {@code _}), {@code comparison-SCORER.json} for
   * each comparison and {@code suite.json}. Replaces an earlier report or suite there.
   *
   * @throws IllegalArgumentException when two later scorers map to the same subdirectory name, or a
   *     scorer's subdirectory name is the name of a file at the top (such as {@code report.md});
   *     nothing is written then
   * @throws IOException when writing fails or {@code dir} holds files no report wrote; {@code dir}
   *     is then unchanged
   */
  public static void write(BenchmarkSuite suite, Path dir) throws IOException {
    Map<String, String> files = files(suite.primary());
    files.put(SUITE, suite.toJson() + "\n");
    for (Comparison c : suite.comparisons()) {
      files.put("comparison-" + safeName(c.scorerB()) + ".json", c.toJson() + "\n");
    }
    Set<String> seen = new HashSet<>();
    for (BenchmarkReport r : suite.reports().subList(1, suite.reports().size())) {
      String sub = safeName(r.scorer());
      if (!seen.add(sub)) {
        throw new IllegalArgumentException(
            "two scorers would share the report directory '" + sub + "'");
      }
      if (files.containsKey(sub)) {
        throw new IllegalArgumentException(
            "scorer '"
                + r.scorer()
                + "' cannot have its report directory '"
                + sub
                + "': the suite writes a file of that name next to it; rename the scorer");
      }
    }
    for (BenchmarkReport r : suite.reports().subList(1, suite.reports().size())) {
      String sub = safeName(r.scorer());
      files(r).forEach((name, text) -> files.put(sub + "/" + name, text));
    }
    writeDirectory(dir, files);
  }

  static String safeName(String scorer) {
    String s = scorer.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
  }

  private static Map<String, String> files(BenchmarkReport report) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(SUMMARY, report.toJson() + "\n");
    files.put(PREDICTIONS, predictionsJsonl(report));
    files.put(MARKDOWN, markdown(report));
    files.put(HTML, HtmlReport.render(report));
    if (report.fittedCalibration() != null) {
      files.put(CALIBRATION, report.fittedCalibration().toJson() + "\n");
    }
    return files;
  }

  /**
   * Writes a comparison as {@code comparison.json}, the only file of {@code dir} afterwards
   * (replacing an earlier report there, like the other writes).
   */
  public static void write(Comparison comparison, Path dir) throws IOException {
    writeDirectory(dir, Map.of(COMPARISON, comparison.toJson() + "\n"));
  }

  /**
   * Fails as a write to {@code dir} would before writing anything: when {@code dir} is the empty
   * path or the file system root, is a file or a symbolic link, or holds files no report wrote.
   * Lets a caller refuse a bad directory before the work of a benchmark rather than after it.
   *
   * @throws IOException {@code cannot write the report to DIR: reason}
   */
  public static void checkTarget(Path dir) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    // An empty path is more likely a value left out than the working directory, which "." names.
    if (dir.toString().isEmpty() || target.getParent() == null || target.getFileName() == null) {
      throw new IOException(CANNOT + "'" + dir + "': not a directory name");
    }
    try {
      checkReplaceable(target);
    } catch (IOException e) {
      throw failure(dir, e);
    }
  }

  /** The prefix of every name a write uses for itself inside the directory (hidden). */
  private static final String OWN_PREFIX = ".answer-eval-";

  /** Held while a write is in progress; holds the writer's process id. */
  static final String LOCK = OWN_PREFIX + "lock";

  /**
   * A staged new entry or an earlier entry moved aside: {@code .answer-eval-PID-N.NAME.new|old}.
   */
  private static final Pattern OWN_TEMPORARY =
      Pattern.compile(Pattern.quote(OWN_PREFIX) + "\\d+-\\d+\\..+\\.(new|old)");

  private static final AtomicLong WRITES = new AtomicLong();

  private static final String CANNOT = "cannot write the report to ";

  /**
   * Makes {@code files} (relative path with {@code /} to text) the whole report content of {@code
   * dir}, which is created if needed and otherwise kept (its mode, owner and identity stay).
   *
   * <p>Every top-level entry (a file, or a scorer's subdirectory with its files) is first written
   * under a hidden name inside {@code dir}; only when all are written are the earlier report's
   * entries renamed aside and the new ones renamed into place, and the earlier ones deleted last. A
   * failure before that point, or a failed rename (undone), leaves {@code dir} as it was. A lock
   * file keeps two writes from mixing; a lock or hidden temporary left by a process that died is
   * removed.
   */
  static void writeDirectory(Path dir, Map<String, String> files) throws IOException {
    checkTarget(dir);
    Path target = dir.toAbsolutePath().normalize();
    boolean created = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    try {
      Files.createDirectories(target);
    } catch (IOException e) {
      throw failure(dir, e);
    }
    Path lock = target.resolve(LOCK);
    boolean written = false;
    try {
      lock(dir, lock);
      try {
        List<Path[]> aside;
        try {
          removeOwnTemporaries(target);
          // Checked again under the lock: the directory may have changed since checkTarget.
          checkReplaceable(target);
          aside = replaceEntries(target, files);
        } catch (IOException e) {
          throw failure(dir, e);
        }
        written = true;
        removeAside(dir, aside);
      } finally {
        unlock(dir, lock, written);
      }
    } finally {
      if (!written && created) {
        try {
          // Only this write's lock was ever in it, and that is gone: it is empty again.
          Files.deleteIfExists(target);
        } catch (IOException ignored) {
          // Something else is in it now, which is not this write's to remove.
        }
      }
    }
  }

  /**
   * Stages every top-level entry under a hidden name, renames the earlier report's entries aside
   * and the staged ones into place (undoing all of it on failure), and returns the pairs (earlier
   * name, name aside) to delete.
   */
  private static List<Path[]> replaceEntries(Path target, Map<String, String> files)
      throws IOException {
    String tag = ProcessHandle.current().pid() + "-" + WRITES.incrementAndGet();
    Map<String, Map<String, String>> entries = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      String path = f.getKey();
      int slash = path.indexOf('/');
      String top = slash < 0 ? path : path.substring(0, slash);
      entries.computeIfAbsent(top, k -> new LinkedHashMap<>()).put(path, f.getValue());
    }
    Map<String, Path> staged = new LinkedHashMap<>();
    List<Path[]> aside = new ArrayList<>();
    List<Path> placed = new ArrayList<>();
    boolean done = false;
    try {
      for (Map.Entry<String, Map<String, String>> e : entries.entrySet()) {
        Path stage = target.resolve(OWN_PREFIX + tag + "." + e.getKey() + ".new");
        staged.put(e.getKey(), stage);
        for (Map.Entry<String, String> f : e.getValue().entrySet()) {
          String rest = f.getKey().substring(e.getKey().length());
          Path file = rest.isEmpty() ? stage : stage.resolve(rest.substring(1));
          Files.createDirectories(file.getParent());
          Files.writeString(
              file, f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
      }
      for (Path old : reportEntries(target)) {
        Path moved = target.resolve(OWN_PREFIX + tag + "." + old.getFileName() + ".old");
        Files.move(old, moved, StandardCopyOption.ATOMIC_MOVE);
        aside.add(new Path[] {old, moved});
      }
      for (Map.Entry<String, Path> e : staged.entrySet()) {
        Path to = target.resolve(e.getKey());
        Files.move(e.getValue(), to, StandardCopyOption.ATOMIC_MOVE);
        placed.add(to);
      }
      done = true;
      return aside;
    } finally {
      if (!done) {
        undo(staged.values(), placed, aside);
      }
    }
  }

  /** Deletes the earlier report's entries that {@link #replaceEntries} moved aside. */
  private static void removeAside(Path dir, List<Path[]> aside) throws IOException {
    for (Path[] moved : aside) {
      try {
        deleteTree(moved[1]);
      } catch (IOException e) {
        throw new IOException(
            "wrote the report to "
                + dir
                + " but could not remove the earlier '"
                + moved[0].getFileName()
                + "' moved aside to "
                + moved[1]
                + ": "
                + describe(e),
            e);
      }
    }
  }

  /**
   * Puts {@code dir} back as it was after a failed write: the new entries placed so far and the
   * staged ones are deleted and the earlier ones renamed back. Best effort: a further failure is
   * added to the original one as suppressed.
   */
  private static void undo(Collection<Path> staged, List<Path> placed, List<Path[]> asideMoves) {
    try {
      for (Path p : placed.reversed()) {
        deleteTree(p);
      }
      for (Path[] moved : asideMoves.reversed()) {
        Files.move(moved[1], moved[0], StandardCopyOption.ATOMIC_MOVE);
      }
      for (Path p : staged) {
        deleteTree(p);
      }
    } catch (IOException | RuntimeException ignored) {
      // The original failure is the one to report; what could not be undone stays under hidden
      // names that the next write removes.
    }
  }

  /** The entries of {@code dir} that a report wrote (everything but this writer's own names). */
  private static List<Path> reportEntries(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> !own(p.getFileName().toString())).sorted().toList();
    }
  }

  private static boolean own(String name) {
    return name.equals(LOCK) || OWN_TEMPORARY.matcher(name).matches();
  }

  /**
   * Takes the lock of a directory: creates {@code lock} holding this process id, after removing a
   * lock whose process is gone.
   *
   * @throws IOException {@code cannot write the report to DIR: another run ...} when a live process
   *     holds it
   */
  private static void lock(Path dir, Path lock) throws IOException {
    String pid = String.valueOf(ProcessHandle.current().pid());
    try {
      for (int attempt = 0; ; attempt++) {
        try {
          Files.writeString(lock, pid, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
          return;
        } catch (FileAlreadyExistsException e) {
          String holder = lockHolder(lock);
          // An empty or unreadable lock may be one whose writer has not yet written its id: held.
          boolean alive = holder == null || ProcessHandle.of(Long.parseLong(holder)).isPresent();
          if (alive || attempt > 0) {
            throw new IOException(
                CANNOT
                    + dir
                    + ": another run"
                    + (alive && holder != null ? " (process " + holder + ")" : "")
                    + " is writing a report there; if none is, remove "
                    + lock);
          }
          // The lock of a process that is gone.
          Files.deleteIfExists(lock);
        }
      }
    } catch (IOException e) {
      throw e.getMessage() != null && e.getMessage().startsWith(CANNOT) ? e : failure(dir, e);
    }
  }

  /**
   * Removes the lock. A failure is reported only after a successful write (a failed write reports
   * its own cause), since a lock left behind would hold up later writes from this process.
   */
  private static void unlock(Path dir, Path lock, boolean written) throws IOException {
    try {
      Files.deleteIfExists(lock);
    } catch (IOException e) {
      if (written) {
        throw new IOException(
            "wrote the report to " + dir + " but could not remove its lock: " + describe(e), e);
      }
    }
  }

  /** The process id in a lock file, or null when it holds none or is gone. */
  private static @Nullable String lockHolder(Path lock) {
    try {
      String s = Files.readString(lock, StandardCharsets.UTF_8).strip();
      return s.matches("\\d{1,18}") ? s : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Removes what a write that died left under this writer's hidden names. */
  private static void removeOwnTemporaries(Path dir) throws IOException {
    List<Path> leftovers;
    try (Stream<Path> entries = Files.list(dir)) {
      leftovers =
          entries.filter(p -> OWN_TEMPORARY.matcher(p.getFileName().toString()).matches()).toList();
    }
    for (Path p : leftovers) {
      deleteTree(p);
    }
  }

  /**
   * Passes when {@code dir} does not exist, or is a directory holding only files a report or suite
   * writes (and scorer subdirectories holding only report files), besides a write's own lock and
   * temporaries.
   */
  private static void checkReplaceable(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isSymbolicLink(dir)) {
      throw new IOException("it is a symbolic link; give the directory it points to");
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException("it exists and is not a directory");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        String name = p.getFileName().toString();
        boolean ours;
        if (own(name)) {
          ours = true;
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          ours = onlyReportFiles(p);
        } else {
          ours =
              Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                  && (REPORT_FILES.contains(name)
                      || name.equals(SUITE)
                      || name.equals(COMPARISON)
                      || (name.startsWith("comparison-") && name.endsWith(".json")));
        }
        if (!ours) {
          throw new IOException(
              "it holds '"
                  + name
                  + "', which no earlier report wrote; nothing was written: use a new or empty"
                  + " directory, or move '"
                  + name
                  + "' away");
        }
      }
    }
  }

  private static boolean onlyReportFiles(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.allMatch(
          p ->
              Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                  && REPORT_FILES.contains(p.getFileName().toString()));
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static IOException failure(Path dir, IOException e) {
    return new IOException(CANNOT + dir + ": " + describe(e), e);
  }

  /**
   * An I/O error as "what: why": file system exceptions often carry only the path in their message,
   * so the reason is taken from the exception type when the platform gave none.
   */
  static String describe(IOException e) {
    if (e instanceof FileSystemException f) {
      String reason = f.getReason();
      if (reason == null) {
        reason =
            switch (f) {
              case FileAlreadyExistsException x -> "already exists";
              case NoSuchFileException x -> "no such file or directory";
              case AccessDeniedException x -> "permission denied";
              case NotDirectoryException x -> "not a directory";
              case DirectoryNotEmptyException x -> "directory not empty";
              case AtomicMoveNotSupportedException x -> "cannot be renamed in one step";
              default -> f.getClass().getSimpleName();
            };
      }
      return f.getFile()
          + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile())
          + ": "
          + reason;
    }
    return String.valueOf(e.getMessage());
  }

  /** One compact JSON object per row, in dataset order. */
  static String predictionsJsonl(BenchmarkReport report) {
    StringBuilder sb = new StringBuilder();
    for (RowResult r : report.rows()) {
      ObjectNode o = Json.object();
      o.put("id", r.row().id());
      o.put("question_id", r.row().questionId());
      if (report.kind() == TargetKind.NUMERIC) {
        o.put("target", Double.parseDouble(r.row().target()));
      } else {
        o.put("target", r.row().target());
      }
      o.put("raw_score", r.prediction().score());
      if (r.calibrated().isPresent()) {
        o.put("prediction", r.calibrated().getAsDouble());
      } else if (r.predictedLabel() != null) {
        o.put("prediction", r.predictedLabel());
        ObjectNode probs = o.putObject("probabilities");
        for (int c = 0; c < r.probabilities().size(); c++) {
          probs.put(report.classes().get(c), r.probabilities().get(c));
        }
      } else {
        o.putNull("prediction");
      }
      if (r.fold().isPresent()) {
        o.put("fold", r.fold().getAsInt());
      }
      ObjectNode signals = o.putObject("signals");
      r.prediction().signals().forEach(signals::put);
      ObjectNode coverage = o.putObject("keypoint_coverage");
      r.prediction().keyPointCoverage().forEach(coverage::put);
      o.set("extra", Json.toNode(r.row().extra()));
      sb.append(Json.compact(o)).append('\n');
    }
    return sb.toString();
  }

  /** The Markdown report. */
  static String markdown(BenchmarkReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Benchmark: ").append(md(r.scorer())).append(" on ").append(md(r.dataset()));
    sb.append("\n\n");
    sb.append("- rows: ").append(r.n());
    if (r.invalidRows() > 0) {
      sb.append(" (").append(r.invalidRows()).append(" invalid rows skipped)");
    }
    sb.append("\n- target: `").append(r.target()).append("` (").append(r.kind().jsonName());
    if (r.kind() == TargetKind.CATEGORICAL) {
      sb.append(", classes ").append(md(String.join(", ", r.classes())));
      sb.append(r.ordinal() ? ", ordinal" : "");
    }
    if (r.positiveClass() != null) {
      sb.append(", positive class for AUC: ").append(md(r.positiveClass()));
    }
    sb.append(")\n- calibration: ").append(describe(r.calibration())).append('\n');
    sb.append("- bootstrap: ")
        .append(r.bootstrapResamples())
        .append(" resamples by question, seed ")
        .append(r.seed())
        .append(", 95% percentile intervals\n");
    sb.append("- throughput: ")
        .append(String.format(Locale.ROOT, "%.1f", r.answersPerSecond()))
        .append(" answers/s\n\n");
    if (!r.metrics().isEmpty()) {
      sb.append("## Calibrated metrics\n\n");
      metricTable(sb, r.metrics(), r.ci());
    }
    sb.append("## Uncalibrated metrics (raw score)\n\n");
    metricTable(sb, r.uncalibrated(), r.uncalibratedCi());
    if (r.confusion() != null) {
      ConfusionMatrix m = r.confusion();
      sb.append("## Confusion matrix (rows: human, columns: predicted)\n\n| |");
      m.labels().forEach(l -> sb.append(' ').append(md(l)).append(" |"));
      sb.append("\n|---|");
      m.labels().forEach(l -> sb.append("---:|"));
      sb.append('\n');
      for (int t = 0; t < m.size(); t++) {
        sb.append("| ").append(md(m.labels().get(t))).append(" |");
        for (int p = 0; p < m.size(); p++) {
          sb.append(' ').append(m.count(t, p)).append(" |");
        }
        sb.append('\n');
      }
      sb.append("\n| class | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n");
      for (int c = 0; c < m.size(); c++) {
        sb.append("| ")
            .append(md(m.labels().get(c)))
            .append(" | ")
            .append(fmt(m.precision(c)))
            .append(" | ")
            .append(fmt(m.recall(c)))
            .append(" | ")
            .append(fmt(m.f1(c)))
            .append(" | ")
            .append(m.support(c))
            .append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("## Per question (main metric: ").append(r.mainMetric()).append(")\n\n");
    boolean numeric = r.kind() == TargetKind.NUMERIC;
    sb.append("| question | n | mean raw score |");
    sb.append(numeric ? " mean target | mean prediction |" : "");
    sb.append(' ').append(r.mainMetric()).append(" |\n|---|---:|---:|");
    sb.append(numeric ? "---:|---:|" : "").append("---:|\n");
    for (QuestionResult q : r.perQuestion()) {
      sb.append("| ").append(md(q.questionId())).append(" | ").append(q.n()).append(" | ");
      sb.append(fmt(q.meanRawScore())).append(" |");
      if (numeric) {
        sb.append(' ').append(fmt(q.meanTarget())).append(" | ");
        sb.append(fmt(q.meanPrediction())).append(" |");
      }
      sb.append(' ').append(fmt(questionMetric(q, r.mainMetric()))).append(" |\n");
    }
    sb.append("\nUndefined values are shown as n/a.\n");
    return sb.toString();
  }

  static MetricValue questionMetric(QuestionResult q, String name) {
    MetricValue v = q.metrics().get(name);
    return v != null ? v : MetricValue.undefined("not computed");
  }

  static String describe(CalibrationSetup c) {
    return switch (c.protocol()) {
      case NONE -> "none";
      case CROSS_VALIDATION ->
          c.method()
              + ", "
              + c.folds().orElseThrow()
              + "-fold cross-validation grouped by question";
      case TRAIN_TEST -> c.method() + ", trained on " + c.trainDataset();
    };
  }

  private static void metricTable(
      StringBuilder sb, Map<String, MetricValue> metrics, Map<String, ConfidenceInterval> ci) {
    sb.append("| metric | value | 95% CI |\n|---|---:|---|\n");
    metrics.forEach(
        (name, v) -> {
          ConfidenceInterval c = ci.get(name);
          sb.append("| ")
              .append(name)
              .append(" | ")
              .append(fmt(v))
              .append(" | ")
              .append(c == null ? "n/a" : "[" + fmt(c.lower()) + ", " + fmt(c.upper()) + "]")
              .append(" |");
          if (!v.isDefined()) {
            sb.append(" ").append(md(v.reason()));
          }
          sb.append('\n');
        });
    sb.append('\n');
  }

  static String fmt(MetricValue v) {
    return v.isDefined() ? fmt(v.value()) : "n/a";
  }

  static String fmt(java.util.OptionalDouble v) {
    return v.isPresent() ? fmt(v.getAsDouble()) : "n/a";
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
