package dev.answereval.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link RowScorer} over a {@link Dataset} and measures its agreement with the human grades.
 *
 * <p>Steps: score every row on a fixed thread pool (results stored by row index, so everything
 * downstream is identical whatever the thread count); calibrate without leakage (cross-validation
 * grouped by question, or a separate training dataset); compute uncalibrated and calibrated
 * metrics; bootstrap 95% intervals by question; tabulate per question; fit a final calibration to
 * ship. Thread-safe: a runner holds only its immutable options.
 */
public final class BenchmarkRunner {
  private final BenchmarkOptions options;

  /** A runner with the given options. */
  public BenchmarkRunner(BenchmarkOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** A runner with {@link BenchmarkOptions#defaults()}. */
  public BenchmarkRunner() {
    this(BenchmarkOptions.defaults());
  }

  /** The options. */
  public BenchmarkOptions options() {
    return options;
  }

  /**
   * Benchmarks one scorer.
   *
   * @throws IllegalArgumentException when cross-validation is asked for but the dataset has fewer
   *     than 2 questions, or the training dataset shares rows with {@code data} (see {@link
   *     #checkDisjoint}) or does not match it (kind, or classes)
   * @throws IllegalStateException when the scorer throws on a row (the row id is named)
   */
  public BenchmarkReport run(Dataset data, RowScorer scorer) {
    if (options.trainDataset() != null) {
      checkDisjoint(options.trainDataset(), data);
    }
    long start = System.nanoTime();
    List<Prediction> predictions =
        scoreAll(data.rows(), scorer, options.threads(), options.progress());
    double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;

    CalibrationProtocol protocol = options.protocol();
    Dataset train = options.trainDataset();
    List<String> classes = data.classes();
    boolean ordinal = data.ordinal();
    if (train != null) {
      if (train.kind() != data.kind()) {
        throw new IllegalArgumentException(
            "training dataset target is "
                + train.kind()
                + " but evaluation target is "
                + data.kind());
      }
      if (data.kind() == TargetKind.CATEGORICAL) {
        if (!train.classes().containsAll(data.classes())) {
          throw new IllegalArgumentException(
              "evaluation classes "
                  + data.classes()
                  + " must all occur in the training classes "
                  + train.classes());
        }
        classes = train.classes();
        ordinal = train.ordinal();
      }
    }
    int n = data.size();
    OptionalDouble[] calibrated = new OptionalDouble[n];
    Arrays.fill(calibrated, OptionalDouble.empty());
    String[] labels = new String[n];
    List<List<Double>> probabilities = new ArrayList<>(Collections.nCopies(n, List.<Double>of()));
    OptionalInt[] foldOf = new OptionalInt[n];
    Arrays.fill(foldOf, OptionalInt.empty());
    Calibration fitted = null;
    OptionalInt foldsUsed = OptionalInt.empty();
    String method =
        protocol == CalibrationProtocol.NONE
            ? "none"
            : data.kind() == TargetKind.NUMERIC
                ? options.numericCalibration().jsonName()
                : LogisticCalibration.TYPE;

    int[] allRows = range(n);
    if (protocol == CalibrationProtocol.CROSS_VALIDATION) {
      long questions = data.questionIds().stream().distinct().count();
      if (questions < 2) {
        throw new IllegalArgumentException(
            "cross-validation grouped by question needs at least 2 questions, got "
                + questions
                + "; use folds = 0 or a training dataset");
      }
      int k = (int) Math.min(options.folds(), questions);
      foldsUsed = OptionalInt.of(k);
      int[] folds = GroupedFolds.assign(data.questionIds(), k, options.seed());
      for (int f = 0; f < k; f++) {
        int[] trainIdx = GroupedFolds.rows(folds, f, false);
        int[] testIdx = GroupedFolds.rows(folds, f, true);
        Calibration c = fit(data, classes, predictions, trainIdx);
        apply(c, predictions, testIdx, calibrated, labels, probabilities);
        for (int i : testIdx) {
          foldOf[i] = OptionalInt.of(f);
        }
      }
      fitted = fit(data, classes, predictions, allRows);
    } else if (protocol == CalibrationProtocol.TRAIN_TEST) {
      List<Prediction> trainPredictions = scoreAll(train.rows(), scorer, options.threads(), null);
      fitted = fit(train, classes, trainPredictions, range(train.size()));
      apply(fitted, predictions, allRows, calibrated, labels, probabilities);
    }

    List<RowResult> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(
          new RowResult(
              data.rows().get(i),
              predictions.get(i),
              calibrated[i],
              labels[i],
              probabilities.get(i),
              foldOf[i]));
    }
    String positive = null;
    if (classes.size() == 2) {
      positive = train != null ? train.positiveClass() : data.positiveClass();
    }
    MetricSuite suite = new MetricSuite(data.kind(), classes, ordinal, positive, rows);
    Map<String, MetricValue> all = suite.all();
    List<int[]> resamples =
        Bootstrap.clusterResamples(
            data.questionIds(), options.bootstrapResamples(), options.seed());
    Map<String, ConfidenceInterval> intervals =
        Bootstrap.intervals(resamples, suite::compute, options.threads());

    Map<String, MetricValue> metrics = new LinkedHashMap<>();
    Map<String, MetricValue> uncalibrated = new LinkedHashMap<>();
    Map<String, ConfidenceInterval> ci = new LinkedHashMap<>();
    Map<String, ConfidenceInterval> uncalibratedCi = new LinkedHashMap<>();
    split(all, metrics, uncalibrated);
    split(intervals, ci, uncalibratedCi);

    return new BenchmarkReport(
        data.name(),
        scorer.name(),
        data.target(),
        data.kind(),
        classes,
        ordinal,
        positive,
        data.invalidRows().size(),
        new CalibrationSetup(protocol, method, foldsUsed, train == null ? null : train.name()),
        metrics,
        ci,
        uncalibrated,
        uncalibratedCi,
        suite.mainMetric(),
        options.bootstrapResamples(),
        options.seed(),
        suite.confusion(),
        perQuestion(data, rows, suite),
        rows,
        n / seconds,
        fitted);
  }

  /**
   * Fails when a training dataset shares rows with the evaluation dataset, so that a calibration
   * fitted on {@code train} never sees a row it is tested on. Two rows are the same when they
   * answer the same question ({@code question_id}) with the same answer text, unless both have ids
   * of their own and these differ: identical answers written by different people (common for short
   * answers) are then told apart by their ids. Ids alone do not make rows the same, since files
   * often number their rows from 1 each.
   *
   * @throws IllegalArgumentException naming how many rows of {@code data} are shared and where the
   *     first of them is in both files ({@code FILE:LINE})
   */
  public static void checkDisjoint(Dataset train, Dataset data) {
    Map<List<String>, Integer> anyRow = new HashMap<>();
    Map<List<String>, Integer> withoutOwnId = new HashMap<>();
    Map<List<String>, Integer> withOwnId = new HashMap<>();
    for (int i = 0; i < train.size(); i++) {
      DatasetRow r = train.rows().get(i);
      List<String> key = List.of(r.questionId(), r.answer());
      anyRow.putIfAbsent(key, i);
      if (!train.hasOwnId(i)) {
        withoutOwnId.putIfAbsent(key, i);
      } else {
        withOwnId.putIfAbsent(List.of(r.questionId(), r.answer(), r.id()), i);
      }
    }
    int shared = 0;
    int firstData = -1;
    int firstTrain = -1;
    for (int i = 0; i < data.size(); i++) {
      DatasetRow r = data.rows().get(i);
      List<String> key = List.of(r.questionId(), r.answer());
      Integer match;
      if (!data.hasOwnId(i)) {
        match = anyRow.get(key);
      } else {
        match = withoutOwnId.get(key);
        if (match == null) {
          match = withOwnId.get(List.of(r.questionId(), r.answer(), r.id()));
        }
      }
      if (match != null && shared++ == 0) {
        firstData = i;
        firstTrain = match;
      }
    }
    if (shared > 0) {
      throw new IllegalArgumentException(
          "the training set "
              + train.name()
              + " and the evaluation set "
              + data.name()
              + " share "
              + (shared == 1 ? "1 row" : shared + " rows")
              + " (same question_id and answer, and not two different ids), the first at "
              + train.name()
              + ":"
              + train.line(firstTrain)
              + " and "
              + data.name()
              + ":"
              + data.line(firstData)
              + ": calibration must not see the rows it is tested on (identical answers by"
              + " different people need different ids)");
    }
  }

  /** Benchmarks two scorers on the same dataset and compares them with a paired bootstrap. */
  public Comparison compare(Dataset data, RowScorer a, RowScorer b) {
    return compare(run(data, a), run(data, b));
  }

  /**
   * Compares two reports on the same rows (same ids, questions and targets, matched by id) with a
   * paired cluster bootstrap using this runner's resamples, seed and threads.
   *
   * @throws IllegalArgumentException when the reports do not cover the same rows and target
   */
  public Comparison compare(BenchmarkReport a, BenchmarkReport b) {
    if (a.kind() != b.kind()
        || !a.classes().equals(b.classes())
        || !Objects.equals(a.positiveClass(), b.positiveClass())
        || a.n() != b.n()) {
      throw new IllegalArgumentException(
          "reports must cover the same rows and target: "
              + a.n()
              + " "
              + a.kind()
              + " rows vs "
              + b.n()
              + " "
              + b.kind()
              + " rows");
    }
    Map<String, RowResult> byId = new HashMap<>();
    b.rows().forEach(r -> byId.put(r.row().id(), r));
    List<RowResult> alignedB = new ArrayList<>(a.n());
    for (RowResult r : a.rows()) {
      RowResult other = byId.get(r.row().id());
      if (other == null
          || !other.row().questionId().equals(r.row().questionId())
          || !other.row().target().equals(r.row().target())) {
        throw new IllegalArgumentException(
            "row '" + r.row().id() + "' is missing from report B or differs in question or target");
      }
      alignedB.add(other);
    }
    MetricSuite suiteA =
        new MetricSuite(a.kind(), a.classes(), a.ordinal(), a.positiveClass(), a.rows());
    MetricSuite suiteB =
        new MetricSuite(b.kind(), b.classes(), b.ordinal(), b.positiveClass(), alignedB);
    List<String> questions = a.rows().stream().map(r -> r.row().questionId()).toList();
    List<int[]> resamples =
        Bootstrap.clusterResamples(questions, options.bootstrapResamples(), options.seed());
    Map<String, ConfidenceInterval> intervals =
        Bootstrap.intervals(
            resamples,
            idx -> differences(suiteA.compute(idx), suiteB.compute(idx)),
            options.threads());
    Map<String, MetricValue> allA = suiteA.all();
    Map<String, MetricValue> allB = suiteB.all();
    Map<String, Comparison.Difference> calibrated = new LinkedHashMap<>();
    Map<String, Comparison.Difference> uncalibrated = new LinkedHashMap<>();
    for (Map.Entry<String, MetricValue> e : allA.entrySet()) {
      MetricValue mb = allB.get(e.getKey());
      if (mb == null) {
        continue;
      }
      Comparison.Difference d =
          new Comparison.Difference(
              e.getValue(), mb, e.getValue().minus(mb), intervals.get(e.getKey()));
      if (e.getKey().startsWith(MetricSuite.UNCALIBRATED)) {
        uncalibrated.put(e.getKey().substring(MetricSuite.UNCALIBRATED.length()), d);
      } else {
        calibrated.put(e.getKey(), d);
      }
    }
    return new Comparison(
        a.dataset(),
        a.scorer(),
        b.scorer(),
        a.n(),
        options.bootstrapResamples(),
        options.seed(),
        calibrated,
        uncalibrated);
  }

  /**
   * Scores rows on a fixed pool of {@code threads} workers; the result is in row order whatever the
   * thread count.
   *
   * @throws IllegalStateException when the scorer throws or returns null, naming the row
   */
  public static List<Prediction> scoreAll(
      List<DatasetRow> rows, RowScorer scorer, int threads, @Nullable ProgressListener progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    int n = rows.size();
    Prediction[] out = new Prediction[n];
    AtomicInteger done = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          int i;
          while ((i = next.getAndIncrement()) < n) {
            DatasetRow row = rows.get(i);
            Prediction p;
            try {
              p = scorer.score(row);
            } catch (RuntimeException e) {
              throw new IllegalStateException(
                  "scorer '" + scorer.name() + "' failed on row '" + row.id() + "': " + e, e);
            }
            if (p == null) {
              throw new IllegalStateException(
                  "scorer '" + scorer.name() + "' returned null for row '" + row.id() + "'");
            }
            out[i] = p;
            int d = done.incrementAndGet();
            if (progress != null) {
              progress.rowsScored(d, n);
            }
          }
        };
    int workers = Math.min(threads, Math.max(n, 1));
    try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(worker));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scoring interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("scoring failed", e.getCause());
    }
    return List.of(out);
  }

  private Calibration fit(
      Dataset source, List<String> classes, List<Prediction> predictions, int[] idx) {
    if (source.kind() == TargetKind.NUMERIC) {
      double[] y = source.numericTargets();
      double[] xs = new double[idx.length];
      double[] ys = new double[idx.length];
      for (int i = 0; i < idx.length; i++) {
        xs[i] = predictions.get(idx[i]).score();
        ys[i] = y[idx[i]];
      }
      return options.numericCalibration().fit(xs, ys);
    }
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < classes.size(); c++) {
      index.put(classes.get(c), c);
    }
    List<Prediction> ps = new ArrayList<>(idx.length);
    int[] labels = new int[idx.length];
    for (int i = 0; i < idx.length; i++) {
      ps.add(predictions.get(idx[i]));
      labels[i] = index.get(source.rows().get(idx[i]).target());
    }
    return LogisticCalibration.fit(
        ps, labels, classes, options.logisticL2(), options.logisticIterations());
  }

  private static void apply(
      Calibration c,
      List<Prediction> predictions,
      int[] idx,
      OptionalDouble[] calibrated,
      String[] labels,
      List<List<Double>> probabilities) {
    for (int i : idx) {
      Prediction p = predictions.get(i);
      switch (c) {
        case NumericCalibration nc -> calibrated[i] = OptionalDouble.of(nc.predict(p));
        case CategoricalCalibration cc -> {
          double[] probs = cc.probabilities(p);
          labels[i] = cc.classes().get(argmax(probs));
          probabilities.set(i, Arrays.stream(probs).boxed().toList());
        }
      }
    }
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }

  private static List<QuestionResult> perQuestion(
      Dataset data, List<RowResult> rows, MetricSuite suite) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      groups.computeIfAbsent(rows.get(i).row().questionId(), q -> new ArrayList<>()).add(i);
    }
    List<QuestionResult> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      int[] idx = g.getValue().stream().mapToInt(Integer::intValue).toArray();
      double raw = 0;
      double target = 0;
      double pred = 0;
      boolean hasPred = true;
      for (int i : idx) {
        RowResult r = rows.get(i);
        raw += r.prediction().score();
        if (data.kind() == TargetKind.NUMERIC) {
          target += Double.parseDouble(r.row().target());
        }
        if (r.calibrated().isPresent()) {
          pred += r.calibrated().getAsDouble();
        } else {
          hasPred = false;
        }
      }
      boolean numeric = data.kind() == TargetKind.NUMERIC;
      out.add(
          new QuestionResult(
              g.getKey(),
              rows.get(idx[0]).row().question(),
              idx.length,
              raw / idx.length,
              numeric ? OptionalDouble.of(target / idx.length) : OptionalDouble.empty(),
              numeric && hasPred ? OptionalDouble.of(pred / idx.length) : OptionalDouble.empty(),
              suite.compute(idx)));
    }
    return out;
  }

  private static Map<String, MetricValue> differences(
      Map<String, MetricValue> a, Map<String, MetricValue> b) {
    Map<String, MetricValue> out = new LinkedHashMap<>();
    a.forEach(
        (k, v) -> {
          MetricValue w = b.get(k);
          if (w != null) {
            out.put(k, v.minus(w));
          }
        });
    return out;
  }

  private static <V> void split(Map<String, V> all, Map<String, V> plain, Map<String, V> prefixed) {
    all.forEach(
        (k, v) -> {
          if (k.startsWith(MetricSuite.UNCALIBRATED)) {
            prefixed.put(k.substring(MetricSuite.UNCALIBRATED.length()), v);
          } else {
            plain.put(k, v);
          }
        });
  }

  private static int[] range(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }
}
