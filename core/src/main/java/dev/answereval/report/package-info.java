/** Explanation trees for scores and the ways they are printed (text and JSON). */
@NullMarked
package dev.answereval.report;

import org.jspecify.annotations.NullMarked;
