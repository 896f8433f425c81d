package dev.answereval.jmh;

import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Evaluator;
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
 * Cost of {@link Evaluator#score(String)} on a ~200-word answer to the built-in bank's question
 * {@code mhs-01} (with the bank as context, so off-topic detection runs), compared with OpenNLP
 * sentence detection, tokenization and POS tagging alone on the same text (the target: at most 3x).
 *
 * <p>Run: {@code ./answer-eval jmh ScoreBenchmark} (builds and runs {@code
 * jmh/target/benchmarks.jar} with a JDK >= 21). One state per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoreBenchmark {
  /** A fixed answer of about 200 words to mhs-01, written for this benchmark. */
  static final String ANSWER =
      "The first thing I do is slow everything down. I guide the client to a quieter corner,"
          + " sit beside them rather than in front of them, and keep my voice low and unhurried so"
          + " they can borrow some of my steadiness. I tell them plainly that what they feel is"
          + " the body's alarm going off, that it is unpleasant but not dangerous, and that it"
          + " will ease within minutes. Next we breathe together: in through the nose for a count"
          + " of four and out through the mouth for a count of six, repeated until their"
          + " shoulders drop. If breathing alone does not help, I ask them to press their feet"
          + " into the floor and describe three objects they can see and two sounds they can"
          + " hear, which pulls their attention back into the room. Meanwhile I watch for signs"
          + " that something medical is going on, such as chest pain or dizziness that does not"
          + " settle, and when they can talk I ask calmly whether they have had any thoughts of"
          + " hurting themselves. Once they are steadier, we talk about what set the episode off"
          + " and what has worked for them in the past. Finally, I record what happened, tell the"
          + " care team, and agree a short written plan they can follow next time.";

  /**
   * The worst case the input limit allows: 19,990 chars of one sentence without punctuation, full
   * of negations, so sentence-length effects (tagging, negation scopes) show.
   */
  static final String LONGEST =
      "I do not share records and never ".repeat(700).substring(0, 19_990);

  private Evaluator evaluator;
  private BareOpenNlp bare;

  @Setup
  public void setUp() throws IOException {
    evaluator = Evaluator.of(QuestionBank.builtIn("mental-health"), "mhs-01");
    evaluator.score(ANSWER); // loads models and word lists
    bare = new BareOpenNlp();
  }

  /** OpenNLP sentence detection, tokenization and POS tagging only. */
  @Benchmark
  public void bareOpenNlp(Blackhole bh) {
    bare.run(ANSWER, bh);
  }

  /** Analysis and scoring of the answer against the mhs-01 rubric. */
  @Benchmark
  public AnswerScore score() {
    return evaluator.score(ANSWER);
  }

  /** Scoring of {@link #LONGEST}, the longest and hardest input allowed. */
  @Benchmark
  public AnswerScore scoreLongest() {
    return evaluator.score(LONGEST);
  }
}
