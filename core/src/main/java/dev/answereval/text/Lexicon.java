package dev.answereval.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;

/**
 * The English word lists shipped as resources next to this class: stop words, irregular forms,
 * common English words (for {@link AnalyzedText#englishScore()}) and the restricted WordNet
 * synonyms. Each list is loaded once, on first use; a missing resource fails with its name.
 *
 * <p>Immutable after loading and thread-safe.
 */
final class Lexicon {
  static final String STOP_WORDS = "stopwords.txt";
  static final String IRREGULARS = "irregular-lemmas.tsv";
  static final String COMMON_WORDS = "common-english-words.txt";
  static final String WORDNET_SYNONYMS = "wordnet-synonyms.tsv";

  /** Most WordNet synonyms per term (words that stem alike share a term and their synonyms). */
  static final int MAX_SYNONYMS = 8;

  private final CharArraySet stopWords;
  private final StemmerOverrideMap irregulars;
  private final Set<String> irregularForms;

  private Lexicon() {
    stopWords = new CharArraySet(lines(STOP_WORDS), false);
    Builder builder = new Builder(false);
    Set<String> forms = new HashSet<>();
    for (String line : lines(IRREGULARS)) {
      String[] parts = line.split("\t");
      builder.add(parts[0], parts[1]);
      forms.add(parts[0]);
    }
    try {
      irregulars = builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the irregular forms of " + IRREGULARS, e);
    }
    irregularForms = Set.copyOf(forms);
  }

  static Lexicon get() {
    return Holder.LEXICON;
  }

  CharArraySet stopWords() {
    return stopWords;
  }

  StemmerOverrideMap irregulars() {
    return irregulars;
  }

  /** The common English content words of the resource, as listed (base forms). */
  Set<String> commonWords() {
    return CommonHolder.WORDS;
  }

  /** Lower-case forms and lemmas counted as English by the English score. */
  Set<String> englishWords() {
    return EnglishHolder.WORDS;
  }

  /**
   * WordNet synonyms keyed by {@code pos + ":" + term} (pos n, v or a), both sides stemmed like
   * index terms.
   */
  Map<String, List<String>> wordNet() {
    return WordNetHolder.SYNONYMS;
  }

  private static final class Holder {
    static final Lexicon LEXICON = new Lexicon();
  }

  private static final class CommonHolder {
    static final Set<String> WORDS = Set.copyOf(lines(COMMON_WORDS));
  }

  private static final class EnglishHolder {
    static final Set<String> WORDS = loadEnglishWords();
  }

  private static final class WordNetHolder {
    static final Map<String, List<String>> SYNONYMS = loadWordNet();
  }

  private static Set<String> loadEnglishWords() {
    Lexicon lexicon = get();
    TermNormalizer normalizer = new TermNormalizer(lexicon, 0);
    Set<String> words = new HashSet<>();
    for (Object w : lexicon.stopWords) {
      words.add(new String((char[]) w));
    }
    words.addAll(lexicon.irregularForms);
    for (String w : lines(COMMON_WORDS)) {
      words.add(w);
      words.add(normalizer.normalize(w).lemma());
    }
    return Set.copyOf(words);
  }

  private static Map<String, List<String>> loadWordNet() {
    TermNormalizer normalizer = new TermNormalizer(get(), 0);
    Map<String, Set<String>> map = new HashMap<>();
    for (String line : lines(WORDNET_SYNONYMS)) {
      String[] parts = line.split("\t");
      String key = normalizer.normalize(parts[1]).term();
      if (key == null) {
        continue;
      }
      Set<String> synonyms = map.computeIfAbsent(parts[0] + ":" + key, k -> new LinkedHashSet<>());
      for (String synonym : parts[2].split(" ")) {
        String term = normalizer.normalize(synonym).term();
        if (term != null && !term.equals(key)) {
          synonyms.add(term);
        }
      }
    }
    Map<String, List<String>> result = new HashMap<>();
    map.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            result.put(k, List.copyOf(v).subList(0, Math.min(MAX_SYNONYMS, v.size())));
          }
        });
    return Map.copyOf(result);
  }

  /** The non-blank, non-comment lines of a resource next to this class. */
  static List<String> lines(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource dev/answereval/text/" + resource + " is not on the class path");
      }
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          lines.add(s);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource dev/answereval/text/" + resource, e);
    }
  }
}
