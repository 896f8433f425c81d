package dev.answereval.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Cluster bootstrap by question with percentile confidence intervals.
 *
 * <p>A resample draws as many questions as there are, with replacement, and takes all rows of every
 * drawn question. Resamples are generated sequentially from one seeded generator before any
 * statistic is computed, and results are stored by resample index, so the intervals are identical
 * whatever the thread count. Stateless and thread-safe (the statistic must be too).
 */
public final class Bootstrap {
  private Bootstrap() {}

  /** The default number of resamples. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /** The default seed. */
  public static final long DEFAULT_SEED = 20130607L;

  /**
   * Row-index resamples, drawing groups (in order of first appearance) with replacement.
   *
   * @throws IllegalArgumentException when {@code resamples < 1} or there are no rows
   */
  public static List<int[]> clusterResamples(List<String> groupOfRow, int resamples, long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
    }
    if (groupOfRow.isEmpty()) {
      throw new IllegalArgumentException("groupOfRow must not be empty");
    }
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < groupOfRow.size(); i++) {
      groups.computeIfAbsent(groupOfRow.get(i), g -> new ArrayList<>()).add(i);
    }
    List<int[]> members =
        groups.values().stream()
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
            .toList();
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> out = new ArrayList<>(resamples);
    int g = members.size();
    for (int b = 0; b < resamples; b++) {
      int[][] drawn = new int[g][];
      int size = 0;
      for (int k = 0; k < g; k++) {
        drawn[k] = members.get(random.nextInt(g));
        size += drawn[k].length;
      }
      int[] rows = new int[size];
      int pos = 0;
      for (int[] d : drawn) {
        System.arraycopy(d, 0, rows, pos, d.length);
        pos += d.length;
      }
      out.add(rows);
    }
    return List.copyOf(out);
  }

  /**
   * 95% percentile intervals for every metric the statistic returns. A metric undefined in some
   * resamples gets its interval from the others (see {@link ConfidenceInterval#resamples()}); one
   * undefined in all resamples has no entry.
   *
   * @param statistic metric values for a multiset of row indices; must be thread-safe
   * @param threads worker threads, {@code >= 1}
   */
  public static Map<String, ConfidenceInterval> intervals(
      List<int[]> resamples, Function<int[], Map<String, MetricValue>> statistic, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    List<Map<String, MetricValue>> results = evaluate(resamples, statistic, threads);
    Map<String, List<Double>> values = new TreeMap<>();
    for (Map<String, MetricValue> r : results) {
      r.forEach(
          (name, v) -> {
            List<Double> l = values.computeIfAbsent(name, k -> new ArrayList<>());
            if (v.isDefined()) {
              l.add(v.value());
            }
          });
    }
    Map<String, ConfidenceInterval> out = new TreeMap<>();
    values.forEach(
        (name, l) -> {
          if (!l.isEmpty()) {
            double[] v = l.stream().mapToDouble(Double::doubleValue).toArray();
            out.put(name, percentile(v, 0.95));
          }
        });
    return out;
  }

  /**
   * The central {@code level} percentile interval of {@code values}, quantiles interpolated
   * linearly between order statistics (Hyndman and Fan type 7).
   */
  public static ConfidenceInterval percentile(double[] values, double level) {
    if (values.length == 0) {
      throw new IllegalArgumentException("values must not be empty");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
    double[] v = values.clone();
    Arrays.sort(v);
    double alpha = (1 - level) / 2;
    return new ConfidenceInterval(quantile(v, alpha), quantile(v, 1 - alpha), v.length);
  }

  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static List<Map<String, MetricValue>> collect(
      AtomicReferenceArray<Map<String, MetricValue>> results) {
    List<Map<String, MetricValue>> out = new ArrayList<>(results.length());
    for (int i = 0; i < results.length(); i++) {
      out.add(results.get(i));
    }
    return out;
  }

  private static List<Map<String, MetricValue>> evaluate(
      List<int[]> resamples, Function<int[], Map<String, MetricValue>> statistic, int threads) {
    int b = resamples.size();
    AtomicReferenceArray<Map<String, MetricValue>> results = new AtomicReferenceArray<>(b);
    if (threads == 1 || b == 1) {
      for (int i = 0; i < b; i++) {
        results.set(i, statistic.apply(resamples.get(i)));
      }
      return collect(results);
    }
    int chunks = Math.min(b, threads * 4);
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < chunks; c++) {
        int from = (int) ((long) b * c / chunks);
        int to = (int) ((long) b * (c + 1) / chunks);
        futures.add(
            pool.submit(
                () -> {
                  for (int i = from; i < to; i++) {
                    results.set(i, statistic.apply(resamples.get(i)));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bootstrap interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("bootstrap statistic failed", e.getCause());
    }
    return collect(results);
  }
}
