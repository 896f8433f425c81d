package dev.answereval.scoring;

import dev.answereval.report.Explanation;
import dev.answereval.rubric.Exemplar;
import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.RedFlag;
import dev.answereval.rubric.Rubric;
import dev.answereval.rubric.StarComponent;
import dev.answereval.text.AnalyzedText;
import dev.answereval.text.TermSpecificity;
import dev.answereval.text.TextAnalyzer;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores answers to one question against its rubric.
 *
 * <p>Build one per question and reuse it: construction analyzes the rubric (key points, cues,
 * paraphrases, exemplars, red flags) once, so {@link #score(String)} only analyzes the answer. An
 * evaluator built with a bank also checks whether an answer fits another question of the bank
 * better (off-topic). Immutable and thread-safe; {@code score} allocates only local objects.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(QuestionBank.builtIn("mental-health"), "mhs-01");
 * AnswerScore result = evaluator.score(answerText);
 * }</pre>
 */
public final class Evaluator {
  /**
   * Coverage kept by a key point whose only evidence is words already credited to a better-covered
   * point in the same sentences ("calm" for both "stayed calm" and "the client was calmer").
   */
  private static final double SHARED_EVIDENCE_CREDIT = 0.5;

  /** Cue credit: each matched cue closes this share of the remaining gap to full coverage. */
  private static final double CUE_GAIN = 0.45;

  /**
   * A matched one-term cue counts as this many cue hits if the word is an everyday one, rising to
   * one hit for words specific in general English (see {@link TermSpecificity}).
   */
  private static final double SINGLE_TERM_CUE = 0.6;

  /** Coverage from rubric text below this share of its weight counts as noise. */
  private static final double TEXT_FLOOR = 0.2;

  /** Coverage from rubric text at this share of its weight counts as full. */
  private static final double TEXT_FULL = 0.75;

  /** Two-sentence windows are worth slightly less than one sentence saying the same. */
  private static final double PAIR_DISCOUNT = 0.92;

  /**
   * Share of a model answer's topical vocabulary mass at which the topic-depth signal saturates.
   */
  private static final double TOPIC_SHARE = 0.5;

  /**
   * Diminishing returns on key-point coverage and topical depth: a signal x counts as 1 - (1 -
   * x)^2.25, so covering half a rubric's weight gives 0.79.
   */
  private static final double CONCAVITY = 2.25;

  /**
   * Coverage of a key point that names a STAR component ({@code star: result}), per unit of that
   * component's detection confidence, when the answer's story has it in earnest (see {@code
   * Run#storyCredit}).
   */
  private static final double STORY_CREDIT = 0.8;

  /** Exemplar cosine at which the exemplar signal saturates. */
  private static final double EXEMPLAR_SATURATION = 0.45;

  /**
   * Share of a red flag's description one sentence must state, in the writer's own words, to raise
   * it without a cue. Measured on our answers: from 0.6 a shuffled excellent answer raises one; at
   * 0.7 none of the graded, seed or cross-question answers does.
   */
  private static final double RED_FLAG_THRESHOLD = 0.7;

  /** Longest sentence, in words, in which a red flag's description (not a cue) can be matched. */
  private static final int RED_FLAG_MAX_WORDS = 50;

  /**
   * Rubric-vocabulary similarity from which two bank questions count as near-twins for off-topic
   * detection. In the built-in bank, twins ("burnout" and "self-care", two confidentiality
   * questions) score 0.33-0.62 and unrelated questions a median of 0.17.
   */
  static final double TWIN_SIMILARITY = 0.3;

  /**
   * Specificity (fit to this question over the mean fit to the bank's unrelated questions) below
   * which an answer counts as generic: it would answer any question about as well. Measured on the
   * built-in bank: our excellent, adequate and seed answers score 1.65 or more (median 2.7-3.6),
   * weak ones 1.50 or more, and answers made of all-purpose virtues ("I put the client first, I
   * stay calm, I document everything") 0.59-1.50. A behavioral answer that tells its case is exempt
   * (see {@link #tellsExample}).
   */
  static final double GENERIC_SPECIFICITY = 1.6;

  /** Fewest unrelated (not near-twin) bank questions for specificity to mean anything. */
  static final int GENERIC_MIN_UNRELATED = 8;

  /** Highest score of an answer that takes itself back ("none of that is true"). */
  static final double RETRACTED_CAP = 10;

  /**
   * Share of content credit kept by an answer that hedges most of what it says: at least {@value
   * #MIN_HEDGES} hedges, and one for every two sentences. More hedging keeps less, down to {@value
   * #HEDGED_FLOOR} at two hedges a sentence (see {@link #certainty}).
   */
  static final double HEDGED_FACTOR = 0.7;

  /** Share of content credit kept by an answer with two hedges or more in every sentence. */
  static final double HEDGED_FLOOR = 0.4;

  static final int MIN_HEDGES = 3;

  /**
   * Share of content credit an answer keeps for its hedges: 1 below {@value #MIN_HEDGES} hedges or
   * one for every two sentences; from there {@value #HEDGED_FACTOR}, falling linearly to {@value
   * #HEDGED_FLOOR} at two hedges a sentence.
   */
  static double certainty(int hedges, int sentences) {
    if (hedges < MIN_HEDGES || 2 * hedges < sentences) {
      return 1;
    }
    double density = (double) hedges / Math.max(1, sentences);
    double past = QualitySignals.clamp((density - 0.5) / 1.5);
    return HEDGED_FACTOR - (HEDGED_FACTOR - HEDGED_FLOOR) * past;
  }

  /** Letters from which an answer too short in words is still judged for its language. */
  private static final int LANGUAGE_LETTERS = 20;

  private final Question question;
  private final ScoringProfile profile;
  private final TextAnalyzer analyzer;
  private final @Nullable BankIndex bank;

  /** The bank's questions that are not near-twins of this one, for generic-answer detection. */
  private final Set<String> unrelatedQuestions;

  private final TermWeights weights;
  private final Set<String> questionTerms;
  private final List<Set<String>> hintTerms;
  private final List<CompiledPoint> keyPoints;
  private final List<CompiledPoint> redFlags;
  private final List<TermVector> exemplars;
  private final List<Double> exemplarGrades;
  private final Map<String, Double> topicVocabulary;
  private final double topicReference;

  /**
   * A key point or red flag compiled for matching; {@code cueTexts} are the analyzed cues, matched
   * word for word for red flags; {@code stanceCues} are the cues that name what the point avoids
   * (see {@link #stanceCue}).
   */
  private record CompiledPoint(
      String id,
      List<Phrase> views,
      List<Phrase> cues,
      List<AnalyzedText> cueTexts,
      List<Boolean> stanceCues) {}

