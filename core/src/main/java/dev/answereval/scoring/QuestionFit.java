package dev.answereval.scoring;

import java.util.Objects;

/**
 * How well an answer fits one question of a bank topically.
 *
 * @param questionId the question
 * @param fit cosine similarity of the answer to the question's text and rubric, in [0, 1]
 */
public record QuestionFit(String questionId, double fit) {
  public QuestionFit {
    Objects.requireNonNull(questionId, "questionId");
    if (!(fit >= 0 && fit <= 1)) {
      throw new IllegalArgumentException("fit must be in [0, 1], got " + fit);
    }
  }
}
