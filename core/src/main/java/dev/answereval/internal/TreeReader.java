package dev.answereval.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.answereval.internal.TreeParsing.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON or YAML text into a located tree with Jackson's streaming parser, by the rules of
 * {@link TreeParsing}: syntax errors carry the parser's own problem and position and the path being
 * read; trailing content, duplicate keys, YAML anchors and aliases, YAML 1.1 number forms,
 * non-finite numbers and oversized or too deeply nested documents are errors. The caller's {@link
 * Format} builds the nodes and words the few messages that differ between file formats; its {@link
 * ErrorFactory} makes the exception.
 *
 * <p>Each instance reads one input and is not thread-safe.
 */
public final class TreeReader<N> {

  /** Keys written as plain names in paths; others are bracket-quoted. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** What sort of scalar a token was. */
  public enum ScalarKind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  /**
   * One key of a mapping.
   *
   * @param key the key text
   * @param line 1-based line of the key
   * @param column 1-based column of the key
   * @param path the key's path
   * @param value the key's value
   */
  public record Entry<N>(String key, int line, int column, String path, N value) {}

  /**
   * What a file format makes of the tokens {@link #read} walks: its nodes and the few messages in
   * which the formats differ.
   *
   * @param <N> the node type
   */
  public interface Format<N> {

    /** A mapping whose first token is at {@code line} and {@code column}; entries in file order. */
    N mapping(int line, int column, String path, List<Entry<N>> entries);

    /** A list. */
    N list(int line, int column, String path, List<N> items);

    /**
     * A scalar.
     *
     * @param text the token's text as written ({@code "null"} for null)
     * @param value a String, BigInteger, Double or Boolean by {@code kind}, or null for {@code
     *     NULL}
     */
    N scalar(
        int line, int column, String path, ScalarKind kind, String text, @Nullable Object value);

    /** The message for a second value after the document's root. */
    String trailingContent(boolean json);

    /** The message for {@code key} repeated, first written at {@code line} and {@code column}. */
    String duplicateKey(String key, int line, int column);

    /** The message for a token that is no mapping, list or scalar. */
    String unsupportedValue(JsonToken token);
  }

  /**
   * Makes a format's exception (the shape of the {@link LocatedFormatException} constructors).
   *
   * @param <E> the exception thrown for bad input
   */
  @FunctionalInterface
  public interface ErrorFactory<E extends LocatedFormatException> {
    /** The exception for a problem at a place; line and column are 0 when unknown. */
    E create(
        String source,
        int line,
        int column,
        String path,
        String problem,
        @Nullable Throwable cause);
  }

  private final JsonParser parser;
  private final Format<N> format;

  private TreeReader(JsonParser parser, Format<N> format) {
    this.parser = parser;
    this.format = format;
  }

  /**
   * Reads a whole document.
   *
   * @param text the document (without a byte order mark)
   * @param json whether to read it as JSON (else YAML)
   * @param source the file name used in messages
   * @return the root, or null when the document holds no value at all
   * @throws E when the text is not a single well-formed document, located
   */
  public static <N, E extends LocatedFormatException> @Nullable N read(
      String text, boolean json, String source, Format<N> format, ErrorFactory<E> errors) throws E {
    Problem size = TreeParsing.sizeProblem(text, json);
    if (size != null) {
      throw errors.create(source, size.line(), size.column(), "$", size.message(), null);
    }
    try (JsonParser p = TreeParsing.createParser(text, json)) {
      TreeReader<N> r = new TreeReader<>(p, format);
      JsonToken first = r.next("$");
      if (first == null) {
        return null;
      }
      N root = r.value(first, "$", 1);
      if (r.next("$") != null) {
        JsonLocation l = p.currentTokenLocation();
        throw new Failure(l.getLineNr(), l.getColumnNr(), "$", format.trailingContent(json), null);
      }
      return root;
    } catch (Failure f) {
      throw errors.create(source, f.line, f.column, f.path, f.problem, f.getCause());
    } catch (IOException e) {
      // Reading from a String: only parse problems end up here, and next() handles those.
      throw errors.create(source, 0, 0, "$", "cannot read: " + e.getMessage(), e);
    }
  }

