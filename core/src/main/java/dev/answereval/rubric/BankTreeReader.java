package dev.answereval.rubric;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.answereval.internal.TreeParsing;
import dev.answereval.internal.TreeParsing.Problem;
import dev.answereval.rubric.BankNode.Entry;
import dev.answereval.rubric.BankNode.ListNode;
import dev.answereval.rubric.BankNode.MapNode;
import dev.answereval.rubric.BankNode.Scalar;
import dev.answereval.rubric.BankNode.ScalarType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON or YAML text into a {@link BankNode} tree with Jackson's streaming parser, recording
 * where each node starts and rejecting syntax errors, duplicate keys, trailing documents and what
 * {@link TreeParsing} rules out (YAML anchors and aliases, YAML 1.1 number forms, non-finite
 * numbers, oversized or too deeply nested documents) as {@link RubricFormatException}s.
 *
 * <p>Each instance reads one input and is not thread-safe.
 */
final class BankTreeReader {

  private final String source;
  private final JsonParser parser;

  private BankTreeReader(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

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
    Problem size = TreeParsing.sizeProblem(content, json);
    if (size != null) {
      throw new RubricFormatException(
          source, size.line(), size.column(), "$", size.message(), null);
    }
    try (JsonParser p = TreeParsing.createParser(content, json)) {
      BankTreeReader r = new BankTreeReader(source, p);
      JsonToken first = r.next("$");
      if (first == null) {
        return null;
      }
      BankNode root = r.value(first, "$", 1);
      JsonToken extra = r.next("$");
      if (extra != null) {
        JsonLocation loc = p.currentTokenLocation();
        throw new RubricFormatException(
            source,
            loc.getLineNr(),
            loc.getColumnNr(),
            "$",
            json
                ? "unexpected content after the end of the bank; a file holds a single JSON object"
                : "unexpected second YAML document; a file holds a single bank",
            null);
      }
      return root;
    } catch (RubricFormatException e) {
      throw e;
    } catch (IOException e) {
      // Reading from a String: only parse problems end up here, and next() handles those.
      throw new RubricFormatException(source, 0, 0, "$", "cannot read: " + e.getMessage(), e);
    }
  }

  private @Nullable JsonToken next(String path) throws RubricFormatException {
    try {
      return parser.nextToken();
    } catch (JacksonException e) {
      throw syntaxError(e, path);
    } catch (IOException e) {
      throw new RubricFormatException(source, 0, 0, path, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The next token inside a mapping. Jackson's JSON parser reads a key and the start of its value
   * in one step, so an error there that comes after a new key belongs to that key's path.
   */
  private @Nullable JsonToken nextKey(String path) throws RubricFormatException {
    JsonToken before = parser.currentToken();
    try {
      return parser.nextToken();
    } catch (JacksonException e) {
      String key = parser.getParsingContext().getCurrentName();
      boolean newKey =
          before != JsonToken.FIELD_NAME
              && parser.currentToken() == JsonToken.FIELD_NAME
              && key != null;
      throw syntaxError(e, newKey ? BankPaths.child(path, key) : path);
    } catch (IOException e) {
      throw new RubricFormatException(source, 0, 0, path, "cannot read: " + e.getMessage(), e);
    }
  }

  private RubricFormatException syntaxError(JacksonException e, String path) {
    return error(TreeParsing.syntaxProblem(parser, e), path, e);
  }

  private RubricFormatException error(Problem p, String path, @Nullable Throwable cause) {
    return new RubricFormatException(source, p.line(), p.column(), path, p.message(), cause);
  }

  /** Rejects what {@link TreeParsing#check} rules out at the current token. */
  private void check(String path) throws IOException {
    Problem p = TreeParsing.check(parser);
    if (p != null) {
      throw error(p, path, null);
    }
  }

  /**
   * Reads the value starting at {@code token}.
   *
   * @param depth how many mappings and lists hold the value (1 for the root)
   */
  private BankNode value(JsonToken token, String path, int depth) throws RubricFormatException {
    JsonLocation loc = parser.currentTokenLocation();
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    try {
      check(path);
      if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
          && depth > TreeParsing.MAX_DEPTH) {
        throw error(TreeParsing.tooDeep(parser), TreeParsing.shortPath(path), null);
      }
      return switch (token) {
        case START_OBJECT -> mapping(path, line, column, depth);
        case START_ARRAY -> list(path, line, column, depth);
        case VALUE_STRING -> new Scalar(ScalarType.STRING, parser.getText(), null, line, column);
        case VALUE_NUMBER_INT ->
            new Scalar(ScalarType.INTEGER, parser.getText(), parser.getNumberValue(), line, column);
        case VALUE_NUMBER_FLOAT ->
            new Scalar(ScalarType.FLOAT, parser.getText(), parser.getDoubleValue(), line, column);
        case VALUE_TRUE -> new Scalar(ScalarType.BOOLEAN, "true", null, line, column);
        case VALUE_FALSE -> new Scalar(ScalarType.BOOLEAN, "false", null, line, column);
        case VALUE_NULL -> new Scalar(ScalarType.NULL, "null", null, line, column);
        default ->
            throw new RubricFormatException(
                source,
                line,
                column,
                path,
                "unsupported value ("
                    + token
                    + "); expected a mapping, list, string, number or"
                    + " boolean",
                null);
      };
    } catch (RubricFormatException e) {
      throw e;
    } catch (JacksonException e) {
      throw syntaxError(e, path);
    } catch (IOException e) {
      throw new RubricFormatException(source, line, column, path, "cannot read value", e);
    }
  }

  private MapNode mapping(String path, int line, int column, int depth) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = nextKey(path)) != JsonToken.END_OBJECT) {
      if (t != JsonToken.FIELD_NAME) {
        throw unexpectedEnd(path);
      }
      String key = parser.currentName();
      JsonLocation kl = parser.currentTokenLocation();
      String keyPath = BankPaths.child(path, key);
      check(keyPath);
      Entry earlier = entries.get(key);
      if (earlier != null) {
        throw new RubricFormatException(
            source,
            kl.getLineNr(),
            kl.getColumnNr(),
            keyPath,
            "duplicate key '"
                + key
                + "' (first at line "
                + earlier.line()
                + ", column "
                + earlier.column()
                + ")",
            null);
      }
      JsonToken vt = next(keyPath);
      if (vt == null) {
        throw unexpectedEnd(keyPath);
      }
      BankNode v = value(vt, keyPath, depth + 1);
      entries.put(key, new Entry(key, kl.getLineNr(), kl.getColumnNr(), v));
    }
    return new MapNode(entries, line, column);
  }

  private ListNode list(String path, int line, int column, int depth) throws IOException {
    List<BankNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = next(path)) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw unexpectedEnd(path);
      }
      items.add(value(t, BankPaths.index(path, items.size()), depth + 1));
    }
    return new ListNode(List.copyOf(items), line, column);
  }

  private RubricFormatException unexpectedEnd(String path) {
    JsonLocation loc = parser.currentLocation();
    return new RubricFormatException(
        source, loc.getLineNr(), loc.getColumnNr(), path, "unexpected end of input", null);
  }
}
