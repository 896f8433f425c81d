package dev.answereval.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.answereval.bench.BankReferences;
import dev.answereval.bench.BenchmarkOptions;
import dev.answereval.bench.BenchmarkReport;
import dev.answereval.bench.BenchmarkRunner;
import dev.answereval.bench.BenchmarkSuite;
import dev.answereval.bench.Comparison;
import dev.answereval.bench.ConfidenceInterval;
import dev.answereval.bench.Dataset;
import dev.answereval.bench.DatasetOptions;
import dev.answereval.bench.EvaluatorRowScorer;
import dev.answereval.bench.MetricValue;
import dev.answereval.bench.RandomBaseline;
import dev.answereval.bench.ReferenceRecallBaseline;
import dev.answereval.bench.ReportWriter;
import dev.answereval.bench.RowScorer;
import dev.answereval.bench.TargetKind;
import dev.answereval.bench.TfIdfBaseline;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.ScoringProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code bench} command: benchmarks a scorer against human grades in a dataset.
 *
 * <p>Scorers ({@code --config}, {@code --compare}): {@code default} is the rubric evaluator with
 * the default profile ({@link EvaluatorRowScorer}, using {@code --bank} questions where the ids
 * match and rubrics built from references elsewhere), {@code short} is the same evaluator with
 * {@code minWords} 1 so that answers of a few words are scored (short-answer datasets such as
 * SemEval-2013, where a third of the answers have fewer than 8 words), {@code tfidf} is {@link
 * TfIdfBaseline}, {@code recall} is {@link ReferenceRecallBaseline}, {@code random} is a {@link
 * RandomBaseline} with the default seed, and a file is a JSON object of {@link ScoringProfile}
 * settings ({@code keyPointWeight}, {@code exemplarWeight}, {@code topicWeight}, {@code
 * starWeight}, {@code lengthWeight}, {@code minWords}) for the evaluator. Every scorer is resolved
 * before any runs. Several {@code --config} options (or {@code --baselines}, or {@code --compare},
 * which is a second {@code --config}) run a {@link BenchmarkSuite}: every scorer on the same rows,
 * the first compared with each other one; {@code --json} then prints the suite's JSON and {@code
 * --out} writes the first scorer's files at the top of the directory and the others' in
 * subdirectories. With {@code --out}, the first scorer's {@code calibration.json} is the
 * calibration fitted on all rows, ready to load with {@link
 * dev.answereval.bench.CalibratedEvaluator}. Prints a summary (or the report's JSON with {@code
 * --json}) on stdout; errors are one line on stderr with exit code 2. A command object serves one
 * invocation and is not thread-safe.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = AnswerEvalCli.Version.class,
    description = "Benchmark a scorer against the human grades of a dataset (JSONL or CSV).")
public final class BenchCommand implements Callable<Integer> {
  private static final Set<String> PROFILE_KEYS =
      Set.of(
          "keyPointWeight",
          "exemplarWeight",
          "topicWeight",
          "starWeight",
          "lengthWeight",
          "minWords");

  @Spec @Nullable CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Dataset file.")
  @Nullable Path data;

  @Option(
      names = "--target",
      paramLabel = "FIELD",
      description = "Field holding the human grade (default: ${DEFAULT-VALUE}).")
  String target = DatasetOptions.DEFAULT_TARGET;

  @Option(
      names = "--kind",
      paramLabel = "numeric|categorical",
      description =
          "Read the target as numbers or as class labels. Default: numeric when more than half of"
              + " the values are numbers (every value must then be one), else categorical.")
  @Nullable String kind;

  @Option(
      names = "--positive",
      paramLabel = "LABEL",
      description =
          "For a two-class target, the class that AUC treats as positive (a higher score should"
              + " mean this class). Default: the higher class of a recognised scale such as"
              + " incorrect/correct, otherwise the later of the two labels in sorted order.")
  @Nullable String positive;

  @Option(
      names = "--bank",
      paramLabel = "NAME|FILE",
      description = "Question bank: a built-in name or a bank file.")
  @Nullable String bank;

