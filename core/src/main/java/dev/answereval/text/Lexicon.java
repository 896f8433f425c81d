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
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.jspecify.annotations.Nullable;

/**
 * The English word lists shipped as resources next to this class: stop words, irregular forms,
 * common English words (for {@link AnalyzedText#englishScore()}) and the restricted WordNet
 * synonyms and derivationally related forms. Each list is loaded once, on first use; a missing
 * resource fails with its name.
 *
 * <p>Immutable after loading and thread-safe.
 */
final class Lexicon {
  static final String STOP_WORDS = "stopwords.txt";
  static final String IRREGULARS = "irregular-lemmas.tsv";
  static final String COMMON_WORDS = "common-english-words.txt";
  static final String WORDNET_SYNONYMS = "wordnet-synonyms.tsv";
  static final String WORDNET_DERIVATIONS = "wordnet-derivations.tsv";

  /** Most WordNet synonyms per term (words that stem alike share a term and their synonyms). */
  static final int MAX_SYNONYMS = 8;

  /** Most derivationally related forms per term, after its synonyms. */
  static final int MAX_DERIVATIONS = 6;

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
   * WordNet synonyms, then derivationally related forms ("assessment" for "assess"), keyed by
   * {@code pos + ":" + term} (pos n, v or a), both sides stemmed like index terms.
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
    Map<String, Set<String>> synonyms = related(WORDNET_SYNONYMS, normalizer, false);
    Map<String, Set<String>> derivations = related(WORDNET_DERIVATIONS, normalizer, true);
    Map<String, List<String>> result = new HashMap<>();
    for (String key : union(synonyms.keySet(), derivations.keySet())) {
      List<String> terms = new ArrayList<>(firstOf(synonyms.get(key), MAX_SYNONYMS));
      for (String term : firstOf(derivations.get(key), MAX_DERIVATIONS)) {
        if (!terms.contains(term)) {
          terms.add(term);
        }
      }
      if (!terms.isEmpty()) {
        result.put(key, List.copyOf(terms));
      }
    }
    return Map.copyOf(result);
  }

  /**
   * A resource's related terms keyed by {@code pos + ":" + term}, all stemmed like index terms.
   * With {@code sameWord}, a pair is kept only while its stemmed forms still look like forms of one
   * word (see {@link #sameWord}), as stemming rare words can make them collide with others.
   */
  private static Map<String, Set<String>> related(
      String resource, TermNormalizer normalizer, boolean sameWord) {
    Map<String, Set<String>> map = new HashMap<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\t");
      String key = normalizer.normalize(parts[1]).term();
      if (key == null) {
        continue;
      }
      Set<String> terms = map.computeIfAbsent(parts[0] + ":" + key, k -> new LinkedHashSet<>());
      for (String word : parts[2].split(" ")) {
        String term = normalizer.normalize(word).term();
        if (term != null && !term.equals(key) && (!sameWord || sameWord(key, term))) {
          terms.add(term);
        }
      }
    }
    return map;
  }

  /**
   * Whether two terms share a prefix of at least 4 letters and 3/4 of the shorter one, the rule the
   * derivations were generated with.
   */
  static boolean sameWord(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int prefix = 0;
    while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return prefix >= 4 && 4 * prefix >= 3 * shorter;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> firstOf(@Nullable Set<String> terms, int max) {
    if (terms == null) {
      return List.of();
    }
    List<String> list = List.copyOf(terms);
    return list.subList(0, Math.min(max, list.size()));
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