  /** The path of a mapping key below {@code parent}: dotted when plain, else bracket-quoted. */
  public static String child(String parent, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return parent + "." + key;
    }
    return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The path of a list element below {@code parent}. */
  public static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }

  private @Nullable JsonToken next(String path) {
    try {
      return parser.nextToken();
    } catch (JacksonException e) {
      throw syntaxError(e, path);
    } catch (IOException e) {
      throw new Failure(0, 0, path, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The next token inside a mapping. Jackson's JSON parser reads a key and the start of its value
   * in one step, so an error there that comes after a new key belongs to that key's path.
   */
  private @Nullable JsonToken nextKey(String path) {
    JsonToken before = parser.currentToken();
    try {
      return parser.nextToken();
    } catch (JacksonException e) {
      String key = parser.getParsingContext().getCurrentName();
      boolean newKey =
          before != JsonToken.FIELD_NAME
              && parser.currentToken() == JsonToken.FIELD_NAME
              && key != null;
      throw syntaxError(e, newKey ? child(path, key) : path);
    } catch (IOException e) {
      throw new Failure(0, 0, path, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the value starting at {@code token}.
   *
   * @param depth how many mappings and lists hold the value (1 for the root)
   */
  private N value(JsonToken token, String path, int depth) {
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
        case VALUE_STRING -> scalar(line, column, path, ScalarKind.STRING, parser.getText());
        case VALUE_NUMBER_INT ->
            scalar(line, column, path, ScalarKind.INTEGER, parser.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT ->
            scalar(line, column, path, ScalarKind.FLOAT, parser.getDoubleValue());
        case VALUE_TRUE, VALUE_FALSE ->
            scalar(line, column, path, ScalarKind.BOOLEAN, parser.getBooleanValue());
        case VALUE_NULL -> format.scalar(line, column, path, ScalarKind.NULL, "null", null);
        default -> throw new Failure(line, column, path, format.unsupportedValue(token), null);
      };
    } catch (JacksonException e) {
      throw syntaxError(e, path);
    } catch (IOException e) {
      throw new Failure(line, column, path, "cannot read value", e);
    }
  }

  private N scalar(int line, int column, String path, ScalarKind kind, Object value)
      throws IOException {
    return format.scalar(line, column, path, kind, parser.getText(), value);
  }

  private N mapping(String path, int line, int column, int depth) throws IOException {
    Map<String, Entry<N>> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = nextKey(path)) != JsonToken.END_OBJECT) {
      if (t != JsonToken.FIELD_NAME) {
        throw unexpectedEnd(path);
      }
      String key = parser.currentName();
      JsonLocation kl = parser.currentTokenLocation();
      String keyPath = child(path, key);
      check(keyPath);
      Entry<N> earlier = entries.get(key);
      if (earlier != null) {
        throw new Failure(
            kl.getLineNr(),
            kl.getColumnNr(),
            keyPath,
            format.duplicateKey(key, earlier.line(), earlier.column()),
            null);
      }
      JsonToken vt = next(keyPath);
      if (vt == null) {
        throw unexpectedEnd(keyPath);
      }
      N v = value(vt, keyPath, depth + 1);
      entries.put(key, new Entry<>(key, kl.getLineNr(), kl.getColumnNr(), keyPath, v));
    }
    return format.mapping(line, column, path, List.copyOf(entries.values()));
  }

  private N list(String path, int line, int column, int depth) {
    List<N> items = new ArrayList<>();
    JsonToken t;
    while ((t = next(path)) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw unexpectedEnd(path);
      }
      items.add(value(t, index(path, items.size()), depth + 1));
    }
    return format.list(line, column, path, List.copyOf(items));
  }

  /** Rejects what {@link TreeParsing#check} rules out at the current token. */
  private void check(String path) throws IOException {
    Problem p = TreeParsing.check(parser);
    if (p != null) {
      throw error(p, path, null);
    }
  }

  private Failure unexpectedEnd(String path) {
    JsonLocation l = parser.currentLocation();
    return new Failure(l.getLineNr(), l.getColumnNr(), path, "unexpected end of input", null);
  }

  private Failure syntaxError(JacksonException e, String path) {
    return error(TreeParsing.syntaxProblem(parser, e), path, e);
  }

  private static Failure error(Problem p, String path, @Nullable Throwable cause) {
    return new Failure(p.line(), p.column(), path, p.message(), cause);
  }

  /**
   * A located problem on its way out to {@link #read}, which turns it into the format's exception
   * (a type parameter cannot be caught, and the format's exception is itself an IOException).
   */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    Failure(int line, int column, String path, String problem, @Nullable Throwable cause) {
      super(problem, cause, false, false);
      this.line = line;
      this.column = column;
      this.path = path;
      this.problem = problem;
    }
  }
}