  @Option(
      names = "--folds",
      paramLabel = "K",
      description =
          "Grouped cross-validation folds, 0 for none (default: 5); at most one per question.")
  @Nullable Integer folds;

  @Option(
      names = "--train",
      paramLabel = "FILE",
      description =
          "Fit the calibration on this dataset instead of cross-validating; it must not share"
              + " rows with --data.")
  @Nullable Path train;

  @Option(
      names = "--config",
      paramLabel = "default|short|tfidf|recall|random|FILE",
      description =
          "Scorer to benchmark (default: default). Repeat to benchmark several in one run; the"
              + " first is compared with each other one.")
  List<String> configs = new ArrayList<>();

  @Option(
      names = "--baselines",
      description =
          "Also run the tf-idf, reference-recall and seeded random baselines beside the scorer,"
              + " each compared with it.")
  boolean baselines;

  @Option(
      names = "--compare",
      paramLabel = "default|short|tfidf|recall|random|FILE",
      description =
          "A second scorer to compare against (only with a single --config): the same as a"
              + " second --config.")
  @Nullable String compare;

  @Option(names = "--out", paramLabel = "DIR", description = "Write report files here.")
  @Nullable Path out;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--skip-invalid", description = "Skip invalid rows instead of failing.")
  boolean skipInvalid;

  @Option(names = "--threads", paramLabel = "N", description = "Scoring threads.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintWriter err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err);
    PrintWriter stdout = spec != null ? spec.commandLine().getOut() : new PrintWriter(System.out);
    try {
      run(stdout, err);
      stdout.flush();
      return 0;
    } catch (NoSuchFileException e) {
      err.println("bench: no such file: " + e.getFile());
      err.flush();
      return 2;
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage();
      err.println(
          "bench: "
              + (message == null ? e.getClass().getSimpleName() : message.replace('\n', ' ')));
      err.flush();
      return 2;
    }
  }

  private void run(PrintWriter stdout, PrintWriter err) throws IOException {
    if (data == null) {
      throw new IllegalArgumentException("--data is required");
    }
    if (train != null && folds != null) {
      throw new IllegalArgumentException("--folds and --train are mutually exclusive");
    }
    if (bank != null) {
      BankOption.check(bank);
    }
    if (out != null) {
      if (out.toString().isBlank()) {
        throw new IllegalArgumentException("--out must name a directory, got '" + out + "'");
      }
      // Refused now rather than after every row has been scored.
      ReportWriter.checkTarget(out);
    }
    DatasetOptions datasetOptions =
        DatasetOptions.defaults()
            .withTarget(target)
            .withSkipInvalid(skipInvalid)
            .withKind(targetKind(kind))
            .withPositiveClass(positive);
    Dataset dataset = Dataset.load(data, datasetOptions);
    BenchmarkOptions options =
        BenchmarkOptions.defaults()
            .withFolds(folds == null ? BenchmarkOptions.DEFAULT_FOLDS : folds)
            .withThreads(threads);
    if (train != null) {
      if (Files.isSameFile(train, data)) {
        throw new IllegalArgumentException(
            "--train "
                + train
                + " and --data "
                + data
                + " are the same file: calibration must not see the rows it is tested on; give"
                + " --train a separate training set, or cross-validate with --folds instead");
      }
      Dataset trainDataset = Dataset.load(train, datasetOptions);
      // Before any rubric is built or row scored.
      BenchmarkRunner.checkDisjoint(trainDataset, dataset);
      options = options.withTrainDataset(trainDataset);
    }
    if (System.console() != null) {
      options =
          options.withProgress(
              (done, total) -> {
                if (done == total || done % 50 == 0) {
                  synchronized (err) {
                    err.print("\rscored " + done + "/" + total + (done == total ? "\n" : ""));
                    err.flush();
                  }
                }
              });
    }
    QuestionBank questionBank = bank == null ? null : BankOption.load(bank);
    BenchmarkRunner runner = new BenchmarkRunner(options);
    List<String> names = new ArrayList<>(configs.isEmpty() ? List.of("default") : configs);
    if (baselines) {
      for (String b : List.of("tfidf", "recall", "random")) {
        if (!names.contains(b)) {
          names.add(b);
        }
      }
    }
    if (compare != null) {
      if (names.size() > 1) {
        throw new IllegalArgumentException(
            "--compare needs a single --config and no --baselines; several configs are compared"
                + " with the first");
      }
      names.add(compare);
    }
    // Every name (and profile file) is checked before any scorer is built or run, so a bad one
    // fails at once rather than after the evaluator's rubrics are built or the first run.
    for (String name : names) {
      checkScorer(name);
    }
    List<RowScorer> scorers = new ArrayList<>();
    for (String name : names) {
      scorers.add(scorer(name, dataset, questionBank));
    }
    boolean usesBank = names.stream().anyMatch(n -> !LEXICAL_SCORERS.contains(n));
    String notice =
        questionBank == null || !usesBank ? null : missingFromBank(dataset, questionBank);
    if (notice != null) {
      err.println(notice);
      err.flush();
    }
    // After every scorer is resolved, so that a usage error stays the only line on stderr.
    String foldNote = fewerFoldsNote(dataset, options.folds(), train != null);
    if (foldNote != null) {
      err.println(foldNote);
      err.flush();
    }
    if (scorers.size() > 1) {
      BenchmarkSuite suite = BenchmarkSuite.run(runner, dataset, scorers);
      if (out != null) {
        ReportWriter.write(suite, out);
      }
      if (json) {
        stdout.println(suite.toJson());
      } else {
        for (BenchmarkReport r : suite.reports()) {
          printReport(stdout, r);
          stdout.println();
        }
        for (Comparison c : suite.comparisons()) {
          printComparison(stdout, c);
          stdout.println();
        }
      }
      return;
    }
    BenchmarkReport report = runner.run(dataset, scorers.get(0));
    if (out != null) {
      ReportWriter.write(report, out);
    }
    if (json) {
      stdout.println(report.toJson());
    } else {
      printReport(stdout, report);
    }
  }

