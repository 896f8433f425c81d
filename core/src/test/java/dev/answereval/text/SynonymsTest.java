package dev.answereval.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SynonymsTest {
  private static final TextAnalyzer WORDNET = TextAnalyzer.english();
  private static final TextAnalyzer PLAIN = TextAnalyzer.builder().wordNetSynonyms(false).build();

  private static Token token(AnalyzedText text, String word) {
    return text.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
  }

  @Test
  void wordNetGivesRestrictedSynonymsByPartOfSpeech() {
    AnalyzedText text =
        WORDNET.analyze("I helped the client and it was a big help. We fixed the records.");

    assertThat(token(text, "helped").synonyms()).containsExactly("assist", "aid");
    assertThat(token(text, "client").synonyms()).containsExactly("customer");
    assertThat(token(text, "big").synonyms()).containsExactly("large");
    assertThat(token(text, "help").synonyms())
        .containsExactly("aid", "assist", "assistance", "assistant"); // "helper" stems to "help"
    assertThat(token(text, "fixed").synonyms())
        .containsExactly("repair", "mend", "fasten", "secure");
  }

  @Test
  void wordNetDoesNotGiveLooseSynonyms() {
    AnalyzedText text = WORDNET.analyze("The patient kept the record confidential and private.");

    assertThat(token(text, "patient").synonyms()).isEmpty(); // not "client"
    assertThat(token(text, "confidential").synonyms()).doesNotContain("private", "secret");
    assertThat(token(text, "private").synonyms()).doesNotContain("confidential");
    assertThat(token(text, "record").synonyms()).hasSizeLessThanOrEqualTo(2);
    assertThat(token(text, "kept").synonyms()).isEmpty(); // "keep" has too many senses
  }

  @Test
  void wordNetLinksFormsOfOneWordThatKStemKeepsApart() {
    AnalyzedText text =
        WORDNET.analyze(
            "I prioritize safety and make a careful assessment. We educate families so they can"
                + " adapt.");

    assertThat(token(text, "prioritize").synonyms()).containsExactly("priority");
    assertThat(token(text, "assessment").synonyms()).containsExactly("appraisal", "assess");
    assertThat(token(text, "educate").synonyms()).containsExactly("train", "education");
    // Synonyms first, then the related forms; the tool is not the act: no "adapter".
    assertThat(token(text, "adapt").synonyms())
        .containsExactly("accommodate", "conform", "adaptable", "adaptation");
  }

  @Test
  void aContentWordTaggedAsAClosedClassStillGetsItsSynonyms() {
    AnalyzedText text = WORDNET.analyze("Therapy helps them adapt.");

    // The English model tags this "Therapy" as a pronoun.
    assertThat(token(text, "Therapy").pos()).isEqualTo("PRON");
    assertThat(token(text, "Therapy").synonyms()).containsExactly("therapeutic");
    assertThat(token(text, "them").synonyms()).isEmpty();
  }

  @Test
  void noWordExpandsToMoreThanEightSynonymsAndSixRelatedForms() {
    assertThat(Lexicon.get().wordNet().values()).allMatch(v -> !v.isEmpty() && v.size() <= 14);
    assertThat(Lexicon.get().wordNet().size()).isBetween(12_000, 15_000);
  }

  @Test
  void switchedOffWordNetGivesNoSynonyms() {
    assertThat(PLAIN.analyze("I helped the client.").tokens())
        .allSatisfy(t -> assertThat(t.synonyms()).isEmpty());
  }

  @Test
  void phraseGroupsMatchMultiWordPhrasesIgnoringStopWords() {
    TextAnalyzer analyzer =
        TextAnalyzer.builder()
            .wordNetSynonyms(false)
            .synonymGroup(List.of("kept it confidential", "did not disclose", "protected privacy"))
            .synonyms("root cause", "underlying reason")
            .build();
    AnalyzedText text =
        analyzer.analyze("I kept it confidential in my notes. We found the root cause quickly.");

    assertThat(token(text, "kept").synonyms()).containsExactly("disclose", "protect");
    assertThat(token(text, "confidential").synonyms()).containsExactly("privacy");
    assertThat(token(text, "root").synonyms()).containsExactly("underlying");
    assertThat(token(text, "cause").synonyms()).containsExactly("reason");
    assertThat(token(text, "notes").synonyms()).isEmpty();
    assertThat(analyzer.termsWithSynonyms("the underlying reason"))
        .containsExactly("underlying", "reason", "root", "cause");
  }

  @Test
  void phraseGroupsAreValidated() {
    assertThatThrownBy(() -> TextAnalyzer.builder().synonymGroup(List.of("only one")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("equivalentPhrases must hold at least 2 phrases, got [only one]");
    assertThatThrownBy(() -> TextAnalyzer.builder().synonyms("it is", "help").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("synonym phrase \"it is\" has no index terms (only stop words)");
  }

  /**
   * How much each source helps: share of the key-point terms found among an answer's terms (alone,
   * plus WordNet synonyms, plus the rubric's own paraphrase groups), over hand-written paraphrases.
   */
  @Test
  void synonymSourcesRaiseTermRecallOnParaphrases() {
    Map<String, String> pairs =
        Map.of(
            "assisted the customer", "I helped the client with her refund.",
            "repair the broken build", "I fixed the failing build myself.",
            "a large outage", "It was a big incident that hit every region.",
            "admit the mistake", "I took responsibility for the error right away.",
            "ask for help", "I asked a colleague for assistance.",
            "kept data confidential", "I never disclosed data to anyone.");
    TextAnalyzer groups =
        TextAnalyzer.builder()
            .synonyms("admit the mistake", "took responsibility for the error")
            .synonyms("kept data confidential", "never disclosed data")
            .build();

    assertThat(recall(PLAIN, pairs)).isEqualTo(3.0 / 14);
    assertThat(recall(WORDNET, pairs)).isEqualTo(9.0 / 14);
    assertThat(recall(groups, pairs)).isEqualTo(12.0 / 14);
  }

  private static double recall(TextAnalyzer analyzer, Map<String, String> pairs) {
    int found = 0;
    int total = 0;
    for (Map.Entry<String, String> e : pairs.entrySet()) {
      Set<String> answerTerms = new HashSet<>();
      for (Token t : analyzer.analyze(e.getValue()).tokens()) {
        if (t.term() != null) {
          answerTerms.add(t.term());
          answerTerms.addAll(t.synonyms());
        }
      }
      for (String term : analyzer.terms(e.getKey())) {
        total++;
        if (answerTerms.contains(term)) {
          found++;
        }
      }
    }
    return (double) found / total;
  }
}