  private Evaluator(
      Question question, ScoringProfile profile, TextAnalyzer analyzer, @Nullable BankIndex bank) {
    this.question = question;
    this.profile = profile;
    this.analyzer = analyzer;
    this.bank = bank;
    this.unrelatedQuestions =
        bank != null ? bank.unrelatedTo(question.id(), TWIN_SIMILARITY) : Set.of();
    BankIndex stats =
        bank != null ? bank : BankIndex.of(List.of(question), analyzer, profile.similarity());
    this.weights = stats.weights();
    Set<String> qTerms = new HashSet<>();
    for (Token t : stats.analyzed(question.text()).tokens()) {
      if (t.term() != null) {
        qTerms.add(t.term());
      }
    }
    this.questionTerms = Set.copyOf(qTerms);
    double qWeight = profile.uses(Signal.QUESTION_ECHO) ? profile.questionTermWeight() : 1;
    Rubric rubric = question.rubric();
    List<CompiledPoint> kps = new ArrayList<>();
    for (KeyPoint k : rubric.keyPoints()) {
      List<Phrase> views = new ArrayList<>();
      views.add(compile(stats, k.description(), qWeight));
      for (String p : k.paraphrases()) {
        views.add(compile(stats, p, qWeight));
      }
      Set<String> avoided = avoidedTerms(views);
      List<Phrase> cues = new ArrayList<>();
      List<Boolean> stance = new ArrayList<>();
      for (String c : k.cues()) {
        Phrase cue = compile(stats, c, qWeight);
        boolean avoids = stanceCue(cue, avoided);
        if (avoids) {
          AnalyzedText a = stats.analyzed(c);
          boolean[] all = new boolean[a.tokens().size()];
          Arrays.fill(all, true);
          cue = Phrase.compile(a, all, weights, questionTerms, qWeight);
        }
        cues.add(cue);
        stance.add(avoids);
      }
      kps.add(
          new CompiledPoint(
              k.id(), List.copyOf(views), List.copyOf(cues), List.of(), List.copyOf(stance)));
    }
    this.keyPoints = List.copyOf(kps);
    // The coaching this evaluator gives: the key points' hints and, for STAR, its own advice.
    List<String> coaching = new ArrayList<>();
    for (KeyPoint k : rubric.keyPoints()) {
      if (k.hint() != null) {
        coaching.add(k.hint());
      }
    }
    for (StarComponent c : rubric.star().components()) {
      coaching.add(starHint(c));
    }
    List<Set<String>> hints = new ArrayList<>();
    for (String h : coaching) {
      Set<String> terms = new HashSet<>();
      for (Token t : stats.analyzed(h).tokens()) {
        if (t.term() != null) {
          terms.add(t.term());
        }
      }
      if (!terms.isEmpty()) {
        hints.add(Set.copyOf(terms));
      }
    }
    this.hintTerms = List.copyOf(hints);
    List<CompiledPoint> flags = new ArrayList<>();
    for (RedFlag f : rubric.redFlags()) {
      List<AnalyzedText> cueTexts = new ArrayList<>();
      for (String c : f.cues()) {
        cueTexts.add(stats.analyzed(c));
      }
      flags.add(
          new CompiledPoint(
              f.id(),
              List.of(compile(stats, f.description(), 1)),
              List.of(),
              List.copyOf(cueTexts),
              List.of()));
    }
    this.redFlags = List.copyOf(flags);
    List<TermVector> ex = new ArrayList<>();
    List<Double> grades = new ArrayList<>();
    for (Exemplar e : rubric.exemplars()) {
      ex.add(TermVector.of(stats.analyzed(e.text()), weights, questionTerms, qWeight));
      grades.add(e.gradeOrMax() / 100.0);
    }
    this.exemplars = List.copyOf(ex);
    this.exemplarGrades = List.copyOf(grades);
    // Topical depth: the rubric's vocabulary (question words excluded) and how much of it a model
    // answer uses; an exemplar's mass, or else the key points' own, is the reference.
    Map<String, Double> vocabulary = new java.util.HashMap<>();
    for (String t : BankIndex.rubricTexts(question)) {
      for (Token tok : stats.analyzed(t).tokens()) {
        if (tok.term() != null && !questionTerms.contains(tok.term())) {
          // Weighted by specificity in general English as well: every rubric of a bank shares
          // its field's everyday words ("client", "talk"), which say little about depth.
          vocabulary.put(tok.term(), weights.weight(tok.term()) * TermSpecificity.of(tok.term()));
        }
      }
    }
    this.topicVocabulary = Map.copyOf(vocabulary);
    double reference = 0;
    for (Exemplar e : rubric.exemplars()) {
      if (e.gradeOrMax() >= 80) {
        reference = Math.max(reference, topicMass(stats.analyzed(e.text())));
      }
    }
    if (reference == 0) {
      for (KeyPoint k : rubric.keyPoints()) {
        reference += topicMass(stats.analyzed(k.description()));
      }
    }
    this.topicReference = reference;
  }

  /**
   * Terms that the point's description and paraphrases only ever state negated: what the point
   * avoids ("I avoid dual relationships ... and significant gifts").
   */
  private static Set<String> avoidedTerms(List<Phrase> views) {
    Set<String> negative = new HashSet<>();
    Set<String> positive = new HashSet<>();
    for (Phrase v : views) {
      for (int i = 0; i < v.terms.length; i++) {
        (v.negated[i] ? negative : positive).add(v.terms[i]);
      }
    }
    negative.removeAll(positive);
    return negative;
  }

  /**
   * Whether a cue names only what its point avoids ("gifts", "social media" for "I avoid ... social
   * media connections and significant gifts"). Such a cue is a hit only when the answer avoids or
   * negates it too ("I never accept gifts"), not when it merely names it ("I accept gifts from
   * clients"); naming it is no denial either ("gifts come up in supervision").
   */
  private static boolean stanceCue(Phrase cue, Set<String> avoided) {
    if (cue.isEmpty()) {
      return false;
    }
    for (int i = 0; i < cue.terms.length; i++) {
      if (cue.negated[i] || !avoided.contains(cue.terms[i])) {
        return false;
      }
    }
    return true;
  }

  /** Sum of the weights of the distinct rubric-vocabulary terms a text uses. */
  private double topicMass(AnalyzedText text) {
    Set<String> seen = new HashSet<>();
    double mass = 0;
    for (Token t : text.tokens()) {
      if (t.term() != null && seen.add(t.term())) {
        Double w = topicVocabulary.get(t.term());
        if (w != null) {
          mass += w;
        }
      }
    }
    return mass;
  }

  private Phrase compile(BankIndex stats, String text, double qWeight) {
    AnalyzedText a = stats.analyzed(text);
    return Phrase.compile(a, Polarity.effectiveNegation(a), weights, questionTerms, qWeight);
  }

  /** An evaluator with the default profile and analyzer, without bank context. */
  public static Evaluator of(Question question) {
    return builder(question).build();
  }

  /** An evaluator with the given profile and the default analyzer, without bank context. */
  public static Evaluator of(Question question, ScoringProfile profile) {
    return builder(question).profile(profile).build();
  }

  /**
   * An evaluator for one question of a bank, with the bank as context (term statistics and
   * off-topic detection). To score many questions of one bank, {@link BankEvaluator} shares that
   * context.
   *
   * @throws IllegalArgumentException when the bank has no such question
   */
  public static Evaluator of(QuestionBank bank, String questionId) {
    Question q = bank.get(questionId);
    return builder(q)
        .bank(BankIndex.of(bank, TextAnalyzer.english(), ScoringProfile.defaults().similarity()))
        .build();
  }

  /** A builder for an evaluator of this question. */
  public static Builder builder(Question question) {
    return new Builder(question);
  }

  /** Collects an evaluator's options. Not thread-safe. */
  public static final class Builder {
    private final Question question;
    private ScoringProfile profile = ScoringProfile.defaults();
    private @Nullable TextAnalyzer analyzer;
    private @Nullable BankIndex bank;

    private Builder(Question question) {
      this.question = Objects.requireNonNull(question, "question");
    }

    /** The scoring profile; default {@link ScoringProfile#defaults()}. */
    public Builder profile(ScoringProfile p) {
      this.profile = Objects.requireNonNull(p, "profile");
      return this;
    }

    /** The analyzer; default {@link TextAnalyzer#english()}, or the bank index's. */
    public Builder analyzer(TextAnalyzer a) {
      this.analyzer = Objects.requireNonNull(a, "analyzer");
      return this;
    }

    /** Bank context: term statistics and off-topic detection. It must contain the question. */
    public Builder bank(BankIndex b) {
      this.bank = Objects.requireNonNull(b, "bank");
      return this;
    }

    /**
     * Compiles the rubric.
     *
     * @throws IllegalArgumentException when the bank index does not contain the question, or its
     *     analyzer differs from the one given
     */
    public Evaluator build() {
      TextAnalyzer a = analyzer;
      if (bank != null) {
        if (!bank.contains(question.id())) {
          throw new IllegalArgumentException(
              "bank index does not contain question '" + question.id() + "'");
        }
        if (a != null && a != bank.analyzer()) {
          throw new IllegalArgumentException("analyzer differs from the bank index's analyzer");
        }
        a = bank.analyzer();
      }
      return new Evaluator(question, profile, a != null ? a : TextAnalyzer.english(), bank);
    }
  }

