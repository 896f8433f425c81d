package dev.answereval.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a {@link Phrase} a window of the answer states with the phrase's own polarity ({@code
 * coverage}) and how much it states only with the opposite polarity ({@code denial}), both as
 * shares of the phrase's term weight in [0, 1].
 */
record PhraseMatch(double coverage, double denial, List<String> matched) {

  /** Credit for a term found only through a synonym. */
  static final double SYNONYM_CREDIT = 0.8;

  static PhraseMatch of(Phrase p, AnswerIndex a, int from, int to) {
    return of(p, a, from, to, false);
  }

  /**
   * With {@code strictPolarity}, as red flags need, "avoid X" in the answer counts as a negated X,
   * "X is a waste of time" as a stated X, and X in someone else's words as nothing; without it, as
   * key points need, "avoid X" agrees with either polarity, a dismissed X is denied and a quoted or
   * reported X is stated.
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
        if ((sm & AnswerIndex.EXACT_DISMISSED) != 0) {
          m |= AnswerIndex.SYN_DISMISSED;
        }
        if ((sm & AnswerIndex.EXACT_DISTANCED) != 0) {
          m |= AnswerIndex.SYN_DISTANCED;
        }
        if ((sm & AnswerIndex.EXACT_UNASSERTED) != 0) {
          m |= AnswerIndex.SYN_UNASSERTED;
        }
      }
      // A term negated where the writer asserts nothing, inside a condition ("if there's something
      // I don't understand") or in someone else's words ("she asked me not to tell anyone"), is
      // neither stated nor denied for key points, unless the rubric negates it too ("if the path
      // is not closed"); for red flags it is negated.
      if (strictPolarity || p.negated[i]) {
        if ((m & AnswerIndex.EXACT_UNASSERTED) != 0) {
          m |= AnswerIndex.EXACT_NEG;
        }
        if ((m & AnswerIndex.SYN_UNASSERTED) != 0) {
          m |= AnswerIndex.SYN_NEG;
        }
      }
      m &= ~(AnswerIndex.EXACT_UNASSERTED | AnswerIndex.SYN_UNASSERTED);
      // Someone else's words state a key point's term (the answer quotes or reports it), but
      // raise no red flag.
      if (!strictPolarity) {
        if ((m & AnswerIndex.EXACT_DISTANCED) != 0) {
          m |= AnswerIndex.EXACT_POS;
        }
        if ((m & AnswerIndex.SYN_DISTANCED) != 0) {
          m |= AnswerIndex.SYN_POS;
        }
      }
      m &= ~(AnswerIndex.EXACT_DISTANCED | AnswerIndex.SYN_DISTANCED);
      if (m == 0) {
        continue;
      }
      // Soft negation ("avoid X") reads as a stance for key points, agreeing with either polarity,
      // and as a negation for red flags.
      if ((m & AnswerIndex.EXACT_SOFT) != 0) {
        m |= strictPolarity ? AnswerIndex.EXACT_NEG : AnswerIndex.EXACT_POS | AnswerIndex.EXACT_NEG;
      }
      if ((m & AnswerIndex.SYN_SOFT) != 0) {
        m |= strictPolarity ? AnswerIndex.SYN_NEG : AnswerIndex.SYN_POS | AnswerIndex.SYN_NEG;
      }
      // A term in a clause the writer dismisses ("safety plans are a waste of time") states the
      // red flag, and denies the key point.
      if ((m & AnswerIndex.EXACT_DISMISSED) != 0) {
        m |= strictPolarity ? AnswerIndex.EXACT_POS : AnswerIndex.EXACT_NEG;
      }
      if ((m & AnswerIndex.SYN_DISMISSED) != 0) {
        m |= strictPolarity ? AnswerIndex.SYN_POS : AnswerIndex.SYN_NEG;
      }
      // Polarity must agree: a negatively phrased rubric term ("rather than arguing", "not
      // safe") is stated only by a negated answer term, so "I argued with him" does not state
      // "I listened rather than arguing".
      int exact = p.negated[i] ? AnswerIndex.EXACT_NEG : AnswerIndex.EXACT_POS;
      int synonym = p.negated[i] ? AnswerIndex.SYN_NEG : AnswerIndex.SYN_POS;
      double credit = (m & exact) != 0 ? 1 : (m & synonym) != 0 ? SYNONYM_CREDIT : 0;
      if (credit > 0) {
        cov += p.weights[i] * credit;
        matched.add(p.terms[i]);
      } else {
        // Stated only with the opposite polarity: a denial. Denying a term the rubric asserts
        // counts in full; mentioning a term the rubric negates, or a synonym, counts less.
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
