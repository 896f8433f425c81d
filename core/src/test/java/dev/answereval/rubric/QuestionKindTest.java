package dev.answereval.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionKindTest {

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Can you give an example of how you've dealt with a difficult situation involving a patient or client? | BEHAVIORAL
          Can you give an example of how you\u2019ve dealt with a difficult situation involving a patient or client? | BEHAVIORAL
          Can you share an instance where you had to navigate an ethical dilemma in mental health care? | BEHAVIORAL
          Can you recount a situation where your crisis intervention prevented escalation? | BEHAVIORAL
          Can you reflect on a time when you had to advocate for a client within the healthcare system? | BEHAVIORAL
          Can you provide an example of a successful application of motivational interviewing? | BEHAVIORAL
          Can you share an experience when you had to collaborate with a multidisciplinary team in client care? | BEHAVIORAL
          How do you manage boundaries with clients? Can you give an example? | BEHAVIORAL
          Tell me about a time you disagreed with a supervisor about a treatment plan. | BEHAVIORAL
          Give an example of a hard referral, and how would you handle it differently now? | BEHAVIORAL
          Tell me about an occasion when you had to break confidentiality. | BEHAVIORAL
          Tell me about a difficult client you have worked with. | BEHAVIORAL
          Tell me about a particularly challenging case. | BEHAVIORAL
          Describe how you handled a conflict with a colleague. | BEHAVIORAL
          Walk me through how you handled your most challenging case. | BEHAVIORAL
          What did you do when a client became aggressive towards you? | BEHAVIORAL
          How did you respond when a family member disagreed with the care plan? | BEHAVIORAL
          What steps you’ve taken and what you did in a crisis. | BEHAVIORAL
          What do you do when a client becomes aggressive towards you? | SITUATIONAL
          How did you become interested in mental health work? | KNOWLEDGE
          Describe the assessment tools you have used. | KNOWLEDGE
          Describe a typical day in your current role. | KNOWLEDGE
          What did you learn during your training? | BACKGROUND
          What would you do if a client disclosed thoughts of self-harm at the end of a session? | SITUATIONAL
          When dealing with a client experiencing severe anxiety, what immediate steps do you take to stabilize them? | SITUATIONAL
          How would you respond if a parent asked to read their teenager's session notes? | SITUATIONAL
          Imagine a client arrives intoxicated for a group session. What do you do first? | SITUATIONAL
          Why do you want to work in community mental health? | MOTIVATIONAL
          WHY DO YOU WANT THIS ROLE? | MOTIVATIONAL
          What motivates you to work with people in crisis? | MOTIVATIONAL
          How do you stay up-to-date with the latest developments in the mental health field? | KNOWLEDGE
          What key indicators do you look for when assessing a client's risk of self-harm? | KNOWLEDGE
          What is your approach to dealing with clients who have dual diagnoses? | KNOWLEDGE
          How do you incorporate trauma-informed care into your practice? | KNOWLEDGE
          Tell us about your experience in the mental health field. | BACKGROUND
          Describe your experience with developing and implementing mental health programs. | BACKGROUND
          """)
  void infersKindFromQuestionText(String text, QuestionKind expected) {
    assertThat(QuestionKind.infer(text)).isEqualTo(expected);
  }

  @Test
  void onlyBehavioralUsesStar() {
    assertThat(QuestionKind.BEHAVIORAL.usesStar()).isTrue();
    assertThat(QuestionKind.SITUATIONAL.usesStar()).isFalse();
    assertThat(QuestionKind.KNOWLEDGE.usesStar()).isFalse();
    assertThat(QuestionKind.MOTIVATIONAL.usesStar()).isFalse();
    assertThat(QuestionKind.BACKGROUND.usesStar()).isFalse();
  }

  @Test
  void keysRoundTripThroughFromKey() {
    for (QuestionKind k : QuestionKind.values()) {
      assertThat(QuestionKind.fromKey(k.key())).isEqualTo(k);
    }
    assertThat(QuestionKind.SITUATIONAL.key()).isEqualTo("situational");
    assertThat(QuestionKind.fromKey(" Behavioral ")).isEqualTo(QuestionKind.BEHAVIORAL);
  }

  @Test
  void fromKeyRejectsUnknownNamesListingTheAllowedOnes() {
    assertThatThrownBy(() -> QuestionKind.fromKey("behavioural"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown question kind 'behavioural', expected one of behavioral, situational,"
                + " knowledge, motivational, background");
  }
}
