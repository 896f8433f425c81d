package dev.answereval.jmh;

import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Evaluator;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
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
 * <p>Run: {@code java -jar jmh/target/benchmarks.jar ScoreBenchmark}. One state per thread.
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

  private Evaluator evaluator;
  private SentenceDetectorME sentences;
  private TokenizerME tokenizer;
  private POSTaggerME tagger;

  @Setup
  public void setUp() throws IOException {
    evaluator = Evaluator.of(QuestionBank.builtIn("mental-health"), "mhs-01");
    evaluator.score(ANSWER); // loads models and word lists
    sentences = new SentenceDetectorME(new SentenceModel(resource("sentence")));
    tokenizer = new TokenizerME(new TokenizerModel(resource("tokens")));
    tagger = new POSTaggerME(new POSModel(resource("pos")), POSTagFormat.UD);
  }

  private static InputStream resource(String kind) {
    return ScoreBenchmark.class.getResourceAsStream(
        "/opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin");
  }

  /** OpenNLP sentence detection, tokenization and POS tagging only. */
  @Benchmark
  public void bareOpenNlp(Blackhole bh) {
    for (Span s : sentences.sentPosDetect(ANSWER)) {
      String sentence = ANSWER.substring(s.getStart(), s.getEnd());
      String[] tokens = tokenizer.tokenize(sentence);
      bh.consume(tagger.tag(tokens));
    }
  }

  /** Analysis and scoring of the answer against the mhs-01 rubric. */
  @Benchmark
  public AnswerScore score() {
    return evaluator.score(ANSWER);
  }
}