  /** The question this evaluator scores answers to. */
  public Question question() {
    return question;
  }

  /** The scoring profile in use. */
  public ScoringProfile profile() {
    return profile;
  }

  /** The analyzer in use. */
  public TextAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * Scores one answer.
   *
   * @throws dev.answereval.text.TextInputException when the answer is null, empty, whitespace-only,
   *     longer than {@link TextAnalyzer#MAX_CHARS} or not text
   */
  public AnswerScore score(String answer) {
    AnalyzedText text = analyzer.analyze(answer);
    return score(text);
  }

  /** Scores an answer that was already analyzed with this evaluator's analyzer. */
  public AnswerScore score(AnalyzedText text) {
    int words = text.wordCount();
    double threshold =
        question.rubric().passThreshold() != null
            ? question.rubric().passThreshold()
            : profile.passThreshold();
    String reason = null;
    FlagType why = null;
    // Too short is relative to what the question expects: a rubric whose answers may be a few
    // words long (one built from short reference answers, say) lowers the bar.
    int minWords = Math.max(1, Math.min(profile.minWords(), question.rubric().length().minWords()));
    // A language check comes first when there is enough text to judge: a Chinese sentence has few
    // spaces, so it counts as few words, but it is not "too short".
    boolean judgeLanguage = words >= minWords || letterCount(text.original()) >= LANGUAGE_LETTERS;
    if (judgeLanguage && !text.isLikelyEnglish()) {
      reason =
          String.format(
              Locale.ROOT,
              "does not look like English (English-word score %.2f)",
              text.englishScore());
      why = FlagType.NOT_ENGLISH;
    } else if (words < minWords) {
      why = FlagType.TOO_SHORT;
      reason =
          "too short to score: "
              + words
              + (words == 1 ? " word" : " words")
              + ", at least "
              + minWords
              + " needed"
              + uncountedSymbols(text);
    } else if (letterShare(text.original()) < 0.5) {
      reason = "mostly non-text: fewer than half of the characters are letters";
      why = FlagType.NOT_TEXT;
    }
    if (reason != null) {
      return unscored(reason, Objects.requireNonNull(why), threshold);
    }
    return new Run(text, threshold).run();
  }

  /**
   * Says which tokens were not counted as words for being tagged as symbols, such as a lone 'x'
   * among others, so that a too-short message does not seem to miscount; empty when there are none.
   * Punctuation goes unsaid: nobody counts it as words.
   */
  private static String uncountedSymbols(AnalyzedText text) {
    int n = 0;
    String first = null;
    for (Token t : text.tokens()) {
      if (t.pos().equals("SYM")) {
        n++;
        if (first == null) {
          first = t.text();
        }
      }
    }
    if (n == 0) {
      return "";
    }
    return n == 1
        ? " ('" + first + "' was read as a symbol, not a word)"
        : " (" + n + " tokens such as '" + first + "' were read as symbols, not words)";
  }

  /** A result without a score; its one flag says why, so flag checks on it are real checks. */
  private AnswerScore unscored(String reason, FlagType why, double threshold) {
    List<KeyPointResult> kps = new ArrayList<>();
    for (KeyPoint k : question.rubric().keyPoints()) {
      kps.add(
          new KeyPointResult(
              k.id(),
              k.description(),
              k.weight(),
              k.required(),
              0,
              false,
              List.of(),
              List.of(),
              false));
    }
    return new AnswerScore(
        question.id(),
        Status.UNSCORED,
        reason,
        0,
        null,
        threshold,
        kps,
        StarResult.notApplicable(),
        List.of(new Flag(why, null, unscoredMessage(why), List.of(), 0)),
        List.of("This answer could not be scored: " + reason + "."),
        List.of(),
        Map.of(),
        Explanation.leaf(0, "unscored: " + reason));
  }

  private static String unscoredMessage(FlagType why) {
    return switch (why) {
      case TOO_SHORT -> "The answer is too short to score.";
      case NOT_ENGLISH -> "The answer does not look like English, so it was not scored.";
      default -> "The answer is mostly numbers or symbols, so it was not scored.";
    };
  }

  private static int letterCount(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }

  private static double letterShare(String s) {
    int letters = 0;
    int visible = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      visible++;
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return visible == 0 ? 0 : (double) letters / visible;
  }

  /** Topical fit of an answer to every question of the bank, best first; empty without a bank. */
  public List<QuestionFit> rankQuestions(AnalyzedText text) {
    return bank == null ? List.of() : bank.rank(text);
  }

  /**
   * Checks the rubric: key points that overlap heavily, cues that can never match after analysis,
   * more than one required key point, and exemplars that do not cover their own rubric (fewer than
   * half the key points, or a score below the pass threshold).
   */
  public List<LintWarning> lint() {
    List<LintWarning> out = new ArrayList<>();
    Rubric rubric = question.rubric();
    for (int i = 0; i < keyPoints.size(); i++) {
      for (int j = i + 1; j < keyPoints.size(); j++) {
        double overlap = overlap(keyPoints.get(i), keyPoints.get(j));
        if (overlap >= 0.6) {
          out.add(
              new LintWarning(
                  LintWarning.Kind.OVERLAPPING_KEY_POINTS,
                  keyPoints.get(i).id() + "/" + keyPoints.get(j).id(),
                  String.format(
                      Locale.ROOT,
                      "key points '%s' and '%s' share %.0f%% of their terms",
                      keyPoints.get(i).id(),
                      keyPoints.get(j).id(),
                      overlap * 100)));
        }
      }
    }
    for (int i = 0; i < keyPoints.size(); i++) {
      CompiledPoint p = keyPoints.get(i);
      List<Boolean> empty = p.cues().stream().map(Phrase::isEmpty).toList();
      unmatchableCues(p.id(), rubric.keyPoints().get(i).cues(), empty, "key point", out);
    }
    for (int i = 0; i < redFlags.size(); i++) {
      CompiledPoint p = redFlags.get(i);
      // Red-flag cues match word for word, stop words included ("by myself"); only a cue without
      // any word can never match.
      List<Boolean> empty =
          p.cueTexts().stream()
              .map(t -> t.tokens().stream().noneMatch(QualitySignals::isWord))
              .toList();
      unmatchableCues(p.id(), rubric.redFlags().get(i).cues(), empty, "red flag", out);
    }
    List<String> required =
        rubric.keyPoints().stream().filter(KeyPoint::required).map(KeyPoint::id).toList();
    if (required.size() > 1) {
      out.add(
          new LintWarning(
              LintWarning.Kind.MANY_REQUIRED_KEY_POINTS,
              String.join("/", required),
              String.format(
                  Locale.ROOT,
                  "%d of %d key points are required (%s): an answer that words any of them in"
                      + " terms the matcher misses is capped at %s; keep required for the point no"
                      + " good answer can leave out",
                  required.size(),
                  rubric.keyPoints().size(),
                  String.join(", ", required),
                  fmt(profile.requiredCap()))));
    }
    for (int i = 0; i < rubric.exemplars().size(); i++) {
      Exemplar e = rubric.exemplars().get(i);
      if (e.gradeOrMax() < 80) {
        continue;
      }
      AnswerScore s = score(e.text());
      long covered = s.keyPoints().stream().filter(KeyPointResult::covered).count();
      if (!s.isScored() || covered * 2 < s.keyPoints().size() || s.score() < s.passThreshold()) {
        out.add(
            new LintWarning(
                LintWarning.Kind.EXEMPLAR_MISSES_RUBRIC,
                "exemplar[" + i + "]",
                String.format(
                    Locale.ROOT,
                    "exemplar %d (grade %.0f) covers %d of %d key points and scores %s",
                    i,
                    e.gradeOrMax(),
                    covered,
                    s.keyPoints().size(),
                    s.isScored() ? String.format(Locale.ROOT, "%.1f", s.score()) : "unscored")));
      }
    }
    return List.copyOf(out);
  }

  private static void unmatchableCues(
      String id, List<String> written, List<Boolean> empty, String what, List<LintWarning> out) {
    for (int c = 0; c < written.size(); c++) {
      if (empty.get(c)) {
        out.add(
            new LintWarning(
                LintWarning.Kind.UNMATCHABLE_CUE,
                id,
                "cue '"
                    + written.get(c)
                    + "' of "
                    + what
                    + " '"
                    + id
                    + (what.equals("red flag")
                        ? "' has no words and can never match"
                        : "' has only stop words after analysis and can never match")));
      }
    }
  }

  /**
   * Shared share of two key points' terms: description, paraphrases and cues, without the
   * question's own terms (which earn a key point little, so sharing them proves nothing).
   */
  private double overlap(CompiledPoint a, CompiledPoint b) {
    Set<String> ta = termsOf(a);
    Set<String> tb = termsOf(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(ta);
    inter.retainAll(tb);
    return (double) inter.size() / Math.min(ta.size(), tb.size());
  }

  private Set<String> termsOf(CompiledPoint p) {
    Set<String> out = new HashSet<>();
    for (Phrase v : p.views()) {
      out.addAll(List.of(v.terms));
    }
    for (Phrase c : p.cues()) {
      out.addAll(List.of(c.terms));
    }
    out.removeAll(questionTerms);
    return out;
  }

  /** The work of scoring one answer; local to one call. */
  private final class Run {
    private final AnalyzedText text;
    private final AnswerIndex index;

    /** Sentences that paste the rubric's hints back (see {@link QualitySignals#hintEchoes}). */
    private final List<Integer> hintEchoes;

    private final double threshold;
    private final List<Flag> flags = new ArrayList<>();

    /** Share of credit each key point's coverage keeps: structure x word order x certainty. */
    private double quality;

    /** {@link #quality} less the share of words that paste hints back, for whole-answer signals. */
    private double wholeQuality;

    /** Words in sentences that paste the rubric's hints back; they count for no length. */
    private int echoWords;

    /** The running total of contributions, before the floor and the caps. */
    private double subtotal;

    private final List<Contribution> breakdown = new ArrayList<>();
    private final List<Explanation> explanations = new ArrayList<>();
    private final Map<String, Double> signals = new LinkedHashMap<>();

    /** The answer's STAR story, detected once for the STAR signal and the key points. */
    private final StarResult story;

    /** Per red flag, the sentence that raises it, or -1; computed once. */
    private int @Nullable [] redFlagAt;

    Run(AnalyzedText text, double threshold) {
      this.text = text;
      this.story = StarDetector.detect(text, question.rubric().star());
      boolean[] distanced = QualitySignals.distanced(text);
      this.hintEchoes =
          profile.uses(Signal.HINT_ECHO)
              ? QualitySignals.hintEchoes(text, hintTerms, distanced)
              : List.of();
      this.index = new AnswerIndex(text, hintEchoes, distanced);
      this.threshold = threshold;
    }

    /**
     * What the key points came to: per-point results, the key-point signal, how many are covered
     * and denied, and what the caps need (required points missing, the least share of a missing
     * required point stated, and covered points counting partly stated ones in part).
     */
    private record KeyPointTally(
        List<KeyPointResult> results,
        double signal,
        int covered,
        int denied,
        List<Span> deniedEvidence,
        List<Explanation> explain,
        List<String> missingRequired,
        double requiredShare,
        double effectiveCovered) {}

    /** The STAR result, its signal, and whether a behavioral answer tells no example at all. */
    private record Star(StarResult result, double signal, boolean exampleMissing) {}

    /** The answer's own words (repeats and pasted hints left out) and the length signal. */
    private record Length(int words, double signal) {}

    /**
     * Best window for a compiled point: {coverage, denial, from, to} plus matched terms.
     *
     * @param story the STAR component that states the point instead of its words, or null
     */
    private record PointMatch(
        double coverage,
        double denial,
        int from,
        int to,
        List<String> matched,
        Set<String> evidence,
        StarResult.@Nullable Component story) {

      PointMatch(
          double coverage,
          double denial,
          int from,
          int to,
          List<String> matched,
          Set<String> evidence) {
        this(coverage, denial, from, to, matched, evidence, null);
      }
    }

    /**
     * Whether the answer's story can speak for key points: no red flag, no dismissive wording of
     * the writer's own and no key point denied. An opposite-stance story has an outcome too ("he
     * restarted his medication a week later"); it earns nothing for it.
     */
    private boolean earnest(PointMatch[] matches) {
      if (!profile.uses(Signal.STAR) || !story.applicable() || !index.dismissive.isEmpty()) {
        return false;
      }
      for (int at : redFlagAt()) {
        if (at >= 0) {
          return false;
        }
      }
      for (PointMatch m : matches) {
        if (denied(m)) {
          return false;
        }
      }
      return true;
    }

    /** Whether the answer states a point only to deny it: denial, but not coverage, reached. */
    private boolean denied(PointMatch m) {
      return m.denial() >= profile.coverageThreshold()
          && m.coverage() < profile.coverageThreshold();
    }

    /**
     * A key point that names a STAR component ({@code star: result}) is stated by that component of
     * an earnest story, at {@link #STORY_CREDIT} times its confidence, when that beats its words: a
     * story tells its outcome in its own words ("Within two weeks she was eating regularly again"),
     * not the rubric's ("I describe a concrete outcome"). The component's evidence must not be a
     * pasted hint.
     */
    private PointMatch storyCredit(KeyPoint k, PointMatch m, boolean earnest) {
      if (k.star() == null || !earnest || !story.has(k.star())) {
        return m;
      }
      StarResult.Component c = story.components().get(k.star());
      for (Span ev : c.evidence()) {
        for (int e : hintEchoes) {
          Span echo = index.span(e, e + 1);
          if (echo.start() < ev.end() && ev.start() < echo.end()) {
            return m;
          }
        }
      }
      double credit = STORY_CREDIT * c.confidence();
      if (credit <= m.coverage()) {
        return m;
      }
      return new PointMatch(credit, m.denial(), -1, -1, List.of(), Set.of(), c);
    }

    private PointMatch match(CompiledPoint p) {
      int n = index.sentenceCount();
      double bestCov = 0;
      double bestDen = 0;
      int bestFrom = -1;
      int bestTo = -1;
      List<String> bestTerms = List.of();
      List<Phrase> bestCues = List.of();
      for (int from = 0; from < n; from++) {
        for (int to = from + 1; to <= Math.min(n, from + 2); to++) {
          double textCov = 0;
          double textDen = 0;
          List<String> terms = List.of();
          for (Phrase v : p.views()) {
            PhraseMatch m = PhraseMatch.of(v, index, from, to);
            if (m.coverage() > textCov) {
              textCov = m.coverage();
              terms = m.matched();
            }
            textDen = Math.max(textDen, m.denial());
          }
          double hits = 0;
          int denied = 0;
          List<Phrase> hitCues = new ArrayList<>();
          for (int ci = 0; ci < p.cues().size(); ci++) {
            Phrase c = p.cues().get(ci);
            PhraseMatch m = PhraseMatch.of(c, index, from, to);
            if (m.complete()) {
              // A one-word cue is weaker evidence than a phrase ("stayed calm"), unless the word is
              // specific both in general English ("HIPAA", not "talk") and in the rubrics' field
              // ("burnout", not "client"). A cue made of the question's own words proves little.
              double hit =
                  c.terms.length > 1
                      ? 1
                      : SINGLE_TERM_CUE
                          + (1 - SINGLE_TERM_CUE)
                              * TermSpecificity.of(c.terms[0])
                              * weights.fieldSpecificity(c.terms[0]);
              hits += hit * c.ownShare;
              hitCues.add(c);
            } else if (m.coverage() == 0 && m.denial() >= 0.999 && !p.stanceCues().get(ci)) {
              denied++;
            }
          }
          double cov = combine(textCov, hits);
          double den = combine(textDen, denied);
          if (to - from == 2) {
            cov *= PAIR_DISCOUNT;
            den *= PAIR_DISCOUNT;
          }
          if (cov > bestCov + 1e-12) {
            bestCov = cov;
            bestFrom = from;
            bestTo = to;
            bestTerms = terms;
            bestCues = hitCues;
          }
          bestDen = Math.max(bestDen, den);
        }
      }
      // Shown: the rubric terms matched, then the cues; evidence: the terms behind both.
      List<String> matched = new ArrayList<>(bestTerms);
      Set<String> evidence = new HashSet<>(bestTerms);
      for (Phrase c : bestCues) {
        if (!matched.contains(c.text)) {
          matched.add(c.text);
        }
        evidence.addAll(List.of(c.terms));
      }
      return new PointMatch(
          bestCov, bestDen, bestFrom, bestTo, List.copyOf(matched), Set.copyOf(evidence));
    }

    /**
     * One statement is evidence for one key point: a point whose every evidence term is already
     * evidence for a better-covered point in overlapping sentences keeps {@link
     * #SHARED_EVIDENCE_CREDIT} of its coverage.
     */
    private PointMatch[] exclusive(List<PointMatch> raw) {
      PointMatch[] out = raw.toArray(PointMatch[]::new);
      Integer[] order = new Integer[raw.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(raw.get(b).coverage(), raw.get(a).coverage()));
      List<PointMatch> credited = new ArrayList<>();
      for (int i : order) {
        PointMatch m = raw.get(i);
        if (m.from() < 0 || m.evidence().isEmpty()) {
          continue;
        }
        Set<String> seen = new HashSet<>();
        for (PointMatch c : credited) {
          if (c.from() < m.to() && m.from() < c.to()) {
            seen.addAll(c.evidence());
          }
        }
        if (seen.containsAll(m.evidence())) {
          out[i] =
              new PointMatch(
                  m.coverage() * SHARED_EVIDENCE_CREDIT,
                  m.denial(),
                  m.from(),
                  m.to(),
                  m.matched(),
                  m.evidence());
        }
        credited.add(m);
      }
      return out;
    }

    private double combine(double textShare, double cueHits) {
      double t = QualitySignals.clamp((textShare - TEXT_FLOOR) / (TEXT_FULL - TEXT_FLOOR));
      double c = 1 - Math.pow(1 - CUE_GAIN, cueHits);
      return 1 - (1 - t) * (1 - c);
    }

    /**
     * Scores the answer. The stages run in this order, which is also the order of the breakdown, of
     * the signals and, among flags with equal penalties, of the flags.
     */
    AnswerScore run() {
      assessQuality();
      KeyPointTally kp = keyPoints();
      double exSignal = exemplarSignal();
      double topicSignal = topicSignal();
      Star star = star();
      Length length = length();
      double contentPoints = weigh(kp, exSignal, topicSignal, star, length);
      offTopic(contentPoints, star.result());
      redFlags();
      denials(kp);
      dismissive();
      List<Span> retracted = retractions();
      questionEcho();
      double score = capped(kp, star, retracted);
      flags.sort((a, b) -> Double.compare(b.penalty(), a.penalty()));
      List<String> feedback = feedback(kp.results(), star.result());
      Explanation explanation =
          Explanation.of(
              score, "score of answer to '" + question.id() + "', sum of:", explanations);
      return new AnswerScore(
          question.id(),
          Status.SCORED,
          null,
          score,
          Band.of(score),
          threshold,
          kp.results(),
          star.result(),
          flags,
          feedback,
          breakdown,
          signals,
          explanation);
    }

    /**
     * Structure, word order, hedging and pasted hints: the shares of credit the answer's content
     * can earn ({@link #quality} per key point, {@link #wholeQuality} for whole-answer signals),
     * with their flags.
     */
    private void assessQuality() {
      boolean useStructure = profile.uses(Signal.KEYWORD_LIST);
      boolean useCoherence = profile.uses(Signal.COHERENCE);
      double structure = useStructure ? QualitySignals.structure(text) : 1;
      double coherence = useCoherence ? QualitySignals.coherence(text) : 1;
      List<Span> hedges =
          profile.uses(Signal.HEDGING) ? QualitySignals.hedges(text, index.distanced) : List.of();
      double certainty = certainty(hedges.size(), text.sentences().size());
      boolean hedged = certainty < 1;
      // Sentences that paste the rubric's hints back earn nothing: they are no evidence for a key
      // point (the index leaves them out), their share of the words is taken from the
      // whole-answer signals (exemplars, topic depth, STAR), and they count for no length.
      echoWords = 0;
      for (int e : hintEchoes) {
        echoWords += QualitySignals.wordCount(text, text.sentences().get(e));
      }
      double hintEcho = text.wordCount() == 0 ? 0 : (double) echoWords / text.wordCount();
      quality = structure * coherence * certainty;
      wholeQuality = quality * (1 - hintEcho);
      signals.put("structure", structure);
      signals.put("coherence", coherence);
      signals.put("certainty", certainty);
      signals.put("hint_echo", hintEcho);
      if (!hintEchoes.isEmpty()) {
        List<Span> echoed = new ArrayList<>();
        for (int e : hintEchoes) {
          echoed.add(index.span(e, e + 1));
        }
        flags.add(
            new Flag(
                FlagType.ECHOES_HINTS,
                null,
                String.format(
                    Locale.ROOT,
                    "%s the rubric's hints instead of answering; %s nothing. Say what you did or"
                        + " would do, in your own words.",
                    echoed.size() == 1 ? "1 sentence repeats" : echoed.size() + " sentences repeat",
                    echoed.size() == 1 ? "it earns" : "they earn"),
                echoed,
                0));
      }
      if (hedged) {
        flags.add(
            new Flag(
                FlagType.HEDGED,
                null,
                String.format(
                    Locale.ROOT,
                    "The answer hedges most of what it says (%d hedges such as '%s'), so its"
                        + " content counts %d%%; say what you would do.",
                    hedges.size(),
                    hedges.get(0).text(),
                    Math.round(100 * certainty)),
                hedges,
                0));
      }
      if (structure < 0.5) {
        flags.add(
            new Flag(
                FlagType.KEYWORD_LIST,
                null,
                "The answer reads like a list of keywords; key points only count when stated in sentences.",
                List.of(),
                0));
      }
      if (coherence < 0.5) {
        flags.add(
            new Flag(
                FlagType.INCOHERENT,
                null,
                "The word order is not plausible English, so the answer's content cannot be credited.",
                List.of(),
                0));
      }
    }

    /** Coverage, evidence and denial of every key point, and the key-point signal. */
    private KeyPointTally keyPoints() {
      Rubric rubric = question.rubric();
      List<KeyPointResult> kpResults = new ArrayList<>();
      double kpWeighted = 0;
      double kpTotal = 0;
      int covered = 0;
      int deniedCount = 0;
      List<Span> deniedEvidence = new ArrayList<>();
      List<Explanation> kpExplain = new ArrayList<>();
      double requiredShare = 1;
      double maxDenial = 0;
      double effectiveCovered = 0;
      List<String> missingRequired = new ArrayList<>();
      PointMatch[] matches = exclusive(keyPoints.stream().map(this::match).toList());
      boolean earnest = earnest(matches);
      for (int i = 0; i < keyPoints.size(); i++) {
        KeyPoint k = rubric.keyPoints().get(i);
        PointMatch m = storyCredit(k, matches[i], earnest);
        maxDenial = Math.max(maxDenial, m.denial());
        boolean negated = profile.uses(Signal.CONTRADICTION) && denied(m);
        double coverage = negated ? 0 : QualitySignals.clamp(m.coverage() * quality);
        boolean isCovered = coverage >= profile.coverageThreshold();
        List<Span> evidence =
            m.story() != null
                ? m.story().evidence()
                : m.from() >= 0 && m.coverage() > 0
                    ? List.of(index.span(m.from(), m.to()))
                    : List.of();
        if (negated) {
          deniedCount++;
          evidence = denialEvidence(keyPoints.get(i));
          deniedEvidence.addAll(evidence);
        }
        kpResults.add(
            new KeyPointResult(
                k.id(),
                k.description(),
                k.weight(),
                k.required(),
                coverage,
                isCovered,
                evidence,
                negated ? List.of() : m.matched(),
                negated));
        kpWeighted += k.weight() * coverage;
        kpTotal += k.weight();
        if (isCovered) {
          covered++;
        } else if (k.required()) {
          missingRequired.add(k.id());
          // The cap loosens as a required point is partly stated, so that coverage just under the
          // threshold does not cost a cliff of points.
          requiredShare = Math.min(requiredShare, coverage / profile.coverageThreshold());
        }
        effectiveCovered += Math.min(1, coverage / profile.coverageThreshold());
        kpExplain.add(
            Explanation.leaf(
                coverage,
                String.format(
                    Locale.ROOT,
                    "coverage of '%s' (weight %s)%s",
                    k.id(),
                    fmt(k.weight()),
                    negated
                        ? ", denied"
                        : m.story() != null ? ", stated by the story's " + k.star().key() : "")));
      }
      double kpCoverage = kpWeighted / kpTotal;
      // Diminishing returns: stating most of a rubric's weight is most of a good answer, and
      // rubrics list more than any one answer needs (see CONCAVITY).
      double kpSignal = 1 - Math.pow(1 - kpCoverage, CONCAVITY);
      signals.put("key_points", kpSignal);
      signals.put("key_point_coverage", kpCoverage);
      signals.put("denial", maxDenial);
      return new KeyPointTally(
          kpResults,
          kpSignal,
          covered,
          deniedCount,
          deniedEvidence,
          kpExplain,
          missingRequired,
          requiredShare,
          effectiveCovered);
    }

    /** Similarity to the best exemplar answer, weighted by its grade. */
    private double exemplarSignal() {
      double exSignal = 0;
      double exCosine = 0;
      double exRecall = 0;
      if (!exemplars.isEmpty()) {
        double qWeight = profile.uses(Signal.QUESTION_ECHO) ? profile.questionTermWeight() : 1;
        TermVector answerVector = TermVector.of(text, weights, questionTerms, qWeight);
        for (int i = 0; i < exemplars.size(); i++) {
          double sim = answerVector.cosine(exemplars.get(i));
          exSignal =
              Math.max(exSignal, Math.min(1, sim / EXEMPLAR_SATURATION) * exemplarGrades.get(i));
          exCosine = Math.max(exCosine, sim);
          exRecall = Math.max(exRecall, answerVector.recallOf(exemplars.get(i)));
        }
        exSignal *= wholeQuality;
      }
      signals.put("exemplars", exSignal);
      // Raw figures for calibration and research: best cosine and best recall of an exemplar's
      // terms.
      signals.put("exemplar_cosine", exCosine);
      signals.put("exemplar_recall", exRecall);
      return exSignal;
    }

    /** Use of the rubric's vocabulary beyond the question's words. */
    private double topicSignal() {
      double topicShare =
          topicReference > 0 ? Math.min(1, topicMass(text) / (TOPIC_SHARE * topicReference)) : 0;
      // Diminishing returns, as for key points: a concise answer need not use every term.
      double topicSignal = (1 - Math.pow(1 - topicShare, CONCAVITY)) * wholeQuality;
      signals.put("topic_depth", topicSignal);
      return topicSignal;
    }

    /** STAR components of the story a behavioral question asks for, with their flags. */
    private Star star() {
      Rubric rubric = question.rubric();
      StarResult star = story;
      boolean exampleMissing = profile.uses(Signal.STAR) && noExample(star);
      double starSignal = star.applicable() ? star.score() * wholeQuality : 0;
      if (star.applicable()) {
        signals.put("star", starSignal);
        List<String> missing = new ArrayList<>();
        for (StarComponent c : rubric.star().components()) {
          if (!star.has(c)) {
            missing.add(c.key());
          }
        }
        if (exampleMissing) {
          flags.add(
              new Flag(
                  FlagType.NO_EXAMPLE,
                  null,
                  "The question asks for an example and the answer tells of none (no situation, no"
                      + " action of your own), so it earns at most "
                      + fmt(profile.gateCap())
                      + " points; describe one real case.",
                  List.of(),
                  0));
        }
        if (!missing.isEmpty()) {
          flags.add(
              new Flag(
                  FlagType.STAR_INCOMPLETE,
                  null,
                  "The example lacks a clear " + listed(missing) + ".",
                  List.of(),
                  0));
        }
      }
      return new Star(star, starSignal, exampleMissing);
    }

    /** Length against the rubric's expectation, with repeated sentences left out. */
    private Length length() {
      Rubric rubric = question.rubric();
      // Sentences that repeat an earlier one count for nothing.
      int words = text.wordCount() - echoWords;
      List<Integer> repeated = new ArrayList<>(QualitySignals.repeatedSentences(text));
      repeated.removeAll(hintEchoes);
      if (!repeated.isEmpty()) {
        List<Span> repeats = new ArrayList<>();
        for (int r : repeated) {
          words -= QualitySignals.wordCount(text, text.sentences().get(r));
          repeats.add(index.span(r, r + 1));
        }
        flags.add(
            new Flag(
                FlagType.REPEATED_TEXT,
                null,
                repeated.size() == 1
                    ? "The answer repeats 1 sentence; the repeat counts for no length."
                    : "The answer repeats "
                        + repeated.size()
                        + " sentences; repeats count for no length.",
                repeats,
                0));
      }
      double lengthSignal = QualitySignals.lengthFit(words, rubric.length());
      signals.put("length", lengthSignal);
      if (words < rubric.length().minWords()) {
        flags.add(
            new Flag(
                FlagType.TOO_SHORT,
                null,
                "The answer has "
                    + words
                    + (echoWords > 0 ? " words of its own" : " words")
                    + "; at least "
                    + rubric.length().minWords()
                    + " are expected.",
                List.of(),
                0));
      } else if (words > rubric.length().maxWords()) {
        flags.add(
            new Flag(
                FlagType.TOO_LONG,
                null,
                "The answer has "
                    + words
                    + " words; at most "
                    + rubric.length().maxWords()
                    + " are expected.",
                List.of(),
                0));
      }
      return new Length(words, lengthSignal);
    }

    /**
     * Adds the weighted signals to the subtotal, the weights redistributed over the signals that
     * apply; returns the content points (all but length), which off-topic and generic answers lose
     * a share of.
     */
    private double weigh(
        KeyPointTally kp, double exSignal, double topicSignal, Star star, Length length) {
      Rubric rubric = question.rubric();
      double wKp = profile.uses(Signal.KEY_POINTS) ? profile.keyPointWeight() : 0;
      double wEx =
          profile.uses(Signal.EXEMPLARS) && !exemplars.isEmpty() ? profile.exemplarWeight() : 0;
      double wTopic = profile.uses(Signal.TOPIC_DEPTH) ? profile.topicWeight() : 0;
      double wStar =
          profile.uses(Signal.STAR) && star.result().applicable() ? profile.starWeight() : 0;
      double wLen = profile.uses(Signal.LENGTH) ? profile.lengthWeight() : 0;
      double wSum = wKp + wEx + wTopic + wStar + wLen;
      if (wSum <= 0) {
        wKp = 1;
        wSum = 1;
      }
      wKp /= wSum;
      wEx /= wSum;
      wTopic /= wSum;
      wStar /= wSum;
      wLen /= wSum;
      subtotal +=
          add(
              "key_points",
              kp.signal(),
              wKp,
              "weighted coverage of "
                  + keyPoints.size()
                  + " key points ("
                  + kp.covered()
                  + " covered)",
              kp.explain());
      if (wEx > 0) {
        subtotal +=
            add("exemplars", exSignal, wEx, "similarity to the best exemplar answer", List.of());
      }
      if (wTopic > 0) {
        subtotal +=
            add(
                "topic_depth",
                topicSignal,
                wTopic,
                "use of the topic's vocabulary beyond the question's words",
                List.of());
      }
      if (wStar > 0) {
        subtotal += add("star", star.signal(), wStar, "STAR components found", List.of());
      }
      if (wLen > 0) {
        subtotal +=
            add(
                "length",
                length.signal(),
                wLen,
                length.words()
                    + " words against the expected "
                    + rubric.length().minWords()
                    + "-"
                    + rubric.length().maxWords(),
                List.of());
      }
      return 100
          * (wKp * kp.signal() + wEx * exSignal + wTopic * topicSignal + wStar * star.signal());
    }

    /** Answers that fit another question of the bank better, or every question about as well. */
    private void offTopic(double contentPoints, StarResult star) {
      boolean offTopic = profile.uses(Signal.OFF_TOPIC);
      boolean generic = profile.uses(Signal.GENERIC);
      if (bank == null || bank.size() < 2 || !(offTopic || generic)) {
        return;
      }
      List<QuestionFit> ranking = bank.rank(text);
      // This question's place in the ranking, from 1, and its fit.
      int ownRank = 0;
      double own = 0;
      for (int r = 0; r < ranking.size(); r++) {
        if (ranking.get(r).questionId().equals(question.id())) {
          ownRank = r + 1;
          own = ranking.get(r).fit();
        }
      }
      double offTopicFactor = 1;
      if (offTopic) {
        QuestionFit best = ranking.get(0);
        signals.put("topic_fit", own);
        signals.put(
            "topic_best_other",
            ownRank == 1 ? (ranking.size() > 1 ? ranking.get(1).fit() : 0) : best.fit());
        // Banks ask near-identical questions: an answer clearly behind the best question is
        // off-topic when that question is not a near-twin of this one, or when even three
        // questions fit it better.
        boolean twin = bank.similarity(question.id(), best.questionId()) >= TWIN_SIMILARITY;
        if ((ownRank > 3 || !twin) && own < profile.offTopicRatio() * best.fit()) {
          offTopicFactor = profile.offTopicFactor();
          subtotal +=
              contentPenalty(
                  FlagType.OFF_TOPIC,
                  best.questionId(),
                  String.format(
                      Locale.ROOT,
                      "The answer fits question '%s' better than this one (fit %.2f vs %.2f).",
                      best.questionId(),
                      best.fit(),
                      own),
                  (1 - offTopicFactor) * contentPoints,
                  "content points reduced: the answer fits '" + best.questionId() + "' better");
        }
      }
      // Generic: an answer of all-purpose virtues fits unrelated questions nearly as well as this
      // one, though this one may still rank first.
      double unrelated = 0;
      for (QuestionFit f : ranking) {
        if (unrelatedQuestions.contains(f.questionId())) {
          unrelated += f.fit();
        }
      }
      if (generic
          && offTopicFactor == 1
          && unrelatedQuestions.size() >= GENERIC_MIN_UNRELATED
          && unrelated > 0) {
        double specificity = own / (unrelated / unrelatedQuestions.size());
        signals.put("topic_specificity", specificity);
        if (specificity < GENERIC_SPECIFICITY && !tellsExample(star)) {
          double shortfall =
              Math.min(1, (GENERIC_SPECIFICITY - specificity) / (GENERIC_SPECIFICITY - 1));
          subtotal +=
              contentPenalty(
                  FlagType.GENERIC,
                  null,
                  String.format(
                      Locale.ROOT,
                      "The answer fits unrelated questions almost as well as this one (%.2fx their"
                          + " average fit; on-topic answers reach %.1fx or more), so it says"
                          + " little about this question; name what you would do here.",
                      specificity,
                      GENERIC_SPECIFICITY),
                  (1 - profile.offTopicFactor()) * shortfall * contentPoints,
                  "content points reduced: the answer fits unrelated questions almost as well");
        }
      }
    }

    /** Red flags: one sentence must state the flag (a whole cue, or most of its description). */
    private void redFlags() {
      Rubric rubric = question.rubric();
      if (profile.uses(Signal.RED_FLAGS)) {
        double total = 0;
        for (int i = 0; i < redFlags.size(); i++) {
          RedFlag f = rubric.redFlags().get(i);
          int at = redFlagAt()[i];
          if (at >= 0) {
            double p = Math.min(f.penalty(), Math.max(0, profile.maxPenalty() - total));
            total += p;
            flags.add(
                new Flag(
                    FlagType.RED_FLAG,
                    f.id(),
                    "Red flag: " + f.description(),
                    List.of(index.span(at, at + 1)),
                    p));
            subtotal += penalty("red_flag:" + f.id(), p, "red flag '" + f.id() + "' raised");
          }
        }
      }
    }

    /** Key points the answer states only to deny. */
    private void denials(KeyPointTally kp) {
      if (kp.denied() > 0) {
        double p = Math.min(profile.maxPenalty(), kp.denied() * profile.contradictionPenalty());
        flags.add(
            new Flag(
                FlagType.CONTRADICTS_KEY_POINTS,
                null,
                "The answer denies "
                    + kp.denied()
                    + (kp.denied() == 1 ? " key point" : " key points")
                    + " of a good answer.",
                kp.deniedEvidence(),
                p));
        subtotal +=
            penalty("contradiction", p, kp.denied() + " key points stated only to be denied");
      }
    }

    /** Dismissive or unprofessional wording of the writer's own. */
    private void dismissive() {
      if (profile.uses(Signal.DISMISSIVE)) {
        List<Span> hits = index.dismissive;
        if (!hits.isEmpty()) {
          double p = Math.min(profile.maxPenalty(), hits.size() * profile.dismissivePenalty());
          flags.add(
              new Flag(
                  FlagType.DISMISSIVE_LANGUAGE,
                  null,
                  "Dismissive or unprofessional wording: " + quoteAll(hits) + ".",
                  hits,
                  p));
          subtotal += penalty("dismissive", p, hits.size() + " dismissive phrases");
        }
      }
    }

    /** Where the answer takes itself back, in so many words or by sarcasm. */
    private List<Span> retractions() {
      List<Span> retracted = new ArrayList<>();
      if (profile.uses(Signal.CONTRADICTION)) {
        retracted.addAll(QualitySignals.retractions(text, index.distanced));
        retracted.addAll(QualitySignals.sarcasm(text, index.distanced));
        retracted.sort(Comparator.comparingInt(Span::start));
      }
      if (!retracted.isEmpty()) {
        flags.add(
            new Flag(
                FlagType.RETRACTED,
                null,
                "The answer takes back what it says ("
                    + quoteAll(retracted)
                    + "), so it earns at most "
                    + fmt(RETRACTED_CAP)
                    + " points.",
                retracted,
                0));
      }
      return retracted;
    }

    /** Answers that mostly repeat the question's own words. */
    private void questionEcho() {
      double echo = echoShare();
      signals.put("question_echo", echo);
      if (profile.uses(Signal.QUESTION_ECHO) && echo >= 0.6) {
        flags.add(
            new Flag(
                FlagType.ECHOES_QUESTION,
                null,
                "Most of the answer's content words repeat the question; they earn nothing.",
                List.of(),
                0));
      }
    }

    /** The subtotal floored at 0 and held under every cap that applies: the score. */
    private double capped(KeyPointTally kp, Star star, List<Span> retracted) {
      Rubric rubric = question.rubric();
      if (subtotal < 0) {
        breakdown.add(
            new Contribution("floor", -subtotal, 1, -subtotal, "the score cannot go below 0"));
        explanations.add(Explanation.leaf(-subtotal, "floor at 0"));
        subtotal = 0;
      }
      double requiredCap =
          profile.requiredCap() + (100 - profile.requiredCap()) * kp.requiredShare();
      if (!kp.missingRequired().isEmpty() && subtotal > requiredCap) {
        double cut = subtotal - requiredCap;
        subtotal +=
            penalty(
                "cap:required",
                cut,
                "capped at "
                    + fmt(requiredCap)
                    + ": required key point(s) missing: "
                    + String.join(", ", kp.missingRequired()));
      }
      if (rubric.minKeyPoints() > 0 && kp.covered() < rubric.minKeyPoints()) {
        // "At least k of n": the cap rises from gateCap towards 100 with the partly stated points.
        double share = Math.min(1, kp.effectiveCovered() / rubric.minKeyPoints());
        double gateCap = profile.gateCap() + (100 - profile.gateCap()) * share * share;
        if (subtotal > gateCap) {
          subtotal +=
              penalty(
                  "cap:min_key_points",
                  subtotal - gateCap,
                  "capped at "
                      + fmt(gateCap)
                      + ": "
                      + kp.covered()
                      + " of at least "
                      + rubric.minKeyPoints()
                      + " key points covered");
        }
      }
      if (!retracted.isEmpty() && subtotal > RETRACTED_CAP) {
        subtotal +=
            penalty(
                "cap:retracted",
                subtotal - RETRACTED_CAP,
                "capped at " + fmt(RETRACTED_CAP) + ": the answer takes back what it says");
      }
      if (!keyPoints.isEmpty() && kp.covered() == 0 && subtotal > profile.gateCap()) {
        // Partial matches on every point, and none stated, is not a passable answer.
        subtotal +=
            penalty(
                "cap:none_covered",
                subtotal - profile.gateCap(),
                "capped at " + fmt(profile.gateCap()) + ": no key point covered");
      }
      if (star.exampleMissing() && subtotal > profile.gateCap()) {
        subtotal +=
            penalty(
                "cap:no_example",
                subtotal - profile.gateCap(),
                "capped at " + fmt(profile.gateCap()) + ": no example told");
      }
      return Math.max(0, Math.min(100, subtotal));
    }

    private double add(
        String name, double value, double weight, String description, List<Explanation> details) {
      double points = 100 * weight * value;
      breakdown.add(new Contribution(name, value, weight, points, description));
      explanations.add(
          Explanation.of(
              points,
              String.format(
                  Locale.ROOT,
                  "%s: 100 x weight %.3f x value %.3f (%s)",
                  name,
                  weight,
                  value,
                  description),
              details));
      return points;
    }

    /**
     * Raises a flag that takes {@code points} of content points away, and records them in the
     * breakdown under the flag's key; returns the (negative) contribution.
     */
    private double contentPenalty(
        FlagType type, @Nullable String id, String message, double points, String description) {
      flags.add(new Flag(type, id, message, List.of(), Math.min(100, points)));
      return penalty(type.key(), points, description);
    }

    private double penalty(String name, double points, String description) {
      breakdown.add(new Contribution(name, points, 1, -points, description));
      explanations.add(Explanation.leaf(-points, name + ": " + description));
      return -points;
    }

    private int[] redFlagAt() {
      if (redFlagAt == null) {
        int[] at = new int[redFlags.size()];
        for (int i = 0; i < at.length; i++) {
          at[i] = redFlagSentence(redFlags.get(i));
        }
        redFlagAt = at;
      }
      return redFlagAt;
    }

    /**
     * The first sentence that states a red flag, or -1: a cue word for word (lemmas, outside
     * negation scopes, quotations and rejected views), or most of the description with matching
     * polarity in a sentence that does not mostly report or reject someone else's view.
     */
    private int redFlagSentence(CompiledPoint p) {
      for (int s = 0; s < index.sentenceCount(); s++) {
        for (AnalyzedText c : p.cueTexts()) {
          if (index.containsSequence(c, s)) {
            return s;
          }
        }
        // A run-on sentence (a transcript without full stops) holds the words of almost any
        // description; only a cue, word for word, raises a flag there.
        if (index.mostlyDistanced(s)
            || QualitySignals.wordCount(text, text.sentences().get(s)) > RED_FLAG_MAX_WORDS) {
          continue;
        }
        for (Phrase v : p.views()) {
          if (PhraseMatch.of(v, index, s, s + 1, true).coverage() >= RED_FLAG_THRESHOLD) {
            return s;
          }
        }
      }
      return -1;
    }

    private List<Span> denialEvidence(CompiledPoint p) {
      int n = index.sentenceCount();
      double best = 0;
      int at = -1;
      for (int s = 0; s < n; s++) {
        double d = 0;
        for (Phrase v : p.views()) {
          d = Math.max(d, PhraseMatch.of(v, index, s, s + 1).denial());
        }
        for (int ci = 0; ci < p.cues().size(); ci++) {
          PhraseMatch m = PhraseMatch.of(p.cues().get(ci), index, s, s + 1);
          if (m.coverage() == 0 && m.denial() >= 0.999 && !p.stanceCues().get(ci)) {
            d = Math.max(d, 0.5);
          }
        }
        if (d > best) {
          best = d;
          at = s;
        }
      }
      return at < 0 ? List.of() : List.of(index.span(at, at + 1));
    }

    private double echoShare() {
      int content = 0;
      int echoed = 0;
      for (Token t : text.tokens()) {
        if (t.term() != null) {
          content++;
          if (questionTerms.contains(t.term())) {
            echoed++;
          }
        }
      }
      return content == 0 ? 0 : (double) echoed / content;
    }

    private List<String> feedback(List<KeyPointResult> kps, StarResult star) {
      List<String> out = new ArrayList<>();
      List<String> coveredText = new ArrayList<>();
      for (KeyPointResult r : kps) {
        if (r.covered()) {
          coveredText.add(lowerFirst(stripDot(r.description())));
        }
      }
      if (!coveredText.isEmpty()) {
        out.add("Covered: " + String.join("; ", coveredText) + ".");
      }
      for (int i = 0; i < kps.size(); i++) {
        KeyPointResult r = kps.get(i);
        if (r.covered()) {
          continue;
        }
        KeyPoint k = question.rubric().keyPoints().get(i);
        String prefix =
            r.negated()
                ? "You argued against this point: "
                : (r.required() ? "Missing (required): " : "Missing: ");
        out.add(prefix + terminated(k.hintOrDescription()));
      }
      if (star.applicable()) {
        for (StarResult.Component c : star.components().values()) {
          if (!c.found()) {
            out.add(starHint(c.component()));
          }
        }
      }
      for (Flag f : flags) {
        if (f.type() != FlagType.STAR_INCOMPLETE) {
          out.add(f.message());
        }
      }
      return out;
    }
  }

  /**
   * Whether a behavioral answer tells no example at all: of the situation and action it should
   * state, it states neither.
   */
  /**
   * Whether a behavioral answer tells the case its question asks for (a situation, or an action of
   * the writer's). Broad behavioral questions ("a difficult situation with a client") draw stories
   * that fit many questions; the story itself is what is specific.
   */
  private static boolean tellsExample(StarResult star) {
    return star.applicable() && !noExample(star);
  }

  private static boolean noExample(StarResult star) {
    boolean expected = false;
    for (StarComponent c : List.of(StarComponent.SITUATION, StarComponent.ACTION)) {
      if (star.components().containsKey(c)) {
        expected = true;
        if (star.has(c)) {
          return false;
        }
      }
    }
    return expected;
  }

  private static String starHint(StarComponent c) {
    return switch (c) {
      case SITUATION -> "STAR: set the scene first - where you were, who was involved and when.";
      case TASK -> "STAR: say what you were responsible for or what needed to be achieved.";
      case ACTION ->
          "STAR: describe the specific steps you took yourself (\"I called...\", \"I arranged...\").";
      case RESULT ->
          "STAR: finish with the result - what changed, ideally with a number, and what you learned.";
    };
  }

  private static String quoteAll(List<Span> spans) {
    List<String> q = new ArrayList<>();
    for (Span s : spans) {
      String t = "\"" + s.text() + "\"";
      if (!q.contains(t)) {
        q.add(t);
      }
    }
    return String.join(", ", q);
  }

  /** The text without its final full stop, question or exclamation mark. */
  private static String stripDot(String s) {
    String t = s.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!")
        ? t.substring(0, t.length() - 1).strip()
        : t;
  }

  /** The text ending in one sentence mark: its own "?" or "!", else a full stop. */
  private static String terminated(String s) {
    String t = s.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
  }

  /** "a", "a and b", "a, b and c". */
  static String listed(List<String> items) {
    int n = items.size();
    return n <= 1
        ? String.join("", items)
        : String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }

  private static String lowerFirst(String s) {
    boolean pronounI = s.startsWith("I ") || s.startsWith("I'");
    if (!pronounI
        && s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && !Character.isUpperCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
