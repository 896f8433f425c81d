/**
 * Scoring answers against rubrics: similarity measures, signals, the Evaluator and the AnswerScore
 * it returns.
 */
@NullMarked
package dev.answereval.scoring;

import org.jspecify.annotations.NullMarked;
