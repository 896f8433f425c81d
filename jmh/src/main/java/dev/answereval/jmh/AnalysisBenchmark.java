package dev.answereval.jmh;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.TextAnalyzer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of analyzing a ~200-word answer with {@link TextAnalyzer} compared with OpenNLP sentence
 * detection, tokenization and POS tagging alone on the same text (the target: at most 2x).
 *
 * <p>Run: {@code ./answer-eval jmh AnalysisBenchmark} (builds and runs {@code
 * jmh/target/benchmarks.jar} with a JDK >= 21). One state per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnalysisBenchmark {
  /** A fixed behavioral answer of about 200 words, written for this benchmark. */
  static final String ANSWER =
      "Last spring our team had two weeks to move the billing service to a new database. "
          + "I was the lead engineer, and the deadline was fixed because the old vendor contract"
          + " ended. First, I listed every query the service ran and wrote tests for the ten most"
          + " important ones. Then I split the work: two colleagues migrated the data while I"
          + " rewrote the reporting code.\n"
          + "- We found that one report didn't handle time zones, so I fixed it and added a test.\n"
          + "- I met the product manager every morning to share progress and risks.\n"
          + "Halfway through, a load test showed the new database was slower for monthly"
          + " invoices. Instead of guessing, I profiled the queries, added two indexes and"
          + " measured again; the invoices ran three times faster. I never shipped a change"
          + " without a review, even under pressure. We moved the service one day early, with no"
          + " lost records and no customer complaints. Afterwards I wrote a short guide for the"
          + " next migration and presented what we learned to the other teams. The main lesson"
          + " for me was to measure early, because the slow query would have been much harder to"
          + " fix in the last week.";

  private TextAnalyzer analyzer;
  private BareOpenNlp bare;

  @Setup
  public void setUp() throws IOException {
    analyzer = TextAnalyzer.english();
    analyzer.analyze(ANSWER); // loads models and word lists
    bare = new BareOpenNlp();
  }

  /** OpenNLP sentence detection, tokenization and POS tagging only. */
  @Benchmark
  public void bareOpenNlp(Blackhole bh) {
    bare.run(ANSWER, bh);
  }

  /** The full analysis. */
  @Benchmark
  public AnalyzedText analyze() {
    return analyzer.analyze(ANSWER);
  }
}
