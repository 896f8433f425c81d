package dev.answereval.bench;

/**
 * How the class labels of a categorical target are ordered when no ordinal scale is recognised and
 * none is given.
 */
public enum ClassOrder {
  /** Sorted by {@link String#compareTo}; numeric labels sort numerically. */
  SORTED,
  /** In the order they first appear in the file. */
  FIRST_APPEARANCE
}
