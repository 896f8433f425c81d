/**
 * Text analysis: OpenNLP sentences, tokens and part-of-speech tags composed with a Lucene
 * normalization chain, with offsets into the original answer and negation scopes.
 */
@NullMarked
package dev.answereval.text;

import org.jspecify.annotations.NullMarked;
