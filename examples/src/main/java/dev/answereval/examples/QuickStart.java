package dev.answereval.examples;

import dev.answereval.rubric.KeyPoint;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.Rubric;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Evaluator;
import java.util.List;

/**
 * The README's ten-line example, kept here so that it compiles: a rubric defined in code, one
 * evaluator, one scored answer. After a first {@code ./answer-eval} run, run it from the repository
 * root with a JDK >= 21: {@code java -cp
 * "examples/target/answer-eval-examples.jar:examples/target/lib/*"
 * dev.answereval.examples.QuickStart} (the README shows how to use the JDK the launcher finds).
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    Rubric rubric =
        Rubric.builder()
            .keyPoint(
                new KeyPoint(
                    "consent",
                    "I ask for the client's written consent before sharing anything.",
                    2,
                    true,
                    List.of("consent", "release form"),
                    List.of("Nothing leaves the room unless they agree to it."),
                    null))
            .keyPoint(
                "risk", "I explain the limits of confidentiality when someone is at risk of harm.")
            .exemplar(
                "Before I share anything I get the client's written consent on a release form, and I"
                    + " explain at the start that safety risks are the exception.")
            .build();
    Evaluator evaluator =
        Evaluator.of(Question.of("conf-1", "How do you handle confidentiality?", rubric));
    AnswerScore s =
        evaluator.score(
            "I never share anything without the client's written consent on a release form. At"
                + " intake I explain the limits: if someone is at risk of serious harm, I may have"
                + " to act, and I tell them so.");
    System.out.println(s.score() + " " + s.band().label() + " " + s.feedback());
  }
}
