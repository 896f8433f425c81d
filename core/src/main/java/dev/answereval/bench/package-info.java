/**
 * The evaluation harness: datasets with human grades, agreement metrics with confidence intervals,
 * calibration and comparisons.
 */
@NullMarked
package dev.answereval.bench;

import org.jspecify.annotations.NullMarked;
