package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.TextAnalyzer;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PolarityTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  /** The words (not punctuation) of a text that a marker marks. */
  private static List<String> marked(String text, Function<AnalyzedText, boolean[]> marker) {
    AnalyzedText a = ANALYZER.analyze(text);
    boolean[] marks = marker.apply(a);
    List<String> out = new ArrayList<>();
    for (Token t : a.tokens()) {
      if (marks[t.index()] && !t.pos().equals("PUNCT")) {
        out.add(t.text());
      }
    }
    return out;
  }

  /** The words that are negated once all is said. */
  private static List<String> negatedWords(String text) {
    return marked(text, Polarity::effectiveNegation);
  }

  @Test
  void aQuestionAnsweredByABareDenialIsNegated() {
    assertThat(negatedWords("Do I ask about suicide directly? No. I talk about the weather."))
        .containsExactly("Do", "I", "ask", "about", "suicide", "directly");
    assertThat(negatedWords("Do I use a screening tool? Of course not!"))
        .containsExactly("Do", "I", "use", "a", "screening", "tool");
  }

  @Test
  void aQuestionAnsweredByADenialThatGoesOnIsNegated() {
    assertThat(negatedWords("I set clear expectations at intake? No, that is a waste of time."))
        .containsExactly("I", "set", "clear", "expectations", "at", "intake");
    assertThat(negatedWords("Do I wait for them to raise it? No, I ask directly."))
        .containsExactly("Do", "I", "wait", "for", "them", "to", "raise", "it");
    assertThat(negatedWords("Do I share notes with family? Of course not; only with a release."))
        .containsExactly("Do", "I", "share", "notes", "with", "family");
  }

  @Test
  void aQuestionAnsweredOtherwiseKeepsItsPolarity() {
    assertThat(negatedWords("Do I ask about suicide directly? Yes, every time.")).isEmpty();
    // Only the answer's own "No question" is negated: it is not a bare denial.
    assertThat(negatedWords("Do I ask about suicide directly? No question, I always do."))
        .containsExactly("question");
    assertThat(negatedWords("Why would I ask? I just know.")).isEmpty();
    // "No-one" is a word ("No-" to the tokenizer), not "No" and a reply.
    assertThat(negatedWords("Who else would ask them? No-one here does.")).isEmpty();
  }

  @Test
  void aConditionInsideANegationCancelsIt() {
    assertThat(negatedWords("I would never share records without consent.")).isEmpty();
    assertThat(negatedWords("I would never share records.")).containsExactly("share", "records");
    // The same double negation with the condition fronted.
    assertThat(negatedWords("Without consent, I share nothing with the family.")).isEmpty();
    assertThat(negatedWords("Without consent, I don't call the family.")).isEmpty();
    assertThat(negatedWords("Without consent, I call the family.")).containsExactly("consent");
  }

  /** The words whose negation is soft: they state a stance or a check, not a denial. */
  private static List<String> softWords(String text) {
    return marked(text, a -> Polarity.softNegation(a, Polarity.effectiveNegation(a)));
  }

  @Test
  void whatACheckRulesOutIsWhatItChecksFor() {
    assertThat(softWords("I'd make sure there's no medical cause or risk issue."))
        .containsExactly("medical", "cause", "or", "risk", "issue");
    assertThat(softWords("I check that there is no risk to the children."))
        .containsExactly("risk", "to", "the", "children");
    // Only an absence looked for: a negative subject of a verb says what the writer prevented.
    assertThat(softWords("We ensure nobody is left out of the plan.")).isEmpty();
    assertThat(softWords("I made sure nobody documented it.")).isEmpty();
    // A check on the writer's own conduct stays a denial, and so does a plain "no".
    assertThat(softWords("I make sure I don't ask about suicide.")).isEmpty();
    assertThat(softWords("There is no medical cause.")).isEmpty();
    assertThat(softWords("I avoid dual relationships.")).containsExactly("dual", "relationships");
  }

  /** The words negated inside a condition. */
  private static List<String> conditionalWords(String text) {
    return marked(text, a -> Polarity.conditionalNegation(a, Polarity.effectiveNegation(a)));
  }

  @Test
  void aNegationInsideAConditionIsMarked() {
    assertThat(
            conditionalWords(
                "If there's something I don't understand about a client's culture, I ask them."))
        .containsExactly("understand", "about", "a", "client's", "culture");
    assertThat(conditionalWords("When he didn't take his pills, I called his sister."))
        .containsExactly("take", "his", "pills");
    assertThat(conditionalWords("Without consent, I can still listen to the family."))
        .containsExactly("consent");
    // The negation of the main clause, and a "without" inside a clause, are no conditions.
    assertThat(conditionalWords("If the family calls, I don't share anything.")).isEmpty();
    assertThat(conditionalWords("I share notes without consent, to save time.")).isEmpty();
    assertThat(conditionalWords("I don't understand it if they shout.")).isEmpty();
    // Without a comma to close the condition, its end is unknown: no condition.
    assertThat(conditionalWords("If a client gets agitated I never stay calm.")).isEmpty();
    assertThat(conditionalWords("If a client gets agitated then I never stay calm.")).isEmpty();
    // A fronted "Without ..." is a condition only when the clause grants leave.
    assertThat(conditionalWords("Without consent, I share what I think is useful.")).isEmpty();
    assertThat(conditionalWords("Without consent, we may still listen."))
        .containsExactly("consent");
  }
}
