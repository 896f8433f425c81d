package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Sentence;
import dev.answereval.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Word-order plausibility from part-of-speech tag sequences. A tag trigram model, interpolated with
 * bigrams and unigrams and estimated from tag counts in English prose (the resource {@code
 * pos-trigrams.tsv}), scores each tag by log(P(tag | two previous tags) / P(tag)). The mean over an
 * answer is clearly positive for prose, whose neighbouring tags predict each other, and near or
 * below 0 for shuffled words, whose neighbours are as good as independent. Immutable and
 * thread-safe.
 */
final class TagTrigramModel {
  static final String START = "<S>";

  /** Interpolation weights of the trigram and bigram estimates; unigrams get the rest. */
  private static final double TRIGRAM = 0.7;

  private static final double BIGRAM = 0.25;

  /** Additive smoothing of the unigram counts. */
  private static final double ALPHA = 0.1;

  /**
   * Short texts have few tags, so their mean is pulled towards typical prose as if this many tags
   * at {@link #PRIOR} were added.
   */
  private static final double PRIOR_TAGS = 16;

  private static final double PRIOR = 0.45;

  private static final TagTrigramModel DEFAULT = load("pos-trigrams.tsv");

  private final Map<String, Long> trigrams;
  private final Map<String, Long> bigrams;
  private final Map<String, Long> unigrams;
  private final Map<String, Long> pairHistories;
  private final Map<String, Long> tagHistories;
  private final long total;
  private final int tags;

  /** Tag ids ({@code <S>} and every tag the counts saw) into {@link #table}. */
  private final Map<String, Integer> ids;

  /** Every log ratio over known tags, precomputed: index (first * n + second) * n + third. */
  private final double[] table;

  private TagTrigramModel(Map<String, Long> trigrams) {
    this.trigrams = Map.copyOf(trigrams);
    Map<String, Long> bi = new HashMap<>();
    Map<String, Long> uni = new HashMap<>();
    Map<String, Long> h2 = new HashMap<>();
    Map<String, Long> h1 = new HashMap<>();
    long n = 0;
    for (Map.Entry<String, Long> e : trigrams.entrySet()) {
      String[] t = e.getKey().split("\t");
      long c = e.getValue();
      bi.merge(t[1] + "\t" + t[2], c, Long::sum);
      uni.merge(t[2], c, Long::sum);
      h2.merge(t[0] + "\t" + t[1], c, Long::sum);
      h1.merge(t[1], c, Long::sum);
      n += c;
    }
    this.bigrams = Map.copyOf(bi);
    this.unigrams = Map.copyOf(uni);
    this.pairHistories = Map.copyOf(h2);
    this.tagHistories = Map.copyOf(h1);
    this.total = n;
    this.tags = uni.size();
    Map<String, Integer> known = new HashMap<>();
    known.put(START, 0);
    for (String t : new TreeSet<>(uni.keySet())) {
      known.putIfAbsent(t, known.size());
    }
    this.ids = Map.copyOf(known);
    String[] names = new String[known.size()];
    known.forEach((t, id) -> names[id] = t);
    int size = names.length;
    this.table = new double[size * size * size];
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        for (int c = 0; c < size; c++) {
          table[(a * size + b) * size + c] = compute(names[a], names[b], names[c]);
        }
      }
    }
  }

  static TagTrigramModel defaults() {
    return DEFAULT;
  }

  /** Builds the model from counts of "first TAB second TAB third" tag trigrams. */
  static TagTrigramModel of(Map<String, Long> trigramCounts) {
    return new TagTrigramModel(trigramCounts);
  }

  private static TagTrigramModel load(String resource) {
    try (InputStream in = TagTrigramModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource dev/answereval/scoring/" + resource + " is not on the class path");
      }
      Map<String, Long> counts = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        counts.put(f[0] + "\t" + f[1] + "\t" + f[2], Long.parseLong(f[3].strip()));
      }
      return of(counts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource dev/answereval/scoring/" + resource, e);
    }
  }

  /** log(P(third | first, second) / P(third)) with the interpolated estimate. */
  double logRatio(String first, String second, String third) {
    Integer a = ids.get(first);
    Integer b = ids.get(second);
    Integer c = ids.get(third);
    if (a == null || b == null || c == null) {
      return compute(first, second, third);
    }
    int size = ids.size();
    return table[(a * size + b) * size + c];
  }

  private double compute(String first, String second, String third) {
    double unigram = (unigrams.getOrDefault(third, 0L) + ALPHA) / (total + ALPHA * tags);
    Long h1 = tagHistories.get(second);
    double bigram =
        h1 == null ? unigram : (double) bigrams.getOrDefault(second + "\t" + third, 0L) / h1;
    Long h2 = pairHistories.get(first + "\t" + second);
    double trigram =
        h2 == null
            ? bigram
            : (double) trigrams.getOrDefault(first + "\t" + second + "\t" + third, 0L) / h2;
    double p = TRIGRAM * trigram + BIGRAM * bigram + (1 - TRIGRAM - BIGRAM) * unigram;
    return Math.log(p / unigram);
  }

  /** Mean log ratio over the text's tags, shrunk towards typical prose for short texts. */
  double plausibility(AnalyzedText text) {
    double sum = 0;
    int n = 0;
    for (Sentence s : text.sentences()) {
      String first = START;
      String second = START;
      for (Token t : text.tokens(s)) {
        sum += logRatio(first, second, t.pos());
        n++;
        first = second;
        second = t.pos();
      }
    }
    return (sum + PRIOR_TAGS * PRIOR) / (n + PRIOR_TAGS);
  }
}
