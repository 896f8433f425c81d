package dev.answereval.text;

import dev.answereval.internal.Invisible;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;

/**
 * Analyzes English answers and rubric phrases: sentences, tokens and UD part-of-speech tags from
 * OpenNLP, lemmas and index terms from a Lucene chain (lower case, possessives, contractions,
 * irregular forms, stop words, KStem), synonym terms, negation cues and scopes, and an English
 * score. Every offset indexes the original string, whatever Unicode normalization happened.
 *
 * <p>Input rules ({@link TextInputException} otherwise): not null, at most {@link #maxChars()}
 * chars, not blank, no control characters other than line breaks and tabs, and at least 30% of the
 * non-space characters are letters. Line breaks and bullet markers ({@code - * • ‣ ·} or {@code 1.}
 * / {@code 1)} at the start of a line) end sentences; a line starting with a lower-case letter
 * after a line without final punctuation continues the sentence (a soft wrap). {@code POS} tags of
 * contracted tokens ("didn't" is AUX+PART in the model) are reduced to the first tag.
 *
 * <p>Synonyms: caller-supplied groups of equivalent phrases ({@link Builder#synonymGroup}) and,
 * unless switched off, a restricted WordNet 3.1 table (see {@code WordNetResources} in the test
 * sources for the rules): single words, nouns, verbs and adjectives, top two senses of both words,
 * followed by the word's derivationally related forms that KStem leaves apart ("priority" for
 * "prioritize", "assess" for "assessment"), which count like synonyms.
 *
 * <p>Immutable and thread-safe: build one and share it. The OpenNLP models and word lists load once
 * per JVM on first use.
 */
public final class TextAnalyzer {
  /** englishScore below this means "probably not English". */
  public static final double ENGLISH_THRESHOLD = 0.5;

  /** Capital letters from which a text with hardly any lower-case ones counts as all capitals. */
  static final int SHOUTING_MIN_CAPITALS = 20;

  /** Longest input accepted, in chars. */
  public static final int MAX_CHARS = 20_000;

  private static final int TERM_CACHE_SIZE = 50_000;
  private static final double MIN_LETTER_SHARE = 0.3;

  private final boolean wordNetSynonyms;
  private final int maxChars;
  private final List<List<String>> synonymGroups;
  private final TermNormalizer normalizer;
  private final @Nullable PhraseSynonyms phraseSynonyms;
  private final @Nullable Map<String, List<String>> wordNet;

  private TextAnalyzer(
      boolean wordNetSynonyms,
      int maxChars,
      List<List<String>> synonymGroups,
      @Nullable PhraseSynonyms phraseSynonyms) {
    Lexicon lexicon = Lexicon.get();
    this.wordNetSynonyms = wordNetSynonyms;
    this.maxChars = maxChars;
    this.synonymGroups = List.copyOf(synonymGroups);
    this.normalizer = new TermNormalizer(lexicon, TERM_CACHE_SIZE);
    this.phraseSynonyms = phraseSynonyms;
    this.wordNet = wordNetSynonyms ? lexicon.wordNet() : null;
  }

  /** The shared analyzer with the default configuration: WordNet synonyms on, no extra groups. */
  public static TextAnalyzer english() {
    return DefaultHolder.INSTANCE;
  }

  /** A builder starting from the default configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether WordNet synonyms are added to tokens. */
  public boolean wordNetSynonyms() {
    return wordNetSynonyms;
  }

  /** The longest text accepted, in chars. */
  public int maxChars() {
    return maxChars;
  }

  /** The caller-supplied groups of equivalent phrases, as given. */
  public List<List<String>> synonymGroups() {
    return synonymGroups;
  }

  /**
   * Analyzes an answer.
   *
   * @throws TextInputException when the text is null, blank, too long or not text; the message says
   *     "answer ..."
   */
  public AnalyzedText analyze(@Nullable String text) {
    return analyze(text, "answer");
  }

