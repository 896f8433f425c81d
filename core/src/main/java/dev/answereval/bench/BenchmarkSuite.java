package dev.answereval.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Several scorers benchmarked on the same rows in one run: one report per scorer, and a paired
 * comparison of the first scorer (the one under study) with each of the others (typically
 * baselines).
 *
 * <p>Immutable and thread-safe.
 *
 * @param reports at least one report, all on the same rows and target; the first is the primary
 * @param comparisons the first report's scorer against each later one, in order
 */
public record BenchmarkSuite(List<BenchmarkReport> reports, List<Comparison> comparisons) {

  public BenchmarkSuite {
    reports = List.copyOf(reports);
    comparisons = List.copyOf(comparisons);
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("reports must not be empty");
    }
    if (comparisons.size() != reports.size() - 1) {
      throw new IllegalArgumentException(
          "comparisons must hold one entry per report after the first: "
              + (reports.size() - 1)
              + ", got "
              + comparisons.size());
    }
  }

  /**
   * Benchmarks every scorer with {@code runner} and compares the first with each other one.
   *
   * @throws IllegalArgumentException when {@code scorers} is empty
   */
  public static BenchmarkSuite run(BenchmarkRunner runner, Dataset data, List<RowScorer> scorers) {
    if (scorers.isEmpty()) {
      throw new IllegalArgumentException("scorers must not be empty");
    }
    List<BenchmarkReport> reports = scorers.stream().map(s -> runner.run(data, s)).toList();
    List<Comparison> comparisons =
        reports.subList(1, reports.size()).stream()
            .map(r -> runner.compare(reports.get(0), r))
            .toList();
    return new BenchmarkSuite(reports, comparisons);
  }

  /** The first report (the scorer under study). */
  public BenchmarkReport primary() {
    return reports.get(0);
  }

  /**
   * One pretty-printed JSON object: {@code dataset}, {@code n}, {@code target}, {@code kind},
   * {@code scorers} (names), {@code reports} (each as {@link BenchmarkReport#toJson()}) and {@code
   * comparisons} (each as {@link Comparison#toJson()}).
   */
  public String toJson() {
    BenchmarkReport p = primary();
    ObjectNode o = Json.object();
    o.put("dataset", p.dataset());
    o.put("n", p.n());
    o.put("target", p.target());
    o.put("kind", p.kind().jsonName());
    o.set("scorers", Json.strings(reports.stream().map(BenchmarkReport::scorer).toList()));
    ArrayNode rs = o.putArray("reports");
    reports.forEach(r -> rs.add(r.toJsonNode()));
    ArrayNode cs = o.putArray("comparisons");
    comparisons.forEach(c -> cs.add(c.toJsonNode()));
    return Json.pretty(o);
  }
}
