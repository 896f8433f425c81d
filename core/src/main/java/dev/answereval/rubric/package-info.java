/**
 * Questions, rubrics, key points, STAR expectations, exemplars and red flags, and how they load
 * from hand-written JSON or YAML files.
 */
@NullMarked
package dev.answereval.rubric;

import org.jspecify.annotations.NullMarked;
