package dev.answereval.rubric;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON or YAML text into a {@link BankNode} tree with Jackson's streaming parser, recording
 * where each node starts and rejecting syntax errors, duplicate keys and trailing documents as
 * {@link RubricFormatException}s.
 *
 * <p>Each instance reads one input and is not thread-safe; the shared factories are.
 */
final class BankTreeReader {

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  private static final Pattern START_MARKER =
      Pattern.compile("\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");

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
    try (JsonParser p = json ? JSON.createParser(content) : YAML.createParser(content)) {
      BankTreeReader r = new BankTreeReader(source, p);
      JsonToken first = r.next("$");
      if (first == null) {
        return null;
      }
      BankNode root = r.value(first, "$");
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

  private RubricFormatException syntaxError(JacksonException e, String path) {
    boolean yaml = parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser;
    int line = 0;
    int column = 0;
    String problem = e.getOriginalMessage();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
        problem = m.getProblem();
        if (m.getContext() != null) {
          problem = problem + " (" + m.getContext() + ")";
        }
        if (m.getProblemMark() != null) {
          line = m.getProblemMark().getLine() + 1;
          column = m.getProblemMark().getColumn() + 1;
        }
        break;
      }
    }
    if (line == 0 && e.getLocation() != null) {
      line = e.getLocation().getLineNr();
      column = e.getLocation().getColumnNr();
    }
    return new RubricFormatException(
        source,
        Math.max(line, 0),
        Math.max(column, 0),
        path,
        (yaml ? "invalid YAML: " : "invalid JSON: ") + firstLine(problem),
        e);
  }

  /** The first line of a parser message, without Jackson's source description. */
  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "syntax error";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    t = nl < 0 ? t : t.substring(0, nl).strip();
    t = START_MARKER.matcher(t).replaceAll("(opened at line $1, column $2)");
    if (t.contains("<block end>")) {
      t = t + "; check the indentation";
    }
    return t;
  }

  private BankNode value(JsonToken token, String path) throws RubricFormatException {
    JsonLocation loc = parser.currentTokenLocation();
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    try {
      return switch (token) {
        case START_OBJECT -> mapping(path, line, column);
        case START_ARRAY -> list(path, line, column);
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

  private MapNode mapping(String path, int line, int column) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = next(path)) != JsonToken.END_OBJECT) {
      if (t != JsonToken.FIELD_NAME) {
        throw unexpectedEnd(path);
      }
      String key = parser.currentName();
      JsonLocation kl = parser.currentTokenLocation();
      String keyPath = BankPaths.child(path, key);
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
      BankNode v = value(vt, keyPath);
      entries.put(key, new Entry(key, kl.getLineNr(), kl.getColumnNr(), v));
    }
    return new MapNode(entries, line, column);
  }

  private ListNode list(String path, int line, int column) throws IOException {
    List<BankNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = next(path)) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw unexpectedEnd(path);
      }
      items.add(value(t, BankPaths.index(path, items.size())));
    }
    return new ListNode(List.copyOf(items), line, column);
  }

  private RubricFormatException unexpectedEnd(String path) {
    JsonLocation loc = parser.currentLocation();
    return new RubricFormatException(
        source, loc.getLineNr(), loc.getColumnNr(), path, "unexpected end of input", null);
  }
}