  /**
   * Analyzes a short rubric phrase (a cue, paraphrase or red flag) exactly like an answer, so that
   * its terms, synonyms and negation flags compare with those of answers.
   *
   * @throws TextInputException as {@link #analyze}, with messages saying "phrase ..."; unlike
   *     answers, phrases may consist of digits and symbols only
   */
  public AnalyzedText analyzePhrase(@Nullable String phrase) {
    return analyze(phrase, "phrase");
  }

  /** The index terms of a phrase in order, stop words and punctuation left out (may be empty). */
  public List<String> terms(@Nullable String phrase) {
    List<String> terms = new ArrayList<>();
    for (Token t : analyzePhrase(phrase).tokens()) {
      if (t.term() != null) {
        terms.add(t.term());
      }
    }
    return List.copyOf(terms);
  }

  /** The index terms of a phrase followed by all their synonym terms, without duplicates. */
  public Set<String> termsWithSynonyms(@Nullable String phrase) {
    Set<String> terms = new LinkedHashSet<>();
    List<Token> tokens = analyzePhrase(phrase).tokens();
    for (Token t : tokens) {
      if (t.term() != null) {
        terms.add(t.term());
      }
    }
    for (Token t : tokens) {
      terms.addAll(t.synonyms());
    }
    return Collections.unmodifiableSet(terms);
  }

  @Override
  public String toString() {
    return "TextAnalyzer[wordNetSynonyms="
        + wordNetSynonyms
        + ", synonymGroups="
        + synonymGroups.size()
        + ", maxChars="
        + maxChars
        + "]";
  }

  /**
   * Checks an answer against the input rules of {@link #analyze} for an analyzer with the default
   * {@link #MAX_CHARS}, such as {@link #english()}, without analyzing it: cheap, and loads no
   * model. Lets a caller holding many answers (a dataset) reject the ones an evaluator would refuse
   * before scoring any.
   *
   * @throws TextInputException exactly as {@link #analyze} would, with the same message
   */
  public static void checkAnswer(@Nullable String answer) {
    validate(answer, "answer", MAX_CHARS);
  }

  private AnalyzedText analyze(@Nullable String text, String subject) {
    validate(text, subject, maxChars);
    return run(Objects.requireNonNull(text), subject);
  }

