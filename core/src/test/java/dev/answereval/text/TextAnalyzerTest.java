package dev.answereval.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  private static List<String> texts(AnalyzedText text) {
    return text.tokens().stream().map(Token::text).toList();
  }

  private static List<String> sentences(AnalyzedText text) {
    return text.sentences().stream().map(text::text).toList();
  }

  private static void assertOffsetsRoundTrip(AnalyzedText text) {
    for (Token t : text.tokens()) {
      assertThat(text.original().substring(t.start(), t.end())).isEqualTo(t.text());
    }
    for (int i = 0; i < text.tokens().size(); i++) {
      assertThat(text.tokens().get(i).index()).isEqualTo(i);
    }
  }

  @Test
  void tokensTagsLemmasAndTerms() {
    AnalyzedText text = ANALYZER.analyze("The nurses checked the patient's breathing records.");

    assertThat(texts(text))
        .containsExactly(
            "The", "nurses", "checked", "the", "patient's", "breathing", "records", ".");
    assertThat(text.tokens().stream().map(Token::pos))
        .containsExactly("DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "NOUN", "PUNCT");
    assertThat(text.tokens().stream().map(Token::lemma))
        .containsExactly("the", "nurse", "check", "the", "patient", "breathe", "record", ".");
    assertThat(text.tokens().stream().map(Token::term))
        .containsExactly(null, "nurse", "check", null, "patient", "breathe", "record", null);
    assertThat(text.wordCount()).isEqualTo(7);
    assertThat(text.sentences()).hasSize(1);
  }

  @Test
  void hyphenatedWordOnItsOwnIsAWordNotPunctuation() {
    AnalyzedText alone = ANALYZER.analyze("de-escalate");
    AnalyzedText inSentence = ANALYZER.analyze("I tried to de-escalate the argument.");

    Token cue = alone.tokens().get(0);
    assertThat(cue.pos()).isEqualTo("X");
    assertThat(cue.term()).isNotNull();
    assertThat(inSentence.tokens().get(3).term()).isEqualTo(cue.term());
    assertThat(ANALYZER.terms("de-escalate")).containsExactly(cue.term());
  }

  @Test
  void contractionsAndIrregularForms() {
    AnalyzedText text =
        ANALYZER.analyze("I didn't go. We can't wait, they won't stay and I'm sure it's done.");

    assertThat(text.tokens().stream().map(Token::lemma))
        .containsExactly(
            "i", "do", "go", ".", "we", "can", "wait", ",", "they", "will", "stay", "and", "i",
            "sure", "it", "do", ".");
    assertThat(text.tokens().stream().filter(Token::negationCue).map(Token::text))
        .containsExactly("didn't", "can't", "won't");
    AnalyzedText irregular = ANALYZER.analyze("She went home and took the children.");
    assertThat(irregular.tokens().stream().map(Token::term))
        .containsExactly(null, "go", "home", null, "take", null, "child", null);
  }

  @Test
  void stopWordsAndPossessivesHaveNoOrStrippedTerms() {
    assertThat(ANALYZER.terms("the clients' data and our team's goals"))
        .containsExactly("client", "data", "team", "goal");
    assertThat(ANALYZER.terms("it is what it is")).isEmpty();
  }

  @Test
  void offsetsIndexTheOriginalDespiteNormalization() {
    String original =
        "\u201cI didn\u2019t share it\u201d \uD83D\uDE00 with\u00A0my\u200B team\u2014ever. "
            + "\uFF28elp \uFB01nally cafe\u0301.";
    AnalyzedText text = ANALYZER.analyze(original);

    assertOffsetsRoundTrip(text);
    assertThat(texts(text))
        .containsExactly(
            "\u201c",
            "I",
            "didn\u2019t",
            "share",
            "it",
            "\u201d",
            "with",
            "my",
            "team",
            "\u2014",
            "ever",
            ".",
            "\uFF28elp",
            "\uFB01nally",
            "cafe\u0301",
            ".");
    assertThat(text.tokens().get(2).lemma()).isEqualTo("do");
    assertThat(text.tokens().get(12).term()).isEqualTo("help");
    assertThat(text.tokens().get(13).term()).isEqualTo("finally");
    assertThat(text.tokens().get(14).lemma()).isEqualTo("caf\u00e9");
    assertThat(sentences(text))
        .containsExactly(
            "\u201cI didn\u2019t share it\u201d \uD83D\uDE00 with\u00A0my\u200B team\u2014ever.",
            "\uFF28elp \uFB01nally cafe\u0301.");
  }

  @Test
  void lookalikeLettersInsideALatinWordReadAsLatin() {
    // "I do n\u043et ask" types its o in Cyrillic; "\u041c\u043e\u0441\u043a\u0432\u0430" is a
    // Russian word and stays as it is.
    String original = "I do n\u043et ask about suicide in \u041c\u043e\u0441\u043a\u0432\u0430.";
    AnalyzedText text = ANALYZER.analyze(original);

    assertOffsetsRoundTrip(text);
    Token not = text.tokens().get(2);
    assertThat(not.text()).isEqualTo("n\u043et");
    assertThat(not.negationCue()).isTrue();
    assertThat(text.tokens().get(3).negated()).isTrue();
    assertThat(text.tokens().get(7).lemma()).isEqualTo("\u043c\u043e\u0441\u043a\u0432\u0430");
  }

  @Test
  void bulletsAndLineBreaksEndSentences() {
    String original =
        "My steps:\n- asked the client\n* checked the logs\n\u2022 fixed the bug\n"
            + "1. wrote a test\n2) told the team\nThen I went home\nAnd slept";
    AnalyzedText text = ANALYZER.analyze(original);

    assertOffsetsRoundTrip(text);
    assertThat(sentences(text))
        .containsExactly(
            "My steps:",
            "asked the client",
            "checked the logs",
            "fixed the bug",
            "wrote a test",
            "told the team",
            "Then I went home",
            "And slept");
    assertThat(texts(text)).doesNotContain("-", "*", "\u2022", "1", "2", ")");
  }

  @Test
  void aWordTheModelsTakeForAnAbbreviationKeepsItsTermAndEndsItsSentence() {
    // The OpenNLP models read "adapt." as an abbreviation: one token, and no sentence break.
    AnalyzedText text =
        ANALYZER.analyze(
            "I listen and adapt. I stay calm with Dr. Lee, etc. and the U.S. team. I said no. Then"
                + " I left.");

    assertOffsetsRoundTrip(text);
    assertThat(sentences(text))
        .containsExactly(
            "I listen and adapt.",
            "I stay calm with Dr. Lee, etc. and the U.S. team.",
            "I said no.",
            "Then I left.");
    assertThat(texts(text).subList(0, 5)).containsExactly("I", "listen", "and", "adapt", ".");
    assertThat(text.tokens().get(3).term()).isEqualTo("adapt");
    assertThat(texts(text)).contains("Dr.", "U.S.", "no", ".");
  }

  @Test
  void softWrappedLineContinuesTheSentenceAndInlineBulletSplits() {
    AnalyzedText text =
        ANALYZER.analyze("I asked the nurse who was\non shift. Then I called \u2022 the doctor");

    assertThat(sentences(text))
        .containsExactly("I asked the nurse who was\non shift.", "Then I called", "the doctor");
  }

  @Test
  void windowsLineBreaksSoftWrapLikeUnixOnes() {
    String lf =
        "I asked the nurse who was\non shift and then\nI called the doctor.\n\nThen I wrote it up.";
    String crlf = lf.replace("\n", "\r\n");

    assertThat(sentences(ANALYZER.analyze(crlf)))
        .containsExactly(
            "I asked the nurse who was\r\non shift and then",
            "I called the doctor.",
            "Then I wrote it up.");
    assertThat(ANALYZER.analyze(crlf).sentences()).hasSameSizeAs(ANALYZER.analyze(lf).sentences());
  }

  @Test
  void sentenceBoundsAndTokenRanges() {
    AnalyzedText text = ANALYZER.analyze("  First point.  Second point!  ");

    assertThat(text.sentences())
        .containsExactly(new Sentence(0, 2, 14, 0, 3), new Sentence(1, 16, 29, 3, 6));
    assertThat(text.tokens().get(4).sentence()).isEqualTo(1);
  }

  @Test
  void badInputFailsWithReasonAndMessage() {
    assertThatThrownBy(() -> ANALYZER.analyze(null))
        .isInstanceOf(TextInputException.class)
        .hasMessage("answer is null")
        .extracting(e -> ((TextInputException) e).reason())
        .isEqualTo(TextInputException.Reason.NULL);
    for (String blank : List.of("", "   ", "\n\t \u00A0\u200B")) {
      assertThatThrownBy(() -> ANALYZER.analyze(blank))
          .hasMessage("answer is empty or whitespace-only")
          .extracting(e -> ((TextInputException) e).reason())
          .isEqualTo(TextInputException.Reason.EMPTY);
    }
    assertThatThrownBy(() -> ANALYZER.analyze("a".repeat(25_000)))
        .hasMessage("answer has 25000 chars; the maximum is 20000")
        .extracting(e -> ((TextInputException) e).reason())
        .isEqualTo(TextInputException.Reason.TOO_LONG);
    assertThatThrownBy(() -> ANALYZER.analyze("PK\u0003\u0004\u0000\u0000binary"))
        .hasMessage(
            "answer does not look like text: it contains control character U+0003 at offset 2")
        .extracting(e -> ((TextInputException) e).reason())
        .isEqualTo(TextInputException.Reason.NOT_TEXT);
    assertThatThrownBy(() -> ANALYZER.analyze("%%% 1234 5678 #### ok"))
        .hasMessage(
            "answer does not look like text: it has only 11% letters among its 17 non-space"
                + " characters")
        .extracting(e -> ((TextInputException) e).reason())
        .isEqualTo(TextInputException.Reason.NOT_TEXT);
    assertThatThrownBy(() -> ANALYZER.analyzePhrase(" "))
        .hasMessage("phrase is empty or whitespace-only");
  }

  @Test
  void checkAnswerAppliesTheInputRulesOfAnalyzeWithTheSameMessages() {
    for (String bad :
        Arrays.asList(
            null, "\u200B", "a".repeat(20_001), "PK\u0003\u0004binary", "%%% 1234 5678 ## ok")) {
      assertThatThrownBy(() -> TextAnalyzer.checkAnswer(bad))
          .isInstanceOf(TextInputException.class)
          .hasMessage(catchThrowable(() -> ANALYZER.analyze(bad)).getMessage());
    }
    TextAnalyzer.checkAnswer("a".repeat(20_000));
    TextAnalyzer.checkAnswer("Ja, ich höre zu.\tOK");
  }

  @Test
  void maxCharsIsConfigurableAndValidated() {
    TextAnalyzer small = TextAnalyzer.builder().maxChars(10).build();

    assertThatThrownBy(() -> small.analyze("far too long here"))
        .hasMessage("answer has 17 chars; the maximum is 10");
    assertThat(small.analyze("short one").tokens()).hasSize(2);
    assertThatThrownBy(() -> TextAnalyzer.builder().maxChars(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxChars must be in [1, 1000000], got 0");
  }

  @Test
  void longInputAtTheLimitIsAnalyzedQuickly() {
    String sentence = "I wrote a short test for the billing service and it passed. ";
    String text = sentence.repeat(TextAnalyzer.MAX_CHARS / sentence.length());

    long start = System.nanoTime();
    AnalyzedText analyzed = ANALYZER.analyze(text);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(analyzed.sentences()).hasSize(TextAnalyzer.MAX_CHARS / sentence.length());
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  void englishScoreSeparatesEnglishFromSpanishAndGerman() {
    AnalyzedText english =
        ANALYZER.analyze(
            "When the release slipped, I met the product owner, explained the risk and we agreed"
                + " to cut two features so the team could ship on time.");
    AnalyzedText spanish =
        ANALYZER.analyze(
            "Cuando el proyecto se retrasó, hablé con el equipo y decidimos reducir el alcance"
                + " para entregar a tiempo sin perder la calidad.");
    AnalyzedText german =
        ANALYZER.analyze(
            "Als sich das Projekt verzögerte, sprach ich mit dem Team und wir beschlossen, den"
                + " Umfang zu verkleinern, damit wir pünktlich liefern konnten.");

    assertThat(english.englishScore()).isGreaterThan(0.8);
    assertThat(english.isLikelyEnglish()).isTrue();
    assertThat(spanish.englishScore()).isLessThan(TextAnalyzer.ENGLISH_THRESHOLD);
    assertThat(german.englishScore()).isLessThan(TextAnalyzer.ENGLISH_THRESHOLD);
    assertThat(spanish.isLikelyEnglish()).isFalse();
  }

  @Test
  void textInCapitalsIsTaggedAndJudgedAsInLowerCase() {
    String english =
        "When the release slipped, I met the product owner, explained the risk and we agreed to cut"
            + " two features so the team could ship on time.";
    AnalyzedText caps = ANALYZER.analyze(english.toUpperCase(java.util.Locale.ROOT));
    AnalyzedText plain = ANALYZER.analyze(english);

    assertThat(TextAnalyzer.shouting(english.toUpperCase(java.util.Locale.ROOT))).isTrue();
    assertThat(TextAnalyzer.shouting("I follow HIPAA and use the PHQ-9 and the C-SSRS.")).isFalse();
    assertThat(caps.tokens()).extracting(Token::pos).isEqualTo(lowerCaseTags(english));
    assertThat(caps.tokens())
        .extracting(Token::term)
        .isEqualTo(plain.tokens().stream().map(Token::term).toList());
    assertThat(caps.tokens().get(0).text()).isEqualTo("WHEN");
    assertOffsetsRoundTrip(caps);
    assertThat(caps.englishScore()).isEqualTo(plain.englishScore());
    // Before, every word in capitals passed for an acronym, and Spanish in capitals for English.
    AnalyzedText spanish =
        ANALYZER.analyze(
            "CUANDO EL PROYECTO SE RETRASÓ, HABLÉ CON EL EQUIPO Y DECIDIMOS REDUCIR EL ALCANCE"
                + " PARA ENTREGAR A TIEMPO SIN PERDER LA CALIDAD.");
    assertThat(spanish.isLikelyEnglish()).isFalse();
  }

  private static List<String> lowerCaseTags(String text) {
    return ANALYZER.analyze(text.toLowerCase(java.util.Locale.ROOT)).tokens().stream()
        .map(Token::pos)
        .toList();
  }

  @Test
  void namesAndAcronymsDoNotCountAgainstEnglish() {
    AnalyzedText names =
        ANALYZER.analyze(
            "Dr. Nguyen, Ms. Okafor and I co-led IOP groups at St. Mary's in Albuquerque; Mrs."
                + " Kowalczyk from NAMI and Mr. Oyelaran from SAMHSA joined quarterly reviews of our"
                + " PHQ-9 data.");

    assertThat(names.isLikelyEnglish()).isTrue();
  }

  @Test
  void concurrentCallersGetTheSingleThreadedResults() throws Exception {
    List<String> inputs =
        List.of(
            "I would never share records without consent.",
            "- asked the client\n- checked the logs, but nothing was wrong",
            "We didn\u2019t ship until the tests passed \uD83D\uDE00 and the team agreed.",
            "The nurse's notes were kept private; I helped the patient.");
    List<AnalyzedText> expected = inputs.stream().map(ANALYZER::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int offset = thread;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    int k = (i + offset) % inputs.size();
                    if (!ANALYZER.analyze(inputs.get(k)).equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aSentenceLongerThanOneTaggingChunkIsTaggedThroughout() {
    int words = TextAnalyzer.TAG_CHUNK * 2 + 10;
    String text = "I listen and I breathe slowly with the client ".repeat(words / 9 + 1);
    AnalyzedText a = TextAnalyzer.english().analyze(text);
    assertThat(a.sentences()).hasSize(1);
    assertThat(a.tokens().size()).isGreaterThan(2 * TextAnalyzer.TAG_CHUNK);
    // Every piece is tagged like the whole: the same words get the same tags in each repeat.
    assertThat(a.tokens())
        .filteredOn(t -> t.text().equals("listen"))
        .extracting(Token::pos)
        .containsOnly("VERB");
    assertThat(a.tokens())
        .filteredOn(t -> t.text().equals("client"))
        .extracting(Token::pos)
        .containsOnly("NOUN");
  }
}
