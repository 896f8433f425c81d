package dev.answereval.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a {@link Phrase} a window of the answer states ({@code coverage}) and how much it
 * states only inside negation scopes the phrase does not share ({@code denial}), both as shares of
 * the phrase's term weight in [0, 1].
 */
record PhraseMatch(double coverage, double denial, List<String> matched) {

  /** Credit for a term found only through a synonym. */
  static final double SYNONYM_CREDIT = 0.8;

  static PhraseMatch of(Phrase p, AnswerIndex a, int from, int to) {
    return of(p, a, from, to, false);
  }

  /**
   * With {@code strictPolarity}, negatively phrased rubric terms match only negated answer terms,
   * as red flags need ("not serious" must not match "how serious it is").
   */
  static PhraseMatch of(Phrase p, AnswerIndex a, int from, int to, boolean strictPolarity) {
    if (p.isEmpty()) {
      return new PhraseMatch(0, 0, List.of());
    }
    double cov = 0;
    double den = 0;
    List<String> matched = new ArrayList<>();
    for (int i = 0; i < p.terms.length; i++) {
      int m = a.mask(p.terms[i], from, to);
      for (String syn : p.synonyms[i]) {
        int sm = a.mask(syn, from, to);
        if ((sm & AnswerIndex.EXACT_POS) != 0) {
          m |= AnswerIndex.SYN_POS;
        }
        if ((sm & AnswerIndex.EXACT_NEG) != 0) {
          m |= AnswerIndex.SYN_NEG;
        }
        if ((sm & AnswerIndex.EXACT_SOFT) != 0) {
          m |= AnswerIndex.SYN_SOFT;
        }
      }
      if (m == 0) {
        continue;
      }
      // Soft negation ("avoid X") reads as a stance for key points and as a negation for red flags.
      if ((m & AnswerIndex.EXACT_SOFT) != 0) {
        m |= strictPolarity ? AnswerIndex.EXACT_NEG : AnswerIndex.EXACT_POS;
      }
      if ((m & AnswerIndex.SYN_SOFT) != 0) {
        m |= strictPolarity ? AnswerIndex.SYN_NEG : AnswerIndex.SYN_POS;
      }
      double credit = 0;
      if ((m & AnswerIndex.EXACT_POS) != 0) {
        credit = 1;
      } else if ((m & AnswerIndex.SYN_POS) != 0) {
        credit = SYNONYM_CREDIT;
      }
      if (p.negated[i] && strictPolarity) {
        credit =
            (m & AnswerIndex.EXACT_NEG) != 0
                ? 1
                : (m & AnswerIndex.SYN_NEG) != 0 ? SYNONYM_CREDIT : 0;
      } else if (p.negated[i]) {
        // A negatively phrased rubric term matches either way: polarity is not checked.
        if ((m & AnswerIndex.EXACT_NEG) != 0) {
          credit = 1;
        } else if ((m & AnswerIndex.SYN_NEG) != 0) {
          credit = Math.max(credit, SYNONYM_CREDIT);
        }
      }
      if (credit > 0) {
        cov += p.weights[i] * credit;
        matched.add(p.terms[i]);
      } else {
        double d = (m & AnswerIndex.EXACT_NEG) != 0 ? 1 : SYNONYM_CREDIT;
        den += p.weights[i] * d;
      }
    }
    return new PhraseMatch(
        Math.min(1, cov / p.totalWeight), Math.min(1, den / p.totalWeight), List.copyOf(matched));
  }

  /** Whether every term of the phrase is stated (a cue hit). */
  boolean complete() {
    return coverage >= 0.999;
  }
}
