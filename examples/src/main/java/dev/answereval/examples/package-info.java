/**
 * The {@code answer-eval} command line ({@code questions}, {@code score}, {@code coach}, {@code
 * serve}) and its local web page; runnable examples with no API contract.
 */
@NullMarked
package dev.answereval.examples;

import org.jspecify.annotations.NullMarked;
