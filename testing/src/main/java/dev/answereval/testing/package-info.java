/**
 * Test support for users of answer-eval: JUnit 5 dynamic tests from fixture files ({@link
 * dev.answereval.testing.FixtureTests}) and AssertJ assertions on scores ({@link
 * dev.answereval.testing.AnswerEvalAssertions}). Depend on this module in test scope only.
 */
@NullMarked
package dev.answereval.testing;

import org.jspecify.annotations.NullMarked;
