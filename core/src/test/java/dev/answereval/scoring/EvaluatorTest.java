package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.RedFlag;
import dev.answereval.rubric.Rubric;
import dev.answereval.text.AnalyzedText;
import dev.answereval.text.TextAnalyzer;
import dev.answereval.text.TextInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluator behaviour on a small confidentiality rubric built in code. */
class EvaluatorTest {
  static final String QUESTION_TEXT =
      "How do you protect a client's confidentiality when their family asks about their"
          + " treatment?";

  static final Rubric RUBRIC =
      Rubric.builder()
          .keyPoint(
              new KeyPoint(
                  "consent",
                  "I only share information about the client with their written consent.",
                  2,
                  true,
                  List.of("consent", "release form"),
                  List.of(),
                  "Say that sharing needs the client's consent."))
          .keyPoint(
              new KeyPoint(
                  "limits",
                  "I explain the limits of confidentiality, such as a serious risk of harm to"
                      + " someone.",
                  1,
                  false,
                  List.of("limits of confidentiality", "duty to warn"),
                  List.of(),
                  null))
          .keyPoint(
              KeyPoint.of(
                  "family",
                  "I listen to the family's worries and offer general support without discussing"
                      + " the case."))
          .keyPoint(KeyPoint.of("records", "I never share records without consent."))
          .redFlag(
              new RedFlag(
                  "disclose",
                  "I tell the family everything about the treatment.",
                  List.of("tell their family", "tell the family"),
                  20))
          .build();

  static final Question QUESTION = Question.of("conf", QUESTION_TEXT, RUBRIC);

  /** Says the key points in other words: "permission", "release form", "seriously hurt". */
  static final String PARAPHRASE =
      "When relatives call me, I first check whether the client has signed a release form, and"
          + " without that permission I give out nothing about them. I tell them plainly that"
          + " confidentiality has limits: if someone could be seriously hurt, I have to act. I hear"
          + " out their concerns and point them to a carers' support group, but I do not talk about"
          + " the case itself.";

  /** The consent and limits points, almost in the rubric's words. */
  static final String DIRECT =
      "I only share information about the client with their written consent. I explain the limits"
          + " of confidentiality, such as a serious risk of harm to someone.";

  static final String PROSE =
      "I ask for consent and a release form before I speak to anyone. I explain the limits of"
          + " confidentiality and the duty to warn when there is a risk of harm. I listen to the"
          + " family's worries and offer general support, and I keep records private to protect"
          + " trust.";

  /** PROSE's words in random order (Collections.shuffle with new Random(1)). */
  static final String SHUFFLED =
      "explain I listen speak and form duty confidentiality ask of private support, release limits"
          + " I harm. worries offer is the anyone. a I warn keep the to the there I I and to and for"
          + " trust. consent of and protect general to before when records family's a risk to";

  /** PROSE's content words as a bare list. */
  static final String KEYWORDS =
      "consent, release form, limits of confidentiality, duty to warn, risk, harm, family worries,"
          + " general support, records, privacy, trust";

  static final String DENIES_CONSENT =
      "I would never ask for consent before speaking to relatives about a client. I think families"
          + " deserve to know what is happening in therapy sessions every week.";

  static final String RAISES_FLAG =
      "If the mother calls, I tell the family everything they want to know about the sessions"
          + " because they pay for the treatment and they care about her.";

  static final String REFUSES_FLAG =
      "I would never tell their family anything about the sessions. I listen to their worries and"
          + " explain that I can only talk about general support.";

  static final String ECHO =
      "How do you protect a client's confidentiality when their family asks about their"
          + " treatment? I protect the client's confidentiality when their family asks about their"
          + " treatment.";

  static final String SPANISH =
      "Cuando la familia llama, no comparto ninguna información sobre el cliente sin su"
          + " consentimiento por escrito, porque la confianza es la base de nuestro trabajo.";

  static final List<String> SCORED_ANSWERS =
      List.of(
          PARAPHRASE,
          DIRECT,
          SHUFFLED,
          PROSE,
          KEYWORDS,
          DENIES_CONSENT,
          RAISES_FLAG,
          REFUSES_FLAG,
          ECHO);

  private static final Evaluator EVALUATOR = Evaluator.of(QUESTION);

  private static Contribution line(AnswerScore s, String signal) {
    return s.breakdown().stream()
        .filter(c -> c.signal().equals(signal))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no breakdown line '" + signal + "'"));
  }

  private static List<String> signalNames(AnswerScore s) {
    return s.breakdown().stream().map(Contribution::signal).toList();
  }