  private static void validate(@Nullable String text, String subject, int maxChars) {
    if (text == null) {
      throw new TextInputException(TextInputException.Reason.NULL, subject + " is null");
    }
    if (text.length() > maxChars) {
      throw new TextInputException(
          TextInputException.Reason.TOO_LONG,
          subject + " has " + text.length() + " chars; the maximum is " + maxChars);
    }
    int nonSpace = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (type == Character.CONTROL && !isLineBreakOrTab(cp)) {
        throw notText(subject, "contains control character " + hex(cp) + " at offset " + i);
      }
      if (type == Character.SURROGATE) {
        throw notText(subject, "contains unpaired surrogate " + hex(cp) + " at offset " + i);
      }
      if (!Invisible.isInvisible(cp)) {
        nonSpace++;
        if (Character.isLetter(cp)) {
          letters++;
        }
      }
      i += Character.charCount(cp);
    }
    if (nonSpace == 0) {
      throw new TextInputException(
          TextInputException.Reason.EMPTY, subject + " is empty or whitespace-only");
    }
    // Rubric phrases may be all digits or symbols ("5-4-3-2-1"); only answers must look like text.
    if (subject.equals("answer") && letters < MIN_LETTER_SHARE * nonSpace) {
      throw notText(
          subject,
          "has only "
              + (100L * letters / nonSpace)
              + "% letters among its "
              + nonSpace
              + " non-space characters");
    }
  }

  private static TextInputException notText(String subject, String detail) {
    return new TextInputException(
        TextInputException.Reason.NOT_TEXT, subject + " does not look like text: it " + detail);
  }

  private static String hex(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  private AnalyzedText run(String original, String subject) {
    NormalizedText norm = NormalizedText.of(original);
    String s = norm.text();
    OpenNlpModels.Tools tools = OpenNlpModels.tools();
    Set<String> englishWords = Lexicon.get().englishWords();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int words = 0;
    int englishWordsSeen = 0;
    // The models read words in capitals as names and split some ("TEAM" into "TE AM"): text typed
    // all in capitals is split, tagged and judged for its language in lower case, char for char,
    // so every offset stays the same.
    boolean shouting = shouting(s);
    String scan = shouting ? lowerCharForChar(s) : s;
    for (int[] block : SentenceBlocks.of(s)) {
      String blockText = scan.substring(block[0], block[1]);
      for (Span sentenceSpan :
          WordPeriods.sentences(blockText, tools.sentences().sentPosDetect(blockText))) {
        int sentenceStart = block[0] + sentenceSpan.getStart();
        String sentenceText = blockText.substring(sentenceSpan.getStart(), sentenceSpan.getEnd());
        Span[] spans =
            WordPeriods.tokens(sentenceText, tools.tokenizer().tokenizePos(sentenceText));
        if (spans.length == 0) {
          continue;
        }
        int n = spans.length;
        String[] forms = new String[n];
        String[] cased = new String[n];
        for (int k = 0; k < n; k++) {
          int from = sentenceStart + spans[k].getStart();
          int to = sentenceStart + spans[k].getEnd();
          forms[k] = s.substring(from, to);
          cased[k] = scan.substring(from, to);
        }
        String[] tags = tag(tools.tagger(), cased);
        String[] lower = new String[n];
        String[] lemmas = new String[n];
        String[] pos = new String[n];
        @Nullable String[] terms = new String[n];
        for (int k = 0; k < n; k++) {
          lower[k] = forms[k].toLowerCase(Locale.ROOT);
          int plus = tags[k].indexOf('+');
          pos[k] = plus > 0 ? tags[k].substring(0, plus) : tags[k];
          if (pos[k].equals("PUNCT") && lower[k].indexOf('-') >= 0 && hasLetter(lower[k])) {
            // Out of context the tagger calls a hyphenated word ("de-escalate", a rubric cue)
            // punctuation; it is a word of unknown class.
            pos[k] = "X";
          }
          if (hasLetterOrDigit(lower[k]) && !pos[k].equals("PUNCT")) {
            TermNormalizer.Norm nm = normalizer.normalize(lower[k]);
            lemmas[k] = nm.lemma();
            terms[k] = pos[k].equals("SYM") ? null : nm.term();
          } else {
            lemmas[k] = lower[k];
            terms[k] = null;
          }
          if (hasLetter(lower[k]) && !isNameOrAcronym(cased[k], pos[k], k)) {
            words++;
            if (englishWords.contains(lower[k]) || englishWords.contains(lemmas[k])) {
              englishWordsSeen++;
            }
          }
        }
        boolean[] joined = new boolean[n];
        for (int k = 1; k < n - 1; k++) {
          joined[k] =
              spans[k - 1].getEnd() == spans[k].getStart()
                  && spans[k].getEnd() == spans[k + 1].getStart()
                  && hasLetter(lower[k - 1])
                  && hasLetter(lower[k + 1]);
        }
        boolean[] cue = new boolean[n];
        boolean[] negated = new boolean[n];
        NegationScopes.mark(lower, lemmas, pos, joined, cue, negated);
        List<List<String>> synonyms = synonyms(terms, pos);
        int first = tokens.size();
        int sentenceIndex = sentences.size();
        for (int k = 0; k < n; k++) {
          int ns = sentenceStart + spans[k].getStart();
          int ne = sentenceStart + spans[k].getEnd();
          int start = norm.originalStart(ns);
          int end = norm.originalEnd(ne - 1);
          tokens.add(
              new Token(
                  tokens.size(),
                  original.substring(start, end),
                  start,
                  end,
                  sentenceIndex,
                  pos[k],
                  lemmas[k],
                  terms[k],
                  synonyms.get(k),
                  cue[k],
                  negated[k]));
        }
        sentences.add(
            new Sentence(
                sentenceIndex,
                tokens.get(first).start(),
                tokens.get(tokens.size() - 1).end(),
                first,
                tokens.size()));
      }
    }
    if (tokens.isEmpty()) {
      throw notText(subject, "has no words");
    }
    double englishScore = words == 0 ? 0 : (double) englishWordsSeen / words;
    return new AnalyzedText(original, sentences, tokens, englishScore);
  }

  /** Synonym terms per token of one sentence: phrase groups first, then WordNet. */
  private List<List<String>> synonyms(@Nullable String[] terms, String[] pos) {
    int n = terms.length;
    List<List<String>> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(new ArrayList<>(0));
    }
    if (phraseSynonyms != null) {
      List<String> content = new ArrayList<>();
      List<Integer> where = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        if (terms[k] != null) {
          content.add(terms[k]);
          where.add(k);
        }
      }
      List<List<String>> found = new ArrayList<>(content.size());
      for (int i = 0; i < content.size(); i++) {
        found.add(new ArrayList<>(0));
      }
      phraseSynonyms.expand(content, found);
      for (int i = 0; i < content.size(); i++) {
        for (String term : found.get(i)) {
          addSynonym(out.get(where.get(i)), term, content.get(i));
        }
      }
    }
    if (wordNet != null) {
      for (int k = 0; k < n; k++) {
        String term = terms[k];
        if (term == null) {
          continue;
        }
        String key = wordNetPos(pos[k]);
        for (String p :
            key != null ? List.of(key) : misTagged(pos[k]) ? OPEN_CLASSES : List.<String>of()) {
          List<String> found = wordNet.get(p + term);
          if (found != null) {
            for (String synonym : found) {
              addSynonym(out.get(k), synonym, term);
            }
            break;
          }
        }
      }
    }
    return out;
  }

  private static void addSynonym(List<String> list, String synonym, String own) {
    if (!synonym.equals(own) && !list.contains(synonym)) {
      list.add(synonym);
    }
  }

  /** WordNet's parts of speech, as tried for a content word the tagger gave a closed class. */
  private static final List<String> OPEN_CLASSES = List.of("n:", "v:", "a:");

  /**
   * Whether a token with an index term carries a closed-class tag, which the English model gives
   * some content words ("therapy" as PRON, "assess" as ADP).
   */
  private static boolean misTagged(String pos) {
    return switch (pos) {
      case "ADP", "AUX", "CCONJ", "DET", "INTJ", "PART", "PRON", "SCONJ", "X" -> true;
      default -> false;
    };
  }

  private static @Nullable String wordNetPos(String pos) {
    return switch (pos) {
      case "NOUN" -> "n:";
      case "VERB" -> "v:";
      case "ADJ" -> "a:";
      default -> null;
    };
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Tab, LF, CR, VT, FF and NEL: the control characters that a text may hold. */
  private static boolean isLineBreakOrTab(int cp) {
    return cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || cp == 0x85;
  }

  /**
   * Names ("Okafor") and acronyms ("SAMHSA", "PHQ-9") belong to no language, so the English-word
   * score leaves them out: a proper noun written with a capital after the sentence's first word, or
   * a word with two or more capitals and no lower-case letter.
   */
  private static boolean isNameOrAcronym(String form, String pos, int indexInSentence) {
    int upper = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLowerCase(c)) {
        return indexInSentence > 0 && pos.equals("PROPN") && Character.isUpperCase(form.charAt(0));
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }

  /**
   * Whether a text is typed in capitals: at least {@value #SHOUTING_MIN_CAPITALS} capital letters,
   * more than four for every lower-case one.
   */
  static boolean shouting(String s) {
    int upper = 0;
    int lowerCase = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lowerCase++;
      }
    }
    return upper >= SHOUTING_MIN_CAPITALS && upper > 4 * lowerCase;
  }

  /** The text with every char lower-cased on its own, so its length and offsets do not change. */
  private static String lowerCharForChar(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(out[i]);
    }
    return new String(out);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final class DefaultHolder {
    static final TextAnalyzer INSTANCE = new Builder().build();
  }

  /**
   * Configures a {@link TextAnalyzer}. Not thread-safe; {@link #build()} returns an immutable
   * analyzer.
   */
  public static final class Builder {
    private boolean wordNetSynonyms = true;
    private int maxChars = MAX_CHARS;
    private final List<List<String>> groups = new ArrayList<>();

    private Builder() {}

    /** Whether to add WordNet synonyms to tokens (default true). */
    public Builder wordNetSynonyms(boolean on) {
      this.wordNetSynonyms = on;
      return this;
    }

    /**
     * Adds a group of equivalent phrases, e.g. a rubric's cue and its paraphrases: wherever the
     * index terms of one phrase occur in a sentence, the terms of every other phrase of the group
     * are added as synonyms. Stop words do not count ("kept it private" equals "kept private").
     *
     * @param equivalentPhrases at least two phrases, each with at least one index term
     * @throws IllegalArgumentException when fewer than two phrases are given or a phrase is blank
     */
    public Builder synonymGroup(List<String> equivalentPhrases) {
      Objects.requireNonNull(equivalentPhrases, "equivalentPhrases");
      if (equivalentPhrases.size() < 2) {
        throw new IllegalArgumentException(
            "equivalentPhrases must hold at least 2 phrases, got " + equivalentPhrases);
      }
      for (String phrase : equivalentPhrases) {
        if (phrase == null || phrase.isBlank()) {
          throw new IllegalArgumentException(
              "equivalentPhrases must not hold a blank phrase, got " + equivalentPhrases);
        }
      }
      groups.add(List.copyOf(equivalentPhrases));
      return this;
    }

    /** Adds two equivalent phrases; see {@link #synonymGroup}. */
    public Builder synonyms(String phrase, String equivalentPhrase) {
      return synonymGroup(List.of(phrase, equivalentPhrase));
    }

    /**
     * The longest text accepted (default {@link TextAnalyzer#MAX_CHARS}).
     *
     * @param maxChars in [1, 1,000,000]
     */
    public Builder maxChars(int maxChars) {
      if (maxChars < 1 || maxChars > 1_000_000) {
        throw new IllegalArgumentException("maxChars must be in [1, 1000000], got " + maxChars);
      }
      this.maxChars = maxChars;
      return this;
    }

    /**
     * Builds the analyzer. Phrases of synonym groups are analyzed here.
     *
     * @throws IllegalArgumentException when a phrase of a group has no index term (only stop words)
     */
    public TextAnalyzer build() {
      if (groups.isEmpty()) {
        return new TextAnalyzer(wordNetSynonyms, maxChars, groups, null);
      }
      TextAnalyzer plain = new TextAnalyzer(false, Integer.MAX_VALUE, List.of(), null);
      List<List<List<String>>> termGroups = new ArrayList<>();
      for (List<String> group : groups) {
        List<List<String>> termGroup = new ArrayList<>();
        for (String phrase : group) {
          List<String> terms = plain.terms(phrase);
          if (terms.isEmpty()) {
            throw new IllegalArgumentException(
                "synonym phrase \"" + phrase + "\" has no index terms (only stop words)");
          }
          termGroup.add(terms);
        }
        termGroups.add(termGroup);
      }
      return new TextAnalyzer(wordNetSynonyms, maxChars, groups, PhraseSynonyms.of(termGroups));
    }
  }

  /**
   * Longest run of tokens tagged in one call. OpenNLP's beam search copies the tag sequence at each
   * step, so tagging grows with the square of the sentence length; a "sentence" of thousands of
   * tokens (a transcript without punctuation, pasted garbage) is tagged in pieces this long. Real
   * sentences are far shorter and are tagged whole.
   */
  static final int TAG_CHUNK = 256;

  private static String[] tag(POSTaggerME tagger, String[] tokens) {
    if (tokens.length <= TAG_CHUNK) {
      return tagger.tag(tokens);
    }
    String[] tags = new String[tokens.length];
    for (int from = 0; from < tokens.length; from += TAG_CHUNK) {
      int to = Math.min(tokens.length, from + TAG_CHUNK);
      String[] piece = tagger.tag(Arrays.copyOfRange(tokens, from, to));
      System.arraycopy(piece, 0, tags, from, piece.length);
    }
    return tags;
  }
}
