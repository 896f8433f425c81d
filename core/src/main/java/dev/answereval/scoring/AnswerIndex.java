package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Sentence;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of an analyzed answer, per sentence, with the polarity they occur in. Built once per
 * scored answer; local to one {@code score} call.
 */
final class AnswerIndex {
  static final int EXACT_POS = 1;
  static final int EXACT_NEG = 2;
  static final int SYN_POS = 4;
  static final int SYN_NEG = 8;
  static final int EXACT_SOFT = 16;
  static final int SYN_SOFT = 32;

  /** In a clause the writer dismisses ("screening tools are a waste of time"). */
  static final int EXACT_DISMISSED = 64;

  static final int SYN_DISMISSED = 128;

  /**
   * Stated in someone else's words (quoted, or a view reported for someone else): a statement for
   * key points, nothing for red flags.
   */
  static final int EXACT_DISTANCED = 256;

  static final int SYN_DISTANCED = 512;

  /**
   * Negated where the writer asserts nothing: inside a condition ("if there's something I don't
   * understand") or in someone else's words ("she asked me not to tell anyone"). Neither stated nor
   * denied for key points; negated for red flags.
   */
  static final int EXACT_UNASSERTED = 1024;

  static final int SYN_UNASSERTED = 2048;

  final AnalyzedText text;
  final boolean[] negated;

  /**
   * Per token: someone else's words, not the writer's stance (see {@link
   * QualitySignals#distanced}).
   */
  final boolean[] distanced;

  /** Dismissive wording of the writer's own (see {@link QualitySignals#dismissive}). */
  final List<Span> dismissive;

  private final List<Map<String, Integer>> sentenceMasks;

  AnswerIndex(AnalyzedText text) {
    this(text, List.of(), QualitySignals.distanced(text));
  }

  /**
   * An index that leaves out some sentences: they keep their place but hold no terms, so they are
   * evidence for nothing.
   *
   * @param excluded indices of the sentences to leave out
   * @param distanced {@link QualitySignals#distanced} of the text, computed once by the caller
   */
  AnswerIndex(AnalyzedText text, List<Integer> excluded, boolean[] distanced) {
    this.text = text;
    this.negated = Polarity.effectiveNegation(text);
    this.distanced = distanced;
    boolean[] soft = Polarity.softNegation(text, negated);
    boolean[] conditional = Polarity.conditionalNegation(text, negated);
    this.dismissive = List.copyOf(QualitySignals.dismissive(text, distanced));
    boolean[] dismissed = QualitySignals.dismissedClauses(text, dismissive);
    this.sentenceMasks = new ArrayList<>(text.sentences().size());
    for (Sentence s : text.sentences()) {
      Map<String, Integer> masks = new HashMap<>();
      if (excluded.contains(s.index())) {
        sentenceMasks.add(masks);
        continue;
      }
      for (Token t : text.tokens(s)) {
        if (t.term() == null) {
          continue;
        }
        boolean neg = negated[t.index()];
        boolean dis = dismissed[t.index()];
        boolean far = distanced[t.index()];
        int exact =
            soft[t.index()]
                ? EXACT_SOFT
                : conditional[t.index()] || (neg && far)
                    ? EXACT_UNASSERTED
                    : neg ? EXACT_NEG : dis ? EXACT_DISMISSED : far ? EXACT_DISTANCED : EXACT_POS;
        int syn =
            soft[t.index()]
                ? SYN_SOFT
                : conditional[t.index()] || (neg && far)
                    ? SYN_UNASSERTED
                    : neg ? SYN_NEG : dis ? SYN_DISMISSED : far ? SYN_DISTANCED : SYN_POS;
        masks.merge(t.term(), exact, (a, b) -> a | b);
        for (String synonym : t.synonyms()) {
          masks.merge(synonym, syn, (a, b) -> a | b);
        }
      }
      sentenceMasks.add(masks);
    }
  }

  /** Whether most words of a sentence are distanced: it reports or rejects a view. */
  boolean mostlyDistanced(int sentence) {
    int words = 0;
    int far = 0;
    for (Token t : text.tokens(text.sentences().get(sentence))) {
      if (QualitySignals.isWord(t)) {
        words++;
        if (distanced[t.index()]) {
          far++;
        }
      }
    }
    return words > 0 && 2 * far > words;
  }

  int sentenceCount() {
    return sentenceMasks.size();
  }

  /** The polarity bits of a term over sentences [from, to). */
  int mask(String term, int from, int to) {
    int m = 0;
    for (int s = from; s < to; s++) {
      Integer b = sentenceMasks.get(s).get(term);
      if (b != null) {
        m |= b;
      }
    }
    return m;
  }

  /**
   * Whether a sentence contains the lemma sequence of a phrase word for word (punctuation ignored),
   * not inside a negation scope unless the phrase itself is negated, and not in distanced words.
   */
  boolean containsSequence(AnalyzedText phrase, int sentence) {
    List<Token> want = new ArrayList<>();
    boolean phraseNegated = false;
    for (Token t : phrase.tokens()) {
      if (QualitySignals.isWord(t)) {
        want.add(t);
        phraseNegated |= t.negationCue();
      }
    }
    if (want.isEmpty()) {
      return false;
    }
    List<Token> have = new ArrayList<>();
    for (Token t : text.tokens(text.sentences().get(sentence))) {
      if (QualitySignals.isWord(t)) {
        have.add(t);
      }
    }
    outer:
    for (int i = 0; i + want.size() <= have.size(); i++) {
      for (int j = 0; j < want.size(); j++) {
        Token h = have.get(i + j);
        if (!h.lemma().equals(want.get(j).lemma())
            || (!phraseNegated && (negated[h.index()] || h.negated()))
            || distanced[h.index()]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The answer's span for sentences [from, to). */
  Span span(int from, int to) {
    Sentence a = text.sentences().get(from);
    Sentence b = text.sentences().get(to - 1);
    return Span.of(text.original(), a.start(), b.end());
  }
}