  private static Flag flag(AnswerScore s, FlagType type) {
    return s.flags().stream()
        .filter(f -> f.type() == type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no flag " + type));
  }

  @Test
  void paraphraseWithSynonymsCoversTheKeyPointWithTheRightSentenceAsEvidence() {
    AnswerScore s = EVALUATOR.score(PARAPHRASE);

    KeyPointResult limits = s.keyPoint("limits").orElseThrow();
    assertThat(limits.covered()).isTrue();
    assertThat(limits.negated()).isFalse();
    // "hurt" is credited as "harm", "limits" (plural noun) as "limit".
    assertThat(limits.matchedTerms()).contains("harm", "limit", "confidential");
    assertThat(limits.evidence()).hasSize(1);
    Span ev = limits.evidence().get(0);
    assertThat(ev.text()).isEqualTo(PARAPHRASE.substring(ev.start(), ev.end()));
    assertThat(ev.text())
        .isEqualTo(
            "I tell them plainly that confidentiality has limits: if someone could be seriously"
                + " hurt, I have to act.");

    KeyPointResult consent = s.keyPoint("consent").orElseThrow();
    assertThat(consent.covered()).isTrue();
    assertThat(consent.evidence().get(0).text())
        .isEqualTo(
            "When relatives call me, I first check whether the client has signed a release form,"
                + " and without that permission I give out nothing about them.");
    assertThat(consent.matchedTerms()).contains("release form");
  }

  @Test
  void anotherFormOfTheSameWordCountsLikeASynonym() {
    Question crisis =
        Question.of(
            "crisis",
            "How do you handle a crisis with a client?",
            Rubric.builder()
                .keyPoint(KeyPoint.of("safety", "Safety is my first priority."))
                .keyPoint(KeyPoint.of("assess", "I assess the risk directly."))
                .build());
    String answer =
        "In a crisis I prioritize safety above everything else, and my assessment of the risk"
            + " comes straight after that.";
    AnswerScore withForms = Evaluator.of(crisis).score(answer);
    AnswerScore without =
        Evaluator.builder(crisis)
            .analyzer(TextAnalyzer.builder().wordNetSynonyms(false).build())
            .build()
            .score(answer);

    KeyPointResult safety = withForms.keyPoint("safety").orElseThrow();
    KeyPointResult assess = withForms.keyPoint("assess").orElseThrow();
    assertThat(safety.matchedTerms()).containsExactly("safety", "priority");
    assertThat(assess.matchedTerms()).containsExactly("assess", "risk");
    assertThat(without.keyPoint("safety").orElseThrow().matchedTerms()).containsExactly("safety");
    assertThat(without.keyPoint("assess").orElseThrow().matchedTerms()).containsExactly("risk");
    assertThat(safety.coverage())
        .isGreaterThan(without.keyPoint("safety").orElseThrow().coverage());
    assertThat(assess.coverage())
        .isGreaterThan(without.keyPoint("assess").orElseThrow().coverage());
  }

  @Test
  void practicesNamedOnlyToBeDismissedAreDeniedButStillRaiseTheRedFlag() {
    Question q =
        Question.of(
            "risk",
            "How do you assess a client's risk of self-harm?",
            Rubric.builder()
                .keyPoint(
                    KeyPoint.of(
                        "screening", "I use screening tools such as the PHQ-9 and the Columbia."))
                .keyPoint(KeyPoint.of("ask", "I ask directly about suicidal thoughts."))
                .redFlag(
                    new RedFlag(
                        "no-tools",
                        "Screening tools are pointless.",
                        List.of("screening tools are pointless"),
                        20))
                .build());
    AnswerScore s =
        Evaluator.of(q)
            .score(
                "Screening tools such as the PHQ-9 and the Columbia are pointless, and I ask"
                    + " directly about suicidal thoughts when I have a feeling.");

    KeyPointResult screening = s.keyPoint("screening").orElseThrow();
    assertThat(screening.covered()).isFalse();
    assertThat(screening.negated()).isTrue();
    assertThat(s.keyPoint("ask").orElseThrow().covered()).isTrue();
    assertThat(s.flags()).extracting(Flag::type).contains(FlagType.RED_FLAG);
  }

  @Test
  void moreHedgingKeepsLessContent() {
    assertThat(Evaluator.certainty(2, 2)).isEqualTo(1.0);
    assertThat(Evaluator.certainty(3, 7)).isEqualTo(1.0);
    assertThat(Evaluator.certainty(3, 6)).isEqualTo(Evaluator.HEDGED_FACTOR);
    assertThat(Evaluator.certainty(6, 6)).isCloseTo(0.6, within(1e-9));
    assertThat(Evaluator.certainty(12, 6)).isEqualTo(Evaluator.HEDGED_FLOOR);
    assertThat(Evaluator.certainty(30, 6)).isEqualTo(Evaluator.HEDGED_FLOOR);
  }

  @Test
  void anAnswerThatHedgesMostOfWhatItSaysKeepsLessOfItsContent() {
    String hedged =
        "I guess I would maybe ask for consent and a release form before I speak to anyone. I"
            + " suppose I might explain the limits of confidentiality and the duty to warn. I"
            + " listen to the family's worries, probably, and offer general support.";
    String plain =
        "I ask for consent and a release form before I speak to anyone. I explain the limits"
            + " of confidentiality and the duty to warn. I listen to the family's worries and"
            + " offer general support.";
    AnswerScore h = EVALUATOR.score(hedged);
    AnswerScore p = EVALUATOR.score(plain);

    Flag f = flag(h, FlagType.HEDGED);
    assertThat(f.evidence())
        .extracting(Span::text)
        .containsExactly("I guess", "maybe", "I suppose", "I might", "probably");
    assertThat(f.penalty()).isEqualTo(0.0);
    // Five hedges in three sentences: 0.7 - 0.3 * (5/3 - 1/2) / 1.5.
    assertThat(h.signals().get("certainty")).isCloseTo(0.4667, within(1e-4));
    assertThat(f.message()).contains("(5 hedges such as 'I guess'), so its content counts 47%");
    assertThat(p.signals().get("certainty")).isEqualTo(1.0);
    assertThat(p.hasFlag(FlagType.HEDGED)).isFalse();
    assertThat(h.score()).isLessThan(p.score() - 10);
    // One hedge in a plain answer, or hedges in someone else's words, are not hedging.
    assertThat(EVALUATOR.score("Maybe it sounds strict, but " + plain).hasFlag(FlagType.HEDGED))
        .isFalse();
    assertThat(
            EVALUATOR
                .score(
                    plain
                        + " Relatives often tell me \"I guess she might be fine, maybe, I don't"
                        + " know\".")
                .hasFlag(FlagType.HEDGED))
        .isFalse();
  }

  @Test
  void sentencesThatPasteTheRubricsHintsBackEarnNothing() {
    String hint = "Say that sharing needs the client's consent.";
    String limits =
        "I explain the limits of confidentiality, such as a serious risk of harm to someone.";
    AnswerScore pasted = EVALUATOR.score(hint + " " + limits);

    Flag f = flag(pasted, FlagType.ECHOES_HINTS);
    assertThat(f.evidence()).extracting(Span::text).containsExactly(hint);
    assertThat(f.penalty()).isEqualTo(0.0);
    KeyPointResult consent = pasted.keyPoint("consent").orElseThrow();
    assertThat(consent.coverage()).isEqualTo(0.0);
    assertThat(consent.evidence()).isEmpty();
    assertThat(pasted.keyPoint("limits").orElseThrow().covered()).isTrue();
    // 7 of the 22 words are the hint's, and they count for no length.
    assertThat(pasted.signals().get("hint_echo")).isEqualTo(7.0 / 22);
    assertThat(flag(pasted, FlagType.TOO_SHORT).message())
        .isEqualTo("The answer has 15 words of its own; at least 40 are expected.");

    // The same point in the writer's own voice counts.
    AnswerScore own =
        EVALUATOR.score("Sharing needs the client's consent, so I ask first. " + limits);
    assertThat(own.hasFlag(FlagType.ECHOES_HINTS)).isFalse();
    assertThat(own.signals().get("hint_echo")).isEqualTo(0.0);
    assertThat(own.keyPoint("consent").orElseThrow().covered()).isTrue();
    assertThat(own.score()).isGreaterThan(pasted.score() + 10);

    // Switched off, the pasted hint counts like any sentence.
    ScoringProfile off = ScoringProfile.defaults().toBuilder().disable(Signal.HINT_ECHO).build();
    AnswerScore unchecked = Evaluator.of(QUESTION, off).score(hint + " " + limits);
    assertThat(unchecked.hasFlag(FlagType.ECHOES_HINTS)).isFalse();
    assertThat(unchecked.keyPoint("consent").orElseThrow().coverage()).isGreaterThan(0.5);
  }

  @Test
  void keyPointStatedOnlyInsideANegationIsDeniedNotCovered() {
    AnswerScore s = EVALUATOR.score(DENIES_CONSENT);

    KeyPointResult consent = s.keyPoint("consent").orElseThrow();
    assertThat(consent.covered()).isFalse();
    assertThat(consent.negated()).isTrue();
    assertThat(consent.coverage()).isEqualTo(0.0);
    assertThat(consent.matchedTerms()).isEmpty();
    assertThat(consent.evidence())
        .extracting(Span::text)
        .containsExactly(
            "I would never ask for consent before speaking to relatives about a client.");

    Flag contradiction = flag(s, FlagType.CONTRADICTS_KEY_POINTS);
    assertThat(contradiction.penalty()).isEqualTo(8.0);
    assertThat(contradiction.message())
        .isEqualTo("The answer denies 1 key point of a good answer.");
    assertThat(contradiction.evidence()).isEqualTo(consent.evidence());
    assertThat(line(s, "contradiction").points()).isEqualTo(-8.0);
    assertThat(s.feedback())
        .contains("You argued against this point: Say that sharing needs the client's consent.");
  }

  @Test
  void negativelyPhrasedKeyPointIsCoveredByANegativelyPhrasedAnswer() {
    // "I never share records without consent." is a double negation: a condition, not a denial.
    String answer =
        "I never share records without the client's consent, and the paper files stay locked in"
            + " my office.";
    AnswerScore s = EVALUATOR.score(answer);

    KeyPointResult records = s.keyPoint("records").orElseThrow();
    assertThat(records.covered()).isTrue();
    assertThat(records.negated()).isFalse();
    assertThat(records.matchedTerms()).contains("share", "record", "consent");
    assertThat(s.hasFlag(FlagType.CONTRADICTS_KEY_POINTS)).isFalse();
  }

  @Test
  void aNegationInsideAConditionDeniesNothing() {
    // The writer neither states nor denies consent: the sentences say what they do without it.
    for (String answer :
        List.of(
            "Without the client's consent, I can still listen to the family's worries and offer"
                + " general support.",
            "If the client has not given consent, I listen to the family's worries and offer"
                + " general support.")) {
      AnswerScore s = EVALUATOR.score(answer);
      KeyPointResult consent = s.keyPoint("consent").orElseThrow();
      assertThat(consent.negated()).as(answer).isFalse();
      assertThat(consent.covered()).as(answer).isFalse();
      assertThat(s.keyPoint("family").orElseThrow().covered()).as(answer).isTrue();
      assertThat(s.hasFlag(FlagType.CONTRADICTS_KEY_POINTS)).as(answer).isFalse();
    }
    // Before a negated clause, a fronted "Without ..." is a double negation that states the point.
    AnswerScore fronted =
        EVALUATOR.score(
            "Without the client's written consent, I share nothing about the client with the"
                + " family, however worried they are.");
    assertThat(fronted.keyPoint("consent").orElseThrow().covered()).isTrue();
    assertThat(fronted.hasFlag(FlagType.CONTRADICTS_KEY_POINTS)).isFalse();
    // Not a condition: a "without" inside the clause still denies.
    AnswerScore denies =
        EVALUATOR.score(
            "I talk to the family about the client's treatment without consent, because they"
                + " care about the client.");
    assertThat(denies.keyPoint("consent").orElseThrow().negated()).isTrue();
    assertThat(denies.hasFlag(FlagType.CONTRADICTS_KEY_POINTS)).isTrue();
  }

  @Test
  void someoneElsesNegationDeniesNothing() {
    // The brother's words are his, not the writer's: consent is neither stated nor denied there.
    AnswerScore s =
        EVALUATOR.score(
            "Her brother insisted she had never given consent for anything, and he was angry"
                + " with the whole team about it.");
    assertThat(s.keyPoint("consent").orElseThrow().negated()).isFalse();
    assertThat(s.hasFlag(FlagType.CONTRADICTS_KEY_POINTS)).isFalse();
    // "I'd" is the writer: what follows "I'd tell" is the writer's own stance, not a report.
    AnswerScore own =
        EVALUATOR.score(
            "I'd tell the family that I never ask for consent before I share anything with them.");
    assertThat(own.keyPoint("consent").orElseThrow().negated()).isTrue();
  }

  @Test
  void notIgnoringAPracticeStatesItAndIgnoringItDeniesIt() {
    AnswerScore heeds =
        EVALUATOR.score(
            "I never ignore the limits of confidentiality: if someone could be harmed, I act on"
                + " my duty to warn and tell the client so.");
    KeyPointResult limits = heeds.keyPoint("limits").orElseThrow();
    assertThat(limits.covered()).isTrue();
    assertThat(limits.negated()).isFalse();
    assertThat(heeds.hasFlag(FlagType.CONTRADICTS_KEY_POINTS)).isFalse();

    AnswerScore ignores =
        EVALUATOR.score(
            "I ignore the limits of confidentiality and the duty to warn, because clients should"
                + " be able to trust me with anything.");
    assertThat(ignores.keyPoint("limits").orElseThrow().negated()).isTrue();
    assertThat(ignores.hasFlag(FlagType.CONTRADICTS_KEY_POINTS)).isTrue();
  }

  @Test
  void stanceKeyPointIsNotCoveredByTheOppositeStance() {
    Rubric rubric =
        Rubric.builder()
            .keyPoint(KeyPoint.of("dual", "I avoid dual relationships with my clients."))
            .keyPoint(KeyPoint.of("argue", "I listen to my clients rather than arguing with them."))
            .build();
    Evaluator e =
        Evaluator.of(Question.of("b", "How do you maintain boundaries with clients?", rubric));
    String stance =
        "I avoid dual relationships with my clients, and we never enter a friendship or business"
            + " deal. I listen to my clients and never argue with them about their choices.";
    String opposite =
        "I do not avoid dual relationships with my clients, so we become friends and do business"
            + " together. I listen to my clients, but I argue with them when their choices are"
            + " poor.";

    AnswerScore held = e.score(stance);
    assertThat(held.keyPoint("dual").orElseThrow().covered()).isTrue();
    assertThat(held.keyPoint("argue").orElseThrow().covered()).isTrue();

    AnswerScore flipped = e.score(opposite);
    KeyPointResult dual = flipped.keyPoint("dual").orElseThrow();
    KeyPointResult argue = flipped.keyPoint("argue").orElseThrow();
    assertThat(dual.covered()).isFalse();
    assertThat(dual.matchedTerms()).doesNotContain("dual", "relationship");
    assertThat(argue.matchedTerms()).contains("listen").doesNotContain("argue");
    assertThat(argue.coverage()).isLessThan(held.keyPoint("argue").orElseThrow().coverage());
    assertThat(flipped.score()).isLessThan(held.score() - 30);
  }

  @Test
  void cuesThatNameWhatAPointAvoidsCountOnlyWhenTheAnswerAvoidsThemToo() {
    Rubric rubric =
        Rubric.builder()
            .keyPoint(
                new KeyPoint(
                    "dual",
                    "I avoid dual relationships, gifts and friendships on social media.",
                    1,
                    false,
                    List.of("gifts", "social media", "supervision"),
                    List.of(),
                    null))
            .build();
    Evaluator e =
        Evaluator.of(Question.of("b", "How do you maintain boundaries with clients?", rubric));

    // "gifts" and "social media" name what the point avoids: hits when declined ...
    AnswerScore declines =
        e.score("I never accept gifts and I do not add clients on social media.");
    assertThat(declines.keyPoint("dual").orElseThrow().matchedTerms())
        .contains("gifts", "social media");
    // ... not when done, and merely naming them is no denial.
    AnswerScore does = e.score("I accept gifts from my clients and I add them on social media.");
    KeyPointResult dual = does.keyPoint("dual").orElseThrow();
    assertThat(dual.matchedTerms()).doesNotContain("gifts", "social media");
    assertThat(dual.covered()).isFalse();
    assertThat(dual.negated()).isFalse();
    assertThat(declines.score()).isGreaterThan(does.score() + 20);
    // A cue the point does not avoid ("supervision") counts as usual.
    assertThat(
            e.score("I take questions about gifts and contact to supervision.")
                .keyPoint("dual")
                .orElseThrow()
                .matchedTerms())
        .contains("supervision")
        .doesNotContain("gifts");
  }

  @Test
  void redFlagIsRaisedByItsCueWithItsPenaltyInTheBreakdown() {
    AnswerScore s = EVALUATOR.score(RAISES_FLAG);

    Flag f = flag(s, FlagType.RED_FLAG);
    assertThat(f.id()).isEqualTo("disclose");
    assertThat(f.penalty()).isEqualTo(20.0);
    assertThat(f.message())
        .isEqualTo("Red flag: I tell the family everything about the treatment.");
    assertThat(f.evidence()).extracting(Span::text).containsExactly(RAISES_FLAG);
    Contribution c = line(s, "red_flag:disclose");
    assertThat(c.points()).isEqualTo(-20.0);
    assertThat(c.weight()).isEqualTo(1.0);
  }

  @Test
  void redFlagIsNotRaisedWhenTheAnswerNegatesIt() {
    AnswerScore s = EVALUATOR.score(REFUSES_FLAG);

    assertThat(s.hasFlag(FlagType.RED_FLAG)).isFalse();
    assertThat(signalNames(s)).noneMatch(n -> n.startsWith("red_flag:"));
    assertThat(s.covers("family")).isTrue();
  }

  @Test
  void keywordListIsFlaggedAndScoresFarBelowProseWithTheSameWords() {
    AnswerScore list = EVALUATOR.score(KEYWORDS);
    AnswerScore prose = EVALUATOR.score(PROSE);

    assertThat(list.hasFlag(FlagType.KEYWORD_LIST)).isTrue();
    assertThat(prose.hasFlag(FlagType.KEYWORD_LIST)).isFalse();
    assertThat(list.signals().get("structure")).isLessThan(0.5);
    assertThat(prose.signals().get("structure")).isEqualTo(1.0);
    assertThat(prose.covers("consent")).isTrue();
    assertThat(list.keyPoints()).noneMatch(KeyPointResult::covered);
    assertThat(list.score()).isLessThan(prose.score() / 2);
  }

  @Test
  void shuffledWordsAreFlaggedIncoherentAndScoreBelowTheOriginal() {
    AnswerScore shuffled = EVALUATOR.score(SHUFFLED);
    AnswerScore original = EVALUATOR.score(PROSE);

    assertThat(shuffled.hasFlag(FlagType.INCOHERENT)).isTrue();
    assertThat(original.hasFlag(FlagType.INCOHERENT)).isFalse();
    assertThat(shuffled.signals().get("coherence")).isLessThan(0.5);
    assertThat(original.signals().get("coherence")).isEqualTo(1.0);
    assertThat(shuffled.keyPoints()).noneMatch(KeyPointResult::covered);
    assertThat(shuffled.score()).isLessThan(original.score() / 2);
  }

  @Test
  void repeatingTheQuestionEarnsOnlyTheLengthPoints() {
    AnswerScore s = EVALUATOR.score(ECHO);

    assertThat(s.hasFlag(FlagType.ECHOES_QUESTION)).isTrue();
    assertThat(s.signals().get("question_echo")).isEqualTo(1.0);
    assertThat(s.keyPoints()).noneMatch(KeyPointResult::covered);
    assertThat(line(s, "key_points").points()).isEqualTo(0.0);
    assertThat(line(s, "topic_depth").points()).isEqualTo(0.0);
    assertThat(s.score()).isCloseTo(line(s, "length").points(), within(1e-9));
    assertThat(s.band()).isEqualTo(Band.INSUFFICIENT);
  }

  @Test
  void repeatedSentencesCountForNoLength() {
    String once = "I only share information about a client with their written consent.";
    String twice = "I only share information about clients with their written consent.";
    AnswerScore single = EVALUATOR.score(once);
    AnswerScore repeated = EVALUATOR.score(String.join(" ", once, twice, once, once));

    Flag flag = flag(repeated, FlagType.REPEATED_TEXT);
    assertThat(flag.message())
        .isEqualTo("The answer repeats 3 sentences; repeats count for no length.");
    assertThat(flag.penalty()).isEqualTo(0.0);
    assertThat(flag.evidence()).extracting(Span::text).containsExactly(twice, once, once);
    assertThat(flag.evidence().get(0).start()).isEqualTo(once.length() + 1);
    assertThat(line(repeated, "length").value()).isEqualTo(line(single, "length").value());
    assertThat(repeated.flags())
        .filteredOn(f -> f.type() == FlagType.TOO_SHORT)
        .extracting(Flag::message)
        .containsExactly("The answer has 11 words; at least 40 are expected.");
    assertThat(single.hasFlag(FlagType.REPEATED_TEXT)).isFalse();
    assertThat(EVALUATOR.score(PROSE).hasFlag(FlagType.REPEATED_TEXT)).isFalse();
  }

  @Test
  void topicsNamedInTemplateSentencesReadAsAKeywordList() {
    String template =
        "I value consent and a release form. I think about the limits of confidentiality and the"
            + " duty to warn. I care about the family's worries and general support. I believe in"
            + " records that are never shared without consent.";
    AnswerScore s = EVALUATOR.score(template);

    assertThat(QualitySignals.topicListShare(EVALUATOR.analyzer().analyze(template)))
        .isEqualTo(1.0);
    assertThat(s.hasFlag(FlagType.KEYWORD_LIST)).isTrue();
    assertThat(s.signals().get("structure")).isLessThan(0.5);
    assertThat(EVALUATOR.score(PROSE).hasFlag(FlagType.KEYWORD_LIST)).isFalse();
    assertThat(s.score()).isLessThan(EVALUATOR.score(PROSE).score() - 30);
  }

  @Test
  void anAnswerThatCoversNoKeyPointIsCappedAtTheGateCap() {
    ScoringProfile strict = ScoringProfile.defaults().toBuilder().coverageThreshold(1).build();
    AnswerScore s = Evaluator.of(QUESTION, strict).score(PROSE);

    assertThat(s.keyPoints()).noneMatch(KeyPointResult::covered);
    assertThat(s.score()).isEqualTo(45.0);
    assertThat(line(s, "cap:none_covered").description())
        .isEqualTo("capped at 45: no key point covered");
  }

  @Test
  void missingRequiredKeyPointCapsTheScore() {
    // Covers limits, family and records, but not the required consent point.
    String answer =
        "I explain the limits of confidentiality and the duty to warn when there is a serious risk"
            + " of harm to someone. I listen to the family's worries and offer general support"
            + " without discussing the case.";
    ScoringProfile low = ScoringProfile.defaults().toBuilder().requiredCap(20).build();
    ScoringProfile none = ScoringProfile.defaults().toBuilder().requiredCap(100).build();
    AnswerScore capped = Evaluator.of(QUESTION, low).score(answer);
    AnswerScore uncapped = Evaluator.of(QUESTION, none).score(answer);
    AnswerScore byDefault = EVALUATOR.score(answer);

    assertThat(capped.covers("consent")).isFalse();
    // Not stated at all, so the cap is the profile's requiredCap itself.
    assertThat(capped.keyPoint("consent").orElseThrow().coverage()).isEqualTo(0.0);
    assertThat(uncapped.score()).isGreaterThan(20);
    assertThat(capped.score()).isCloseTo(20, within(1e-9));
    Contribution cap = line(capped, "cap:required");
    assertThat(cap.points()).isCloseTo(20 - uncapped.score(), within(1e-9));
    assertThat(cap.description()).isEqualTo("capped at 20: required key point(s) missing: consent");
    assertThat(byDefault.score()).isCloseTo(Math.min(55, uncapped.score()), within(1e-9));
    assertThat(signalNames(uncapped)).doesNotContain("cap:required");
    assertThat(capped.feedback())
        .contains("Missing (required): Say that sharing needs the client's consent.");
  }

  @Test
  void minKeyPointsGateCapsTheScore() {
    // DIRECT states consent and limits and does not touch family. Its only words for records
    // ("share", "consent") already count for the consent point, so records is partly stated.
    Rubric gated = RUBRIC.toBuilder().minKeyPoints(4).build();
    Evaluator evaluator = Evaluator.of(Question.of("conf", QUESTION_TEXT, gated));
    AnswerScore ungated = EVALUATOR.score(DIRECT);
    AnswerScore s = evaluator.score(DIRECT);

    assertThat(s.keyPoints())
        .extracting(KeyPointResult::covered)
        .containsExactly(true, true, false, false);
    assertThat(s.keyPoint("family").orElseThrow().coverage()).isEqualTo(0.0);
    double records = s.keyPoint("records").orElseThrow().coverage();
    assertThat(records).isGreaterThan(0).isLessThan(0.4);
    // The cap is gateCap + (100 - gateCap) * share^2, share = the points stated (partly stated
    // ones in proportion to the coverage threshold) over the 4 needed.
    double share = (2 + records / 0.4) / 4;
    double cap = 45 + 55 * share * share;
    assertThat(ungated.score()).isGreaterThan(cap);
    assertThat(s.score()).isCloseTo(cap, within(1e-9));
    assertThat(line(s, "cap:min_key_points").description())
        .isEqualTo(
            String.format(
                java.util.Locale.ROOT, "capped at %.2f: 2 of at least 4 key points covered", cap));
    assertThat(signalNames(ungated)).doesNotContain("cap:min_key_points");
  }

  @Test
  void oneWordIsEvidenceForOneKeyPoint() {
    KeyPoint composed =
        new KeyPoint(
            "composed", "I stayed calm and composed.", 1, false, List.of("calm"), List.of(), null);
    KeyPoint outcome =
        new KeyPoint(
            "outcome",
            "By the end the client was settled and safe.",
            1,
            false,
            List.of("calmer"),
            List.of(),
            null);
    String question = "Tell me about a crisis you handled.";
    String answer = "During the crisis I stayed calm and spoke slowly.";
    Rubric alone = Rubric.builder().keyPoint(outcome).build();
    Rubric both = Rubric.builder().keyPoint(composed).keyPoint(outcome).build();

    // Both evaluators share one bank's term statistics, so only the rubric differs.
    Question qAlone = Question.of("alone", question, alone);
    Question qBoth = Question.of("both", question, both);
    BankIndex bank =
        BankIndex.of(List.of(qAlone, qBoth), TextAnalyzer.english(), SimilarityKind.BM25);
    double outcomeAlone =
        Evaluator.builder(qAlone)
            .bank(bank)
            .build()
            .score(answer)
            .keyPoint("outcome")
            .orElseThrow()
            .coverage();
    AnswerScore s = Evaluator.builder(qBoth).bank(bank).build().score(answer);

    // "calm" (the cue "calmer" analyzes to it) is the outcome's only evidence and already counts
    // for
    // the better-covered "composed", so the outcome keeps half its coverage.
    assertThat(outcomeAlone).isGreaterThan(0);
    assertThat(s.keyPoint("composed").orElseThrow().coverage()).isGreaterThan(outcomeAlone);
    assertThat(s.keyPoint("outcome").orElseThrow().coverage())
        .isCloseTo(outcomeAlone / 2, within(1e-12));
  }

  @Test
  void passThresholdOfTheRubricOverridesTheProfile() {
    Rubric strict = RUBRIC.toBuilder().passThreshold(100.0).build();
    AnswerScore lenient = EVALUATOR.score(PROSE);
    AnswerScore s = Evaluator.of(Question.of("conf", QUESTION_TEXT, strict)).score(PROSE);

    assertThat(lenient.passThreshold()).isEqualTo(60.0);
    assertThat(lenient.passed()).isTrue();
    assertThat(s.passThreshold()).isEqualTo(100.0);
    assertThat(s.score()).isEqualTo(lenient.score());
    assertThat(s.passed()).isFalse();

    ScoringProfile profile = ScoringProfile.defaults().toBuilder().passThreshold(99).build();
    AnswerScore both =
        Evaluator.of(Question.of("conf", QUESTION_TEXT, strict), profile).score(PROSE);
    assertThat(both.passThreshold()).isEqualTo(100.0);
    assertThat(Evaluator.of(QUESTION, profile).score(PROSE).passThreshold()).isEqualTo(99.0);
  }

  @Test
  void scaledMapsTheScoreOntoACustomScale() {
    AnswerScore zero = EVALUATOR.score(RAISES_FLAG + " Frankly, privacy rules are overrated.");
    AnswerScore prose = EVALUATOR.score(PROSE);

    assertThat(zero.score()).isEqualTo(0.0);
    assertThat(zero.scaled(Scale.of(1, 10))).isEqualTo(1.0);
    assertThat(zero.scaled(new Scale(0, 5, 0.5))).isEqualTo(0.0);
    assertThat(prose.scaled(Scale.PERCENT)).isEqualTo(prose.score());
    assertThat(prose.scaled(new Scale(0, 10, 0))).isCloseTo(prose.score() / 10, within(1e-12));
    double grade = prose.scaled(Scale.of(1, 5));
    assertThat(grade).isEqualTo(Math.rint(grade));
    assertThat(grade).isEqualTo(Math.round(4 * prose.score() / 100.0) + 1.0);
  }

  @Test
  void breakdownAddsUpToTheScoreAndTheExplanationRootIsTheScore() {
    for (String answer : SCORED_ANSWERS) {
      AnswerScore s = EVALUATOR.score(answer);
      double sum = s.breakdown().stream().mapToDouble(Contribution::points).sum();
      assertThat(sum).as(answer).isCloseTo(s.score(), within(1e-9));
      assertThat(s.explanation().value()).as(answer).isEqualTo(s.score());
      assertThat(s.explanation().sumOfDetails()).as(answer).isCloseTo(s.score(), within(1e-9));
      assertThat(s.band()).isEqualTo(Band.of(s.score()));
    }
  }

  @Test
  void tooShortAnswerIsUnscoredAndScoreAndBandThrow() {
    AnswerScore s = EVALUATOR.score("Sharing needs consent, so I check first.");

    assertThat(s.isScored()).isFalse();
    assertThat(s.status()).isEqualTo(Status.UNSCORED);
    assertThat(s.reason()).isEqualTo("too short to score: 7 words, at least 8 needed");
    assertThat(s.passed()).isFalse();
    assertThat(s.breakdown()).isEmpty();
    assertThatThrownBy(s::score)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "answer to 'conf' was not scored: too short to score: 7 words, at least 8 needed");
    assertThatThrownBy(s::band).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> s.scaled(Scale.of(1, 10))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTooShortMessageSaysWhichTokensWereReadAsSymbolsRatherThanWords() {
    AnswerScore s = EVALUATOR.score("x x x x x x x x x x");
    AnalyzedText text = EVALUATOR.analyzer().analyze("x x x x x x x x x x");
    long symbols = text.tokens().stream().filter(t -> t.pos().equals("SYM")).count();

    assertThat(symbols).isEqualTo(7);
    assertThat(text.wordCount()).isEqualTo(3);
    assertThat(s.reason())
        .isEqualTo(
            "too short to score: 3 words, at least 8 needed (7 tokens such as 'x' were read as"
                + " symbols, not words)");
  }

  @Test
  void spanishParagraphIsUnscoredAsNotEnglish() {
    AnswerScore s = EVALUATOR.score(SPANISH);

    assertThat(s.isScored()).isFalse();
    assertThat(s.reason())
        .matches("does not look like English \\(English-word score 0\\.\\d\\d\\)");
    assertThat(s.keyPoints()).noneMatch(KeyPointResult::covered);
    assertThatThrownBy(s::score)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("answer to 'conf' was not scored: does not look like English");
    assertThatThrownBy(s::band).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shortChineseAnswerIsUnscoredAsNotEnglishRatherThanTooShort() {
    AnswerScore s = EVALUATOR.score("我会先征得客户的书面同意，然后才会和家人谈论任何治疗细节。我也会解释保密的限度");

    assertThat(s.isScored()).isFalse();
    assertThat(s.reason()).startsWith("does not look like English");
    assertThat(EVALUATOR.score("I would ask for consent.").reason())
        .isEqualTo("too short to score: 5 words, at least 8 needed");
  }

  @Test
  void anUnscoredAnswerCarriesTheFlagThatStoppedIt() {
    AnswerScore tooShort = EVALUATOR.score("I tell my friends everything.");
    AnswerScore french =
        EVALUATOR.score(
            "Je demande toujours le consentement écrit du client avant de parler à sa famille de"
                + " son traitement.");
    AnswerScore numbers =
        EVALUATOR.score(
            "My scores by quarter were these: 1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9, 1.2, 2.3,"
                + " 3.4.");

    assertThat(tooShort.flags())
        .containsExactly(
            new Flag(FlagType.TOO_SHORT, null, "The answer is too short to score.", List.of(), 0));
    assertThat(french.flags()).extracting(Flag::type).containsExactly(FlagType.NOT_ENGLISH);
    assertThat(numbers.flags()).extracting(Flag::type).containsExactly(FlagType.NOT_TEXT);
    assertThat(tooShort.hasFlag(FlagType.RED_FLAG)).isFalse();
  }

  @Test
  void answerOfMostlyNumbersIsUnscoredAsNonText() {
    AnswerScore s =
        EVALUATOR.score(
            "My team scores were 2021: 95/100, 2022: 97/100, 2023: 99/100 and 2024: 98/100 in"
                + " total.");

    assertThat(s.isScored()).isFalse();
    assertThat(s.reason())
        .isEqualTo("mostly non-text: fewer than half of the characters are letters");
    assertThatThrownBy(s::band)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "answer to 'conf' was not scored: mostly non-text: fewer than half of the characters"
                + " are letters");
  }

  @Test
  void answerWhosePunctuationOutnumbersItsLettersIsUnscoredAsNonText() {
    // 28 letters against 46 digits, dots and commas: punctuation is not a letter.
    AnswerScore s =
        EVALUATOR.score(
            "My scores by quarter were these: 1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9, 1.2, 2.3,"
                + " 3.4.");

    assertThat(s.isScored()).isFalse();
    assertThat(s.reason())
        .isEqualTo("mostly non-text: fewer than half of the characters are letters");
  }

  /** Two good sentences that later tests add wording to. */
  private static final String CONSENT_AND_LIMITS =
      "I ask for consent and a release form before I speak to anyone. I explain the limits of"
          + " confidentiality and the duty to warn when there is a risk of harm.";

  @Test
  void dismissiveWordingIsPenalizedButRejectingItIsNot() {
    String base = CONSENT_AND_LIMITS;
    AnswerScore plain = EVALUATOR.score(base);
    AnswerScore rejecting =
        EVALUATOR.score(
            base
                + " I would never call a client lazy or manipulative, and I never force them to"
                + " talk.");
    AnswerScore dismissive =
        EVALUATOR.score(base + " Some families are just lazy, and that is not my problem.");

    assertThat(rejecting.hasFlag(FlagType.DISMISSIVE_LANGUAGE)).isFalse();
    assertThat(signalNames(rejecting)).doesNotContain("dismissive");
    assertThat(rejecting.score()).isGreaterThan(plain.score() - 5);
    Flag f = flag(dismissive, FlagType.DISMISSIVE_LANGUAGE);
    assertThat(f.evidence()).extracting(Span::text).containsExactly("lazy", "not my problem");
    assertThat(dismissive.score()).isLessThan(plain.score() - 10);
  }

  @Test
  void quotedOrRejectedViewsRaiseNoRedFlagOrDismissiveWording() {
    String base = CONSENT_AND_LIMITS;
    AnswerScore plain = EVALUATOR.score(base);
    AnswerScore quoted =
        EVALUATOR.score(
            base
                + " Her father kept saying 'she is just lazy' and wanted me to \u201Ctell the"
                + " family everything\u201D, so I explained why I could not.");
    AnswerScore rejected =
        EVALUATOR.score(
            base
                + " I challenge colleagues who tell the family everything or who call clients"
                + " manipulative.");
    AnswerScore ownView =
        EVALUATOR.score(base + " Some clients are just lazy, so I tell the family everything.");

    for (AnswerScore s : List.of(quoted, rejected)) {
      assertThat(s.hasFlag(FlagType.RED_FLAG)).isFalse();
      assertThat(s.hasFlag(FlagType.DISMISSIVE_LANGUAGE)).isFalse();
      assertThat(s.score()).isGreaterThan(plain.score() - 5);
    }
    assertThat(flag(ownView, FlagType.RED_FLAG).id()).isEqualTo("disclose");
    assertThat(flag(ownView, FlagType.DISMISSIVE_LANGUAGE).evidence())
        .extracting(Span::text)
        .containsExactly("lazy");
  }

  @Test
  void mostOfARedFlagsDescriptionRaisesItUnlessItIsSomeoneElsesView() {
    // No cue ("tell the family"), but most of the description, in the writer's own voice.
    AnswerScore own =
        EVALUATOR.score(
            CONSENT_AND_LIMITS + " Still, I let the family know everything about the treatment.");
    assertThat(flag(own, FlagType.RED_FLAG).id()).isEqualTo("disclose");
    // The same words as a view reported for someone else.
    AnswerScore reported =
        EVALUATOR.score(
            CONSENT_AND_LIMITS
                + " Her brother insisted the family should know everything about the treatment.");
    assertThat(reported.hasFlag(FlagType.RED_FLAG)).isFalse();
    // Quoted inside a sentence of the writer's own, the quoted words do not count either.
    AnswerScore quoted =
        EVALUATOR.score(
            CONSENT_AND_LIMITS
                + " I explained to her brother, who wanted us to 'let the family know everything"
                + " about the treatment', why the signed release comes first.");
    assertThat(quoted.hasFlag(FlagType.RED_FLAG)).isFalse();
  }

  @Test
  void anAnswerThatTakesItselfBackEarnsAtMostTenPoints() {
    AnswerScore plain = EVALUATOR.score(PROSE);
    AnswerScore retracted = EVALUATOR.score(PROSE + " Just kidding, none of that is true.");
    AnswerScore affirmed =
        EVALUATOR.score(PROSE + " This is not just the theory; I do it every week.");

    Flag f = flag(retracted, FlagType.RETRACTED);
    assertThat(f.evidence())
        .extracting(Span::text)
        .containsExactly("Just kidding", "none of that is true");
    assertThat(f.message())
        .isEqualTo(
            "The answer takes back what it says (\"Just kidding\", \"none of that is true\"), so"
                + " it earns at most 10 points.");
    assertThat(retracted.score()).isEqualTo(10.0);
    assertThat(line(retracted, "cap:retracted").points())
        .isCloseTo(10.0 - (plain.score()), within(1.0));
    assertThat(affirmed.hasFlag(FlagType.RETRACTED)).isFalse();
    assertThat(plain.hasFlag(FlagType.RETRACTED)).isFalse();
  }

  @Test
  void markersOfRetractionCountOnlyForTheWritersOwnAnswer() {
    AnswerScore plain = EVALUATOR.score(PROSE);
    for (String added :
        List.of(
            // Someone else is joking; a myth is corrected; one casual sentence with two marks.
            "Sometimes a client is only joking about harming someone, but I never assume they are"
                + " just kidding.",
            "Some families think the law lets them see everything; none of that is true, and I"
                + " explain why.",
            "Some families think the law lets them see every note. None of that is true.",
            "I also give them the leaflet in the brochure we made, right? They keep it.")) {
      AnswerScore s = EVALUATOR.score(PROSE + " " + added);
      assertThat(s.hasFlag(FlagType.RETRACTED)).as(added).isFalse();
      assertThat(s.score()).as(added).isGreaterThan(plain.score() - 5);
    }
    // The writer's own joke, or a denial after a sentence of the writer's own, still takes the
    // answer back.
    for (String added :
        List.of(
            "I'm only joking, I never do any of that.",
            "Haha just kidding.",
            "lol just kidding",
            "Im just kidding.",
            "I challenge stigma wherever I meet it. None of that applies to me.")) {
      assertThat(EVALUATOR.score(PROSE + " " + added).hasFlag(FlagType.RETRACTED))
          .as(added)
          .isTrue();
    }
  }

  @Test
  void aViewTheWriterHasGivenUpIsNotDismissive() {
    AnswerScore former =
        EVALUATOR.score(
            PROSE
                + " Early in my career I thought release forms were a waste of time, but now I"
                + " insist on them.");
    assertThat(former.hasFlag(FlagType.DISMISSIVE_LANGUAGE)).isFalse();
    AnswerScore current =
        EVALUATOR.score(PROSE + " Honestly, I think release forms are a waste of time.");
    assertThat(current.hasFlag(FlagType.DISMISSIVE_LANGUAGE)).isTrue();
  }

  @Test
  void sarcasmTakesTheAnswerBackButOneSincereMarkDoesNot() {
    String sarcastic =
        "Oh sure, I ask for consent and a release form before I speak to anyone, as if families"
            + " ever wait for paperwork. I explain the limits of confidentiality and the duty to"
            + " warn, right? That is how it works in the brochure.";
    AnswerScore s = EVALUATOR.score(sarcastic);
    assertThat(flag(s, FlagType.RETRACTED).evidence())
        .extracting(Span::text)
        .containsExactly("Oh sure", "as if families ever", "right?", "in the brochure");
    assertThat(s.score()).isEqualTo(10.0);

    AnswerScore sincere = EVALUATOR.score("Oh yes, this comes up often. " + PROSE);
    assertThat(sincere.hasFlag(FlagType.RETRACTED)).isFalse();
  }

  @Test
  void framingTheAnswerAsATextbookAnswerOrALieTakesItBack() {
    AnswerScore textbook =
        EVALUATOR.score("The textbook answer, which I never follow, goes like this. " + PROSE);
    AnswerScore lie = EVALUATOR.score("I wish I could say this, but it would be a lie. " + PROSE);
    assertThat(flag(textbook, FlagType.RETRACTED).evidence())
        .extracting(Span::text)
        .containsExactly("textbook answer, which I never follow");
    assertThat(flag(lie, FlagType.RETRACTED).evidence())
        .extracting(Span::text)
        .containsExactly("I wish I could say this, but it would be a lie");
    assertThat(textbook.score()).isEqualTo(10.0);
    assertThat(lie.score()).isEqualTo(10.0);
    // An honest admission about one practice, or a textbook the writer follows, takes nothing
    // back.
    AnswerScore honest =
        EVALUATOR.score(
            PROSE + " I wish I could say I always get the release signed first, but not always.");
    assertThat(honest.hasFlag(FlagType.RETRACTED)).isFalse();
    AnswerScore learned =
        EVALUATOR.score("The textbook answer that I learned in training still guides me. " + PROSE);
    assertThat(learned.hasFlag(FlagType.RETRACTED)).isFalse();
  }

  @Test
  void dismissiveEvidenceKeepsItsOffsetsAfterCharsThatGrowWhenLowerCased() {
    // "\u0130" lower-cases to two chars; the evidence must still be the original "lazy".
    String answer =
        "At our clinic in \u0130zmir I ask for consent and a release form before I speak to"
            + " anyone. Some families are just lazy";
    AnswerScore s = EVALUATOR.score(answer);

    Span lazy = flag(s, FlagType.DISMISSIVE_LANGUAGE).evidence().get(0);
    assertThat(lazy.text()).isEqualTo("lazy");
    assertThat(answer.substring(lazy.start(), lazy.end())).isEqualTo("lazy");
  }

  @Test
  void feedbackKeepsTheRubricsOwnQuestionMarkAndListsStarGapsWithAnd() {
    Rubric rubric =
        Rubric.builder()
            .keyPoint(
                new KeyPoint(
                    "plan",
                    "I write a safety plan with the client.",
                    1,
                    false,
                    List.of("safety plan"),
                    List.of(),
                    "Do you mention a written safety plan?"))
            .build();
    Evaluator e = Evaluator.of(Question.of("p", "What do you do after a crisis?", rubric));

    AnswerScore s =
        e.score("I call the family and make sure that everyone knows the next appointment time.");

    assertThat(s.feedback()).contains("Missing: Do you mention a written safety plan?");
    assertThat(Evaluator.listed(List.of("situation"))).isEqualTo("situation");
    assertThat(Evaluator.listed(List.of("situation", "task", "result")))
        .isEqualTo("situation, task and result");
  }

  @Test
  void badInputThrowsTextInputExceptionWithExactMessages() {
    assertBad(null, TextInputException.Reason.NULL, "answer is null");
    assertBad("", TextInputException.Reason.EMPTY, "answer is empty or whitespace-only");
    assertBad("   ", TextInputException.Reason.EMPTY, "answer is empty or whitespace-only");
    assertBad(
        "\u200B\u00A0\n\t", TextInputException.Reason.EMPTY, "answer is empty or whitespace-only");
    assertBad(
        "a".repeat(25_000),
        TextInputException.Reason.TOO_LONG,
        "answer has 25000 chars; the maximum is 20000");
    assertBad(
        "A client asked me\u001Fabout records.",
        TextInputException.Reason.NOT_TEXT,
        "answer does not look like text: it contains control character U+001F at offset 17");
    assertBad(
        "\u0000\u0001binary",
        TextInputException.Reason.NOT_TEXT,
        "answer does not look like text: it contains control character U+0000 at offset 0");
  }

  private static void assertBad(String answer, TextInputException.Reason reason, String message) {
    assertThatThrownBy(() -> EVALUATOR.score(answer))
        .isInstanceOf(TextInputException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((TextInputException) e).reason()).isEqualTo(reason));
  }

