package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  @Test
  void percentileInterpolatesBetweenOrderStatistics() {
    double[] v = new double[101];
    for (int i = 0; i <= 100; i++) {
      v[i] = 100 - i;
    }
    ConfidenceInterval ci = Bootstrap.percentile(v, 0.95);
    assertThat(ci.lower()).isCloseTo(2.5, within(1e-12));
    assertThat(ci.upper()).isCloseTo(97.5, within(1e-12));
    assertThat(ci.resamples()).isEqualTo(101);
  }

  @Test
  void resamplesDrawWholeQuestions() {
    List<String> groups = List.of("a", "a", "b", "c", "c", "c");
    List<int[]> resamples = Bootstrap.clusterResamples(groups, 200, 20130607L);
    assertThat(resamples).hasSize(200);
    Set<Integer> sizes = new HashSet<>();
    for (int[] r : resamples) {
      // rows come in complete groups: {0,1}, {2}, {3,4,5}
      int i = 0;
      int groupsDrawn = 0;
      while (i < r.length) {
        if (r[i] == 0) {
          assertThat(Arrays.copyOfRange(r, i, i + 2)).containsExactly(0, 1);
          i += 2;
        } else if (r[i] == 2) {
          i += 1;
        } else {
          assertThat(Arrays.copyOfRange(r, i, i + 3)).containsExactly(3, 4, 5);
          i += 3;
        }
        groupsDrawn++;
      }
      assertThat(groupsDrawn).isEqualTo(3);
      sizes.add(r.length);
    }
    assertThat(sizes.size()).isGreaterThan(1);
  }

  @Test
  void resamplesAndIntervalsAreDeterministicAcrossThreadCounts() {
    List<String> groups = new ArrayList<>();
    double[] x = new double[40];
    double[] y = new double[40];
    for (int i = 0; i < 40; i++) {
      groups.add("q" + (i / 4));
      x[i] = (i * 37) % 11;
      y[i] = x[i] + (i % 3);
    }
    List<int[]> a = Bootstrap.clusterResamples(groups, 300, 42L);
    List<int[]> b = Bootstrap.clusterResamples(groups, 300, 42L);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i)).isEqualTo(a.get(i));
    }
    assertThat(Bootstrap.clusterResamples(groups, 300, 43L).get(0)).isNotEqualTo(a.get(0));
    Function<int[], Map<String, MetricValue>> stat =
        idx -> {
          double[] px = new double[idx.length];
          double[] py = new double[idx.length];
          for (int i = 0; i < idx.length; i++) {
            px[i] = x[idx[i]];
            py[i] = y[idx[i]];
          }
          return Map.of("pearson", Metrics.pearson(px, py), "mae", Metrics.mae(px, py));
        };
    Map<String, ConfidenceInterval> one = Bootstrap.intervals(a, stat, 1);
    Map<String, ConfidenceInterval> four = Bootstrap.intervals(a, stat, 4);
    assertThat(four).isEqualTo(one);
    assertThat(one.get("pearson").lower()).isLessThan(one.get("pearson").upper());
    assertThat(one.get("mae").resamples()).isEqualTo(300);
  }

  @Test
  void metricUndefinedEverywhereHasNoInterval() {
    List<int[]> resamples = Bootstrap.clusterResamples(List.of("a", "b"), 10, 1L);
    Map<String, ConfidenceInterval> ci =
        Bootstrap.intervals(
            resamples,
            idx ->
                Map.of("never", MetricValue.undefined("no"), "count", MetricValue.of(idx.length)),
            2);
    assertThat(ci).containsOnlyKeys("count");
    assertThat(ci.get("count").lower()).isEqualTo(2.0);
  }
}