  private static @Nullable TargetKind targetKind(@Nullable String value) {
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "numeric" -> TargetKind.NUMERIC;
      case "categorical" -> TargetKind.CATEGORICAL;
      default ->
          throw new IllegalArgumentException(
              "--kind must be numeric or categorical, got '" + value + "'");
    };
  }

  /**
   * The note that cross-validation grouped by question uses one fold per question because the
   * dataset has fewer questions than the folds asked for (the runner caps the folds silently), or
   * null when it does not (no cross-validation, enough questions, or fewer than 2, which the runner
   * refuses).
   */
  static @Nullable String fewerFoldsNote(Dataset dataset, int folds, boolean trainFile) {
    if (trainFile || folds <= 0) {
      return null;
    }
    long questions = dataset.questionIds().stream().distinct().count();
    if (questions < 2 || questions >= folds) {
      return null;
    }
    return "bench: note: only "
        + questions
        + " questions: using "
        + questions
        + " folds instead of "
        + folds;
  }

  /** The most question ids the notice about ids missing from the bank lists. */
  private static final int LISTED_IDS = 10;

  /**
   * The notice that some question ids of the dataset are not in the bank, so the evaluator scores
   * them against rubrics built from their references (a typo in an id would go unseen otherwise),
   * or null when every id is in the bank.
   */
  static @Nullable String missingFromBank(Dataset dataset, QuestionBank bank) {
    List<String> missing =
        dataset.questionIds().stream().distinct().filter(id -> bank.find(id).isEmpty()).toList();
    if (missing.isEmpty()) {
      return null;
    }
    String listed = String.join(", ", missing.subList(0, Math.min(LISTED_IDS, missing.size())));
    boolean one = missing.size() == 1;
    return "bench: note: "
        + missing.size()
        + (one ? " question id is" : " question ids are")
        + " not in bank '"
        + bank.name()
        + (one
            ? "' and is scored against a rubric built from its references: "
            : "' and are scored against rubrics built from their references: ")
        + listed
        + (missing.size() > LISTED_IDS ? " and " + (missing.size() - LISTED_IDS) + " more" : "");
  }

  /**
   * The scorers that use no rubric (with a bank, tfidf and recall take its model answers as the
   * references of rows without any, see {@link BankReferences}).
   */
  private static final Set<String> LEXICAL_SCORERS = Set.of("tfidf", "recall", "random");

  private static final Set<String> SCORER_NAMES =
      Set.of("default", "short", "tfidf", "recall", "random");

  /** Fails as {@link #scorer} would for a bad name or profile file, without building anything. */
  static void checkScorer(String name) throws IOException {
    if (SCORER_NAMES.contains(name)) {
      return;
    }
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "scorer must be default, short, tfidf, recall, random or a profile JSON file, got '"
              + name
              + "'");
    }
    profile(file);
  }

  private static RowScorer scorer(String name, Dataset dataset, @Nullable QuestionBank bank)
      throws IOException {
    return switch (name) {
      case "default" -> EvaluatorRowScorer.forDataset(dataset, bank, ScoringProfile.defaults());
      case "short" ->
          RowScorer.named(
              "evaluator-short",
              EvaluatorRowScorer.forDataset(
                  dataset, bank, ScoringProfile.defaults().toBuilder().minWords(1).build()));
      // With a bank, rows without reference answers compare with the question's model answers.
      case "tfidf" ->
          bank == null ? TfIdfBaseline.fit(dataset) : BankReferences.tfIdf(dataset, bank);
      case "recall" ->
          bank == null
              ? new ReferenceRecallBaseline()
              : BankReferences.scorer(new ReferenceRecallBaseline(), bank);
      case "random" -> new RandomBaseline();
      default -> {
        checkScorer(name);
        Path file = Path.of(name);
        yield RowScorer.named(
            file.getFileName().toString(),
            EvaluatorRowScorer.forDataset(dataset, bank, profile(file)));
      }
    };
  }

  /** Rejects a repeated key, which a plain reader would let the last one win. */
  private static final ObjectMapper PROFILE_JSON =
      new ObjectMapper(
          JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  /** Jackson's pointer to where an unclosed array or object began, which names no source. */
  private static final Pattern START_MARKER =
      Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

  /**
   * Reads a JSON object of profile weights and {@code minWords}. Malformed JSON, a repeated key,
   * content after the object, an unknown key and a bad value are errors whose message starts with
   * the file (and the line, for the JSON ones).
   */
  static ScoringProfile profile(Path file) throws IOException {
    JsonNode root;
    try (JsonParser p = PROFILE_JSON.createParser(file.toFile())) {
      root = PROFILE_JSON.readTree(p);
      boolean trailing;
      try {
        trailing = p.nextToken() != null;
      } catch (JsonProcessingException e) {
        trailing = true;
      }
      if (trailing) {
        throw new IllegalArgumentException(
            file
                + ":"
                + p.currentTokenLocation().getLineNr()
                + ": unexpected content after the"
                + " JSON object");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException(
          file
              + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr())
              + ": "
              + jsonProblem(e));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": a profile must be a JSON object");
    }
    ScoringProfile.Builder b = ScoringProfile.defaults().toBuilder();
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = f.getKey();
      if (!PROFILE_KEYS.contains(key)) {
        throw new IllegalArgumentException(
            file + ": unknown profile key '" + key + "', allowed " + new TreeSet<>(PROFILE_KEYS));
      }
      if (!f.getValue().isNumber()) {
        throw new IllegalArgumentException(
            file + ": '" + key + "' must be a number, got " + f.getValue());
      }
      double v = f.getValue().asDouble();
      try {
        switch (key) {
          case "keyPointWeight" -> b.keyPointWeight(v);
          case "exemplarWeight" -> b.exemplarWeight(v);
          case "topicWeight" -> b.topicWeight(v);
          case "starWeight" -> b.starWeight(v);
          case "minWords" -> {
            if (v != Math.rint(v) || v < 1 || v > Integer.MAX_VALUE) {
              throw new IllegalArgumentException(
                  "'minWords' must be a whole number >= 1, got " + f.getValue());
            }
            b.minWords((int) v);
          }
          default -> b.lengthWeight(v);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Jackson's description of bad JSON, in lower case where it names a repeated key, one line. */
  private static String jsonProblem(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage()).strip();
    if (message.startsWith("Duplicate field ")) {
      return "duplicate field " + message.substring("Duplicate field ".length());
    }
    return "invalid JSON: " + AnswerEvalCli.oneLine(START_MARKER.matcher(message).replaceAll(""));
  }

  /** The prefix of uncalibrated metric names in {@link BenchmarkReport#mainMetric()}. */
  private static final String UNCALIBRATED = "uncalibrated.";

  /**
   * One row per metric: the calibrated value and interval where the metric is calibrated, the raw
   * score's value and interval where it has one, so uncalibrated-only metrics (every metric without
   * calibration, the per-class AUCs) are listed too.
   */
  static void printReport(PrintWriter o, BenchmarkReport r) {
    o.printf(
        Locale.ROOT,
        "%s on %s: n=%d, target %s (%s), %.1f answers/s%n",
        r.scorer(),
        r.dataset(),
        r.n(),
        r.target(),
        r.kind().name().toLowerCase(Locale.ROOT),
        r.answersPerSecond());
    if (r.invalidRows() > 0) {
      o.printf(Locale.ROOT, "  skipped %d invalid rows%n", r.invalidRows());
    }
    if (r.positiveClass() != null) {
      o.printf(
          Locale.ROOT,
          "  classes %s; positive class for auc: %s%n",
          String.join(", ", r.classes()),
          r.positiveClass());
    }
    o.println(
        String.format(
            Locale.ROOT,
            "  %-24s %10s %20s  %12s %20s",
            "metric",
            "calibrated",
            "95% CI",
            "uncalibrated",
            "95% CI"));
    Set<String> names = new LinkedHashSet<>(r.metrics().keySet());
    names.addAll(r.uncalibrated().keySet());
    for (String name : names) {
      MetricValue cal = r.metrics().get(name);
      MetricValue raw = r.uncalibrated().get(name);
      String main =
          name.equals(r.mainMetric())
              ? "  (main)"
              : (UNCALIBRATED + name).equals(r.mainMetric()) ? "  (main: uncalibrated)" : "";
      String line =
          String.format(
              Locale.ROOT,
              "  %-24s %10s %20s  %12s %20s%s",
              name,
              cal == null ? "" : value(cal),
              cal == null ? "" : interval(r.ci().get(name)),
              raw == null ? "" : value(raw),
              raw == null ? "" : interval(r.uncalibratedCi().get(name)),
              main);
      o.println(line.stripTrailing());
    }
  }

  /** The calibrated differences, then the uncalibrated ones (prefixed {@code uncalibrated.}). */
  static void printComparison(PrintWriter o, Comparison c) {
    o.printf(
        Locale.ROOT,
        "%s minus %s (paired bootstrap by question, n=%d):%n",
        c.scorerA(),
        c.scorerB(),
        c.n());
    o.printf(Locale.ROOT, "  %-30s %10s %10s %10s %20s%n", "metric", "A", "B", "A - B", "95% CI");
    c.calibrated().forEach((name, d) -> difference(o, name, d));
    c.uncalibrated().forEach((name, d) -> difference(o, UNCALIBRATED + name, d));
  }

  private static void difference(PrintWriter o, String name, Comparison.Difference d) {
    o.printf(
        Locale.ROOT,
        "  %-30s %10s %10s %10s %20s%n",
        name,
        value(d.a()),
        value(d.b()),
        value(d.difference()),
        interval(d.ci()));
  }

  private static String value(MetricValue v) {
    return v.isDefined() ? String.format(Locale.ROOT, "%.4f", v.value()) : "n/a";
  }

  private static String interval(@Nullable ConfidenceInterval ci) {
    return ci == null ? "" : String.format(Locale.ROOT, "[%.4f, %.4f]", ci.lower(), ci.upper());
  }
}
