package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.TextAnalyzer;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualitySignalsTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

  private static List<String> distancedWords(String answer) {
    AnalyzedText text = ANALYZER.analyze(answer);
    boolean[] distanced = QualitySignals.distanced(text);
    List<String> out = new ArrayList<>();
    for (Token t : text.tokens()) {
      if (distanced[t.index()] && QualitySignals.isWord(t)) {
        out.add(t.text());
      }
    }
    return out;
  }

  private static List<String> dismissedWords(String answer) {
    AnalyzedText text = ANALYZER.analyze(answer);
    boolean[] dismissed =
        QualitySignals.dismissedClauses(
            text, QualitySignals.dismissive(text, QualitySignals.distanced(text)));
    List<String> out = new ArrayList<>();
    for (Token t : text.tokens()) {
      if (dismissed[t.index()] && QualitySignals.isWord(t)) {
        out.add(t.text());
      }
    }
    return out;
  }

  @Test
  void aClauseWithTheWritersOwnDismissiveWordingIsDismissed() {
    assertThat(
            dismissedWords(
                "Screening tools like the Columbia scale are a waste of time, and I ask about mood"
                    + " instead."))
        .containsExactly(
            "Screening",
            "tools",
            "like",
            "the",
            "Columbia",
            "scale",
            "are",
            "a",
            "waste",
            "of",
            "time");
    assertThat(dismissedWords("Exploring ambivalence is pointless; I give advice."))
        .containsExactly("Exploring", "ambivalence", "is", "pointless");
    // Rules and safeguards written off as mere guidelines or a formality.
    assertThat(dismissedWords("The code of ethics is only guidelines, so I use my judgment."))
        .containsExactly("The", "code", "of", "ethics", "is", "only", "guidelines");
    assertThat(dismissedWords("Consent forms are a formality; I share what helps."))
        .containsExactly("Consent", "forms", "are", "a", "formality");
    assertThat(dismissedWords("Ethics codes are guidelines, and I trust my gut over them."))
        .contains("Ethics", "codes", "are", "guidelines");
    assertThat(dismissedWords("Reluctant clients are wasting both our time."))
        .contains("wasting", "both", "our", "time");
    assertThat(dismissedWords("Audits on privacy are a waste of everyone's time."))
        .containsExactly(
            "Audits", "on", "privacy", "are", "a", "waste", "of", "everyone's", "time");
    // Rules written off as bureaucracy, safeguards as mere paperwork.
    assertThat(dismissedWords("HIPAA rules are mostly bureaucracy, so I use common sense."))
        .containsExactly("HIPAA", "rules", "are", "mostly", "bureaucracy");
    assertThat(dismissedWords("Safety plans are just paperwork; I trust my read of people."))
        .containsExactly("Safety", "plans", "are", "just", "paperwork");
    assertThat(dismissedWords("The safety plan is paperwork we write together and both sign."))
        .isEmpty();
    assertThat(dismissedWords("A release is not a formality, so I go through it line by line."))
        .isEmpty();
    // Rejected or reported, the wording is not the writer's stance.
    assertThat(dismissedWords("I would never call a client lazy or say therapy is pointless."))
        .isEmpty();
    assertThat(dismissedWords("Some staff say safety plans are a waste of time, but I use them."))
        .isEmpty();
  }

  @Test
  void aFormerViewNeedsABeliefAndAChangeOfMind() {
    assertThat(
            distancedWords(
                "I thought grounding exercises were a waste of time, but now I use them."))
        .containsExactly("grounding", "exercises", "were", "a", "waste", "of", "time");
    // A feeling is no view; "but since" is "because"; a clause of what was done ends the view.
    assertThat(distancedWords("I felt angry, so I yelled at him, but now we get along fine."))
        .isEmpty();
    assertThat(
            distancedWords(
                "I thought she was manipulative, but since she calmed down I let her stay."))
        .isEmpty();
    assertThat(distancedWords("I thought it was pointless, so I skipped it, but now I do it."))
        .isEmpty();
  }

  @Test
  void theWritersOwnTellingIsNoReportEvenContracted() {
    assertThat(distancedWords("I'd tell them there's nothing to worry about.")).isEmpty();
    assertThat(distancedWords("We'll tell the family what we can.")).isEmpty();
    assertThat(distancedWords("She'd tell them there's nothing to worry about."))
        .containsExactly("them", "there's", "nothing", "to", "worry", "about");
  }

  @Test
  void quotedWordsAreDistancedButApostrophesOpenNoQuote() {
    assertThat(distancedWords("I said 'not today' to the clients' request and don't regret it."))
        .containsExactly("not", "today");
    assertThat(distancedWords("He called it \u201Cjust drama\u201D and \"a phase\" twice."))
        .containsExactly("just", "drama", "a", "phase");
    assertThat(distancedWords("The clients' files and the team's notes stay locked.")).isEmpty();
  }

  @Test
  void wordsAfterARejectingVerbOrNounAreDistancedToTheEndOfTheSentence() {
    assertThat(distancedWords("I challenge staff who say it. Then I listen."))
        .containsExactly("staff", "who", "say", "it");
    assertThat(distancedWords("We discussed the myth that cutting is attention seeking."))
        .containsExactly("that", "cutting", "is", "attention", "seeking");
    assertThat(distancedWords("The biggest challenge was his anger.")).isEmpty();
  }

  @Test
  void aViewReportedForSomeoneElseIsDistancedToTheEndOfItsClause() {
    assertThat(
            distancedWords(
                "Some parents insist the family has a right to know, so I explain the rules."))
        .containsExactly("the", "family", "has", "a", "right", "to", "know");
    assertThat(distancedWords("My supervisor said the client was lazy."))
        .containsExactly("the", "client", "was", "lazy");
    // The writer's own view is not distanced.
    assertThat(distancedWords("I think the client was lazy, and we said so.")).isEmpty();
  }

  @Test
  void repeatedSentencesAreFoundByTheirTerms() {
    AnalyzedText text =
        ANALYZER.analyze(
            "I ask about sleep and mood. Then I plan. I ask about mood and sleep. I ask about"
                + " sleep, mood and appetite.");
    assertThat(QualitySignals.repeatedSentences(text)).containsExactly(2);
  }

  private static Set<String> terms(String text) {
    Set<String> out = new HashSet<>();
    for (Token t : ANALYZER.analyze(text).tokens()) {
      if (t.term() != null) {
        out.add(t.term());
      }
    }
    return out;
  }

  @Test
  void sentencesThatPasteAHintBackAreHintEchoes() {
    List<Set<String>> hints =
        List.of(
            terms("Give measurable outcomes, ideally with numbers, to show the program worked."),
            terms("Name the partners you worked with and how you brought them in."));
    AnalyzedText text =
        ANALYZER.analyze(
            // 0: the first hint, pasted; 1: the second, lightly edited
            "Give measurable outcomes, ideally with numbers, to show the program worked. Name"
                + " all the partners you worked with, and how you brought them in."
                // 2: follows the first hint in the writer's own voice
                + " I measured outcomes with numbers, which showed the program worked."
                // 3: shares a few of a hint's words, no more
                + " The outcomes were mixed at first, so the partners met again."
                // 4: an instruction of the writer's own, not a hint
                + " Give the client time and space."
                // 5: too few terms to judge
                + " Show outcomes.");
    assertThat(QualitySignals.hintEchoes(text, hints, QualitySignals.distanced(text)))
        .containsExactly(0, 1);
    // A statement in a hint's words, neither an instruction nor addressed to "you", is content:
    // an answer to a knowledge question may say it in the third person.
    AnalyzedText statement =
        ANALYZER.analyze("Boundaries and dual relationships are a key ethical issue.");
    assertThat(
            QualitySignals.hintEchoes(
                statement,
                List.of(terms("Boundaries and dual relationships are a key ethical issue.")),
                QualitySignals.distanced(statement)))
        .isEmpty();
    assertThat(QualitySignals.hintEchoes(text, List.of(), QualitySignals.distanced(text)))
        .isEmpty();
    // The writer's own voice, also in a contracted "I've" (one token), is not a pasted hint.
    AnalyzedText ownVoice =
        ANALYZER.analyze(
            "Give measurable outcomes, ideally with numbers, as I've done, to show the program"
                + " worked.");
    assertThat(QualitySignals.hintEchoes(ownVoice, hints, QualitySignals.distanced(ownVoice)))
        .isEmpty();
  }

  @Test
  void instructionsAreFoundByTheirVerbWhateverTheTaggerSays() {
    // The tagger reads these "Mention" as a preposition and "Finish" as an adjective.
    for (String instruction :
        List.of(
            "Mention the tools or records that keep the team coordinated.",
            "Finish with what changed for the client as a result.",
            "Briefly describe the client and the behavior in question.",
            "Missing (required): Describe the behavioral changes that can precede self-harm.",
            "Don't forget documentation, protocols and debriefing.")) {
      assertThat(QualitySignals.imperative(ANALYZER.analyze(instruction).tokens()))
          .as(instruction)
          .isTrue();
    }
    for (String statement :
        List.of(
            "Consultation is essential for ethical dilemmas.",
            "Mentioning the tools helped the team.",
            "I mention the tools to the team.")) {
      assertThat(QualitySignals.imperative(ANALYZER.analyze(statement).tokens()))
          .as(statement)
          .isFalse();
    }
  }
}
