/** Implementation details shared across packages; not API, may change without notice. */
@NullMarked
package dev.answereval.internal;

import org.jspecify.annotations.NullMarked;
