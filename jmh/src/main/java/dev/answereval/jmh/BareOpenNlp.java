package dev.answereval.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The baseline both benchmarks compare against: OpenNLP sentence detection, tokenization and POS
 * tagging alone, with the same English UD 1.3 models the library loads. Not thread-safe (one per
 * benchmark state).
 */
final class BareOpenNlp {
  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;

  BareOpenNlp() throws IOException {
    try (InputStream s = open("sentence");
        InputStream t = open("tokens");
        InputStream p = open("pos")) {
      sentences = new SentenceDetectorME(new SentenceModel(s));
      tokenizer = new TokenizerME(new TokenizerModel(t));
      tagger = new POSTaggerME(new POSModel(p), POSTagFormat.UD);
    }
  }

  private static InputStream open(String kind) {
    String name = "/opennlp-en-ud-ewt-" + kind + "-1.3-2.5.4.bin";
    return Objects.requireNonNull(BareOpenNlp.class.getResourceAsStream(name), name);
  }

  /** Detects sentences, tokenizes and tags them, feeding the tags to the blackhole. */
  void run(String text, Blackhole bh) {
    for (Span s : sentences.sentPosDetect(text)) {
      bh.consume(tagger.tag(tokenizer.tokenize(text.substring(s.getStart(), s.getEnd()))));
    }
  }
}