  @Test
  void disablingASignalRemovesItsBreakdownLine() {
    ScoringProfile noLength = ScoringProfile.defaults().toBuilder().disable(Signal.LENGTH).build();
    AnswerScore with = EVALUATOR.score(PROSE);
    AnswerScore without = Evaluator.of(QUESTION, noLength).score(PROSE);
    assertThat(signalNames(with)).contains("length");
    assertThat(signalNames(without)).doesNotContain("length").contains("key_points");

    ScoringProfile noFlags =
        ScoringProfile.defaults().toBuilder().disable(Signal.RED_FLAGS).build();
    AnswerScore flagged = EVALUATOR.score(RAISES_FLAG);
    AnswerScore unflagged = Evaluator.of(QUESTION, noFlags).score(RAISES_FLAG);
    assertThat(signalNames(flagged)).contains("red_flag:disclose");
    assertThat(signalNames(unflagged)).noneMatch(n -> n.startsWith("red_flag:"));
    assertThat(unflagged.hasFlag(FlagType.RED_FLAG)).isFalse();
    assertThat(unflagged.score()).isGreaterThan(flagged.score());
  }

  @Test
  void tfIdfSimilarityGivesADifferentButValidScore() {
    ScoringProfile tfIdf =
        ScoringProfile.defaults().toBuilder().similarity(SimilarityKind.TF_IDF).build();
    AnswerScore bm25 = EVALUATOR.score(PARAPHRASE);
    AnswerScore s = Evaluator.of(QUESTION, tfIdf).score(PARAPHRASE);

    assertThat(s.isScored()).isTrue();
    assertThat(s.score()).isBetween(0.0, 100.0).isNotEqualTo(bm25.score());
    double sum = s.breakdown().stream().mapToDouble(Contribution::points).sum();
    assertThat(sum).isCloseTo(s.score(), within(1e-9));
    assertThat(s.covers("limits")).isTrue();
  }
}
