package dev.answereval.rubric;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value read from a bank file, with the 1-based line and column where it starts. A small,
 * format-neutral tree (JSON and YAML read into the same shapes) that keeps the locations Jackson's
 * tree model drops, so that every error can point at the offending token.
 *
 * <p>Immutable once built and thread-safe.
 */
sealed interface BankNode permits BankNode.MapNode, BankNode.ListNode, BankNode.Scalar {

  /** 1-based line of the node's first token. */
  int line();

  /** 1-based column of the node's first token. */
  int column();

  /** How the value is described in "got ..." parts of error messages. */
  String describe();

  /**
   * One key of a mapping.
   *
   * @param key the key text
   * @param line 1-based line of the key
   * @param column 1-based column of the key
   * @param value the key's value
   */
  record Entry(String key, int line, int column, BankNode value) {}

  /**
   * A mapping; {@code entries} keeps file order and has unique keys.
   *
   * @param entries keys in file order
   * @param line 1-based line of the mapping
   * @param column 1-based column of the mapping
   */
  record MapNode(Map<String, Entry> entries, int line, int column) implements BankNode {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /**
   * A list.
   *
   * @param items elements in file order
   * @param line 1-based line of the list
   * @param column 1-based column of the list
   */
  record ListNode(List<BankNode> items, int line, int column) implements BankNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** What sort of scalar a token was. */
  enum ScalarType {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  /**
   * A string, number, boolean or null.
   *
   * @param type the token's type
   * @param text the token's text (for numbers, as written)
   * @param number the numeric value for {@code INTEGER} and {@code FLOAT}, else null
   * @param line 1-based line
   * @param column 1-based column
   */
  record Scalar(ScalarType type, String text, @Nullable Number number, int line, int column)
      implements BankNode {
    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "string '" + abbreviate(text) + "'";
        case INTEGER, FLOAT -> "number " + text;
        case BOOLEAN -> "boolean " + text;
        case NULL -> "null";
      };
    }

    private static String abbreviate(String s) {
      String oneLine = s.replace("\n", "\\n");
      return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
  }
}
