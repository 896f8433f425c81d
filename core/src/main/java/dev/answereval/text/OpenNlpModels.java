package dev.answereval.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English UD models of OpenNLP (sentence detector, tokenizer, POS tagger), loaded once from the
 * class path on first use and shared, plus per-thread OpenNLP tools over them.
 *
 * <p>Thread-safe: the models are immutable after loading; {@code SentenceDetectorME}, {@code
 * TokenizerME} and {@code POSTaggerME} are not thread-safe, so {@link #tools()} hands every thread
 * its own instances.
 */
final class OpenNlpModels {
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** The OpenNLP tools of one thread. */
  record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {}

  private OpenNlpModels() {}

  /** The calling thread's tools, created on its first call. */
  static Tools tools() {
    return Holder.TOOLS.get();
  }

  /** Loads the models now (they load on first use otherwise). */
  static void load() {
    Holder.TOOLS.get();
  }

  private static final class Holder {
    static final SentenceModel SENTENCES =
        read(SENTENCE_MODEL, "opennlp-models-sentdetect-en", SentenceModel::new);
    static final TokenizerModel TOKENS =
        read(TOKEN_MODEL, "opennlp-models-tokenizer-en", TokenizerModel::new);
    static final POSModel POS = read(POS_MODEL, "opennlp-models-pos-en", POSModel::new);
    static final ThreadLocal<Tools> TOOLS =
        ThreadLocal.withInitial(
            () ->
                new Tools(
                    new SentenceDetectorME(SENTENCES),
                    new TokenizerME(TOKENS),
                    new POSTaggerME(POS, POSTagFormat.UD)));
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M read(String resource, String artifact, ModelReader<M> reader) {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model resource "
                + resource
                + " is not on the class path; add org.apache.opennlp:"
                + artifact
                + ":1.3.0");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model resource " + resource, e);
    }
  }
}
