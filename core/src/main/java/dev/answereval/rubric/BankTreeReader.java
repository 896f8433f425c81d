package dev.answereval.rubric;

import com.fasterxml.jackson.core.JsonToken;
import dev.answereval.internal.TreeReader;
import dev.answereval.internal.TreeReader.ScalarKind;
import dev.answereval.rubric.BankNode.Entry;
import dev.answereval.rubric.BankNode.ListNode;
import dev.answereval.rubric.BankNode.MapNode;
import dev.answereval.rubric.BankNode.Scalar;
import dev.answereval.rubric.BankNode.ScalarType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON or YAML text into a {@link BankNode} tree with {@link TreeReader}, recording where
 * each node starts and rejecting syntax errors, duplicate keys, trailing documents and what {@link
 * dev.answereval.internal.TreeParsing} rules out (YAML anchors and aliases, YAML 1.1 number forms,
 * non-finite numbers, oversized or too deeply nested documents) as {@link RubricFormatException}s.
 *
 * <p>Stateless and thread-safe.
 */
final class BankTreeReader implements TreeReader.Format<BankNode> {
  private static final BankTreeReader FORMAT = new BankTreeReader();

  private BankTreeReader() {}

  /**
   * Reads a whole document.
   *
   * @param content the file's text
   * @param json whether to read it as JSON (else YAML)
   * @param source the file name used in messages
   * @return the root node, or null when the document holds no value at all
   */
  static @Nullable BankNode read(String content, boolean json, String source)
      throws RubricFormatException {
    return TreeReader.read(content, json, source, FORMAT, RubricFormatException::new);
  }

  @Override
  public BankNode mapping(
      int line, int column, String path, List<TreeReader.Entry<BankNode>> entries) {
    Map<String, Entry> m = new LinkedHashMap<>();
    for (TreeReader.Entry<BankNode> e : entries) {
      m.put(e.key(), new Entry(e.key(), e.line(), e.column(), e.value()));
    }
    return new MapNode(m, line, column);
  }

  @Override
  public BankNode list(int line, int column, String path, List<BankNode> items) {
    return new ListNode(items, line, column);
  }

  @Override
  public BankNode scalar(
      int line, int column, String path, ScalarKind kind, String text, @Nullable Object value) {
    return switch (kind) {
      case STRING -> new Scalar(ScalarType.STRING, text, null, line, column);
      case INTEGER -> new Scalar(ScalarType.INTEGER, text, (Number) value, line, column);
      case FLOAT -> new Scalar(ScalarType.FLOAT, text, (Number) value, line, column);
      case BOOLEAN -> new Scalar(ScalarType.BOOLEAN, String.valueOf(value), null, line, column);
      case NULL -> new Scalar(ScalarType.NULL, "null", null, line, column);
    };
  }

  @Override
  public String trailingContent(boolean json) {
    return json
        ? "unexpected content after the end of the bank; a file holds a single JSON object"
        : "unexpected second YAML document; a file holds a single bank";
  }

  @Override
  public String duplicateKey(String key, int line, int column) {
    return "duplicate key '" + key + "' (first at line " + line + ", column " + column + ")";
  }

  @Override
  public String unsupportedValue(JsonToken token) {
    return "unsupported value (" + token + "); expected a mapping, list, string, number or boolean";
  }
}
