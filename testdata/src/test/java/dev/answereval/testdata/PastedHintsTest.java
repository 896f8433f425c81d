package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Band;
import dev.answereval.scoring.FlagType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The coach shows a rubric's hints for the points an answer missed ("Name the partners you worked
 * with ..."). An answer made of those hints, pasted back, says nothing about the candidate and must
 * score as nothing, on every one of the 52 questions of the built-in bank.
 */
class PastedHintsTest {

  @Test
  void anAnswerMadeOfTheRubricsHintsIsInsufficientOnEveryQuestion() {
    List<String> notInsufficient = new ArrayList<>();
    List<String> unflagged = new ArrayList<>();
    int questions = 0;
    for (Question q : BuiltInBank.bank().questions()) {
      StringBuilder answer = new StringBuilder();
      for (KeyPoint k : q.rubric().keyPoints()) {
        if (k.hint() != null) {
          answer.append(k.hint()).append(' ');
        }
      }
      questions++;
      AnswerScore s = BuiltInBank.evaluators().score(q.id(), answer.toString().strip());
      if (!s.hasFlag(FlagType.ECHOES_HINTS)) {
        unflagged.add(q.id());
      }
      if (s.isScored() && s.band() != Band.INSUFFICIENT) {
        notInsufficient.add(String.format(Locale.ROOT, "%s %.1f", q.id(), s.score()));
      }
    }
    assertThat(questions).isEqualTo(52);
    assertThat(unflagged).isEmpty();
    assertThat(notInsufficient).isEmpty();
  }

  @Test
  void theCoachsFeedbackPastedBackIsInsufficientOnEveryQuestion() {
    List<String> notInsufficient = new ArrayList<>();
    for (Question q : BuiltInBank.bank().questions()) {
      AnswerScore first =
          BuiltInBank.evaluators()
              .score(q.id(), "I always try to do my very best for every client I work with.");
      String pasted = String.join("\n", first.feedback());
      AnswerScore s = BuiltInBank.evaluators().score(q.id(), pasted);
      if (s.isScored() && s.band() != Band.INSUFFICIENT) {
        notInsufficient.add(String.format(Locale.ROOT, "%s %.1f", q.id(), s.score()));
      }
    }
    assertThat(notInsufficient).isEmpty();
  }
}
