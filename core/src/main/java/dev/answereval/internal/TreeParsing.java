package dev.answereval.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * The reading rules shared by the bank and fixture readers, which build their own located trees
 * from Jackson's streaming parser: strict UTF-8, a size limit for YAML and a nesting limit, YAML
 * anchors, aliases and YAML 1.1 number forms rejected, and parser errors turned into short located
 * {@link Problem}s that each reader wraps in its own exception with the path it is at.
 *
 * <p>Stateless and thread-safe; each parser it creates reads one input on one thread.
 */
public final class TreeParsing {

  /** Deepest nesting of mappings and lists accepted; the file formats need fewer than ten. */
  public static final int MAX_DEPTH = 64;

  /** Longest YAML document accepted, in characters (code points): SnakeYAML's 3 MiB default. */
  public static final int MAX_YAML_CHARS = 3 * 1024 * 1024;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final YAMLFactory YAML = new EventTrackingFactory();

  /** Jackson's "(start marker at [Source: ...; line: L, column: C])", which names no source. */
  private static final Pattern START_MARKER =
      Pattern.compile(
          "(\\s*)\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");

  private static final Pattern LIMIT_SOURCE = Pattern.compile(", from `[^`]*`");
  private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(?i:inf|nan)");
  private static final Pattern NON_STANDARD_TOKEN =
      Pattern.compile("Non-standard token '([^']*)'.*");
  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");

  private TreeParsing() {}

  /**
   * Something wrong with the input, at a place in it.
   *
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param message what is wrong and what to write instead, without the location
   */
  public record Problem(int line, int column, String message) {}

  /**
   * Decodes strict UTF-8; a malformed byte is reported at its line and column.
   *
   * @param error turns the located problem into the caller's exception
   */
  public static <E extends Exception> String decodeUtf8(byte[] bytes, Function<Problem, E> error)
      throws E {
    return decodeUtf8(
        bytes,
        (decoded, offset) -> {
          int[] at = lineAndColumn(decoded, decoded.length());
          return error.apply(
              new Problem(
                  at[0],
                  at[1],
                  "not valid UTF-8 (malformed byte at offset "
                      + offset
                      + "); save the file as UTF-8"));
        });
  }

  /**
   * Makes the exception for a malformed byte in strict UTF-8 decoding.
   *
   * @param <E> the caller's exception
   */
  @FunctionalInterface
  public interface Utf8Error<E extends Exception> {
    /**
     * @param decoded the text before the malformed byte, for counting lines by the caller's rule
     * @param offset the malformed byte's offset in the input
     */
    E at(CharSequence decoded, int offset);
  }

  /** Decodes strict UTF-8; a malformed byte is handed to {@code error} with the text before it. */
  public static <E extends Exception> String decodeUtf8(byte[] bytes, Utf8Error<E> error) throws E {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    out.flip();
    if (r.isError()) {
      throw error.at(out, in.position());
    }
    return out.toString();
  }

  /** The size problem of a document, or null when it is within {@link #MAX_YAML_CHARS}. */
  public static @Nullable Problem sizeProblem(String text, boolean json) {
    if (json || text.length() <= MAX_YAML_CHARS) {
      return null;
    }
    if (text.codePointCount(0, text.length()) <= MAX_YAML_CHARS) {
      return null;
    }
    int[] at = lineAndColumn(text, text.offsetByCodePoints(0, MAX_YAML_CHARS));
    return new Problem(
        at[0],
        at[1],
        "the YAML document is longer than the limit of "
            + MAX_YAML_CHARS
            + " characters; split it into smaller files or write it as JSON");
  }

  /** A streaming parser for JSON or (with anchors and aliases visible to {@link #check}) YAML. */
  public static JsonParser createParser(String text, boolean json) throws IOException {
    return json ? JSON.createParser(text) : YAML.createParser(text);
  }

  /**
   * What is wrong with the parser's current token, or null when nothing is: a YAML anchor or alias
   * (an alias would otherwise read as the anchor's name), a YAML 1.1 number form such as {@code
   * 010}, {@code 0x10} or {@code 1_000}, {@code .inf} or {@code .nan}, or a number beyond the range
   * of a double.
   */
  public static @Nullable Problem check(JsonParser p) throws IOException {
    if (p instanceof EventTrackingParser y) {
      Problem reference = y.reference();
      if (reference != null) {
        return reference;
      }
    }
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      return null;
    }
    String text = p.getText();
    String form = p instanceof YAMLParser ? yaml11Form(text, t) : null;
    if (form != null) {
      return at(p, "'" + text + "' " + form + "; write a plain decimal number");
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      if (Double.isInfinite(d)) {
        return at(p, "number " + text + " is out of range; the largest magnitude is about 1.8e308");
      }
    }
    return null;
  }

  private static @Nullable String yaml11Form(String text, JsonToken t) {
    if (NON_FINITE.matcher(text).matches()) {
      return "is not a finite number";
    }
    String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    if (digits.startsWith("0x") || digits.startsWith("0X")) {
      return "is a hexadecimal number";
    }
    if (digits.startsWith("0b") || digits.startsWith("0B")) {
      return "is a binary number";
    }
    if (t == JsonToken.VALUE_NUMBER_INT && LEADING_ZERO.matcher(text).matches()) {
      return "has a leading zero, which YAML 1.1 reads as octal";
    }
    if (text.indexOf('_') >= 0) {
      return "has '_' digit separators";
    }
    return null;
  }

  /** The problem of a mapping or list opened deeper than {@link #MAX_DEPTH}, at that token. */
  public static Problem tooDeep(JsonParser p) {
    return at(p, "nested deeper than the limit of " + MAX_DEPTH + " levels of mappings and lists");
  }

  /**
   * A path short enough for a message: long paths (from deep nesting) keep their first and last
   * steps around "...".
   */
  public static String shortPath(String path) {
    if (path.length() <= 80) {
      return path;
    }
    int head = stepBoundary(path, 36, true);
    int tail = stepBoundary(path, path.length() - 36, false);
    if (head >= tail) {
      return path;
    }
    // "$.a.b...y.z" and "$.a[0]...[0][0]": a dot after the ellipsis would read as a fourth one
    return path.substring(0, head)
        + "..."
        + path.substring(path.charAt(tail) == '.' ? tail + 1 : tail);
  }

  /** The first step boundary ('.' or '[') at or after (or before) {@code from}. */
  private static int stepBoundary(String path, int from, boolean forward) {
    for (int i = from; i > 0 && i < path.length(); i += forward ? 1 : -1) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        return i;
      }
    }
    return forward ? path.length() : 0;
  }

  /**
   * A parser error as a located problem: SnakeYAML's problem and problem mark when there is one
   * (rather than Jackson's message, which for YAML is only the context), else Jackson's first
   * message line and location. Messages name no Java classes.
   */
  public static Problem syntaxProblem(JsonParser p, JacksonException e) {
    boolean yaml = p instanceof YAMLParser;
    if (e instanceof StreamConstraintsException) {
      JsonLocation l = e.getLocation();
      String m = LIMIT_SOURCE.matcher(firstLine(e.getOriginalMessage())).replaceAll("");
      return new Problem(
          l == null ? 0 : Math.max(0, l.getLineNr()),
          l == null ? 0 : Math.max(0, l.getColumnNr()),
          "exceeds a parser limit: " + m);
    }
    if (p instanceof EventTrackingParser y) {
      Problem key = y.complexKey(e);
      if (key != null) {
        return key;
      }
    }
    String original = e.getOriginalMessage();
    Matcher nonStandard = NON_STANDARD_TOKEN.matcher(original == null ? "" : original);
    if (!yaml && nonStandard.matches() && e.getLocation() != null) {
      // Jackson locates the token by its end; NaN, Infinity and the like are not JSON numbers.
      String token = nonStandard.group(1);
      return new Problem(
          e.getLocation().getLineNr(),
          Math.max(1, e.getLocation().getColumnNr() - token.length()),
          "invalid JSON: '" + token + "' is not a JSON number; write a plain decimal number");
    }
    int line = 0;
    int column = 0;
    String problem = original;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
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
    return new Problem(
        Math.max(line, 0),
        Math.max(column, 0),
        (yaml ? "invalid YAML: " : "invalid JSON: ") + firstLine(problem));
  }

  /** Jackson's problem text without its "(start marker at [Source: ...])" aside. */
  public static String withoutStartMarker(String message) {
    return START_MARKER.matcher(message).replaceAll("");
  }

  /** The first line of a parser message, without Jackson's source description. */
  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "syntax error";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    t = nl < 0 ? t : t.substring(0, nl).strip();
    t = START_MARKER.matcher(t).replaceAll("$1(opened at line $2, column $3)");
    if (t.contains("<block end>")) {
      t = t + "; check the indentation";
    }
    return t;
  }

  private static Problem at(JsonParser p, String message) {
    JsonLocation l = p.currentTokenLocation();
    return new Problem(l.getLineNr(), l.getColumnNr(), message);
  }

  private static int[] lineAndColumn(CharSequence text, int end) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /**
   * Creates {@link EventTrackingParser}s, with SnakeYAML's size limit left to {@link #sizeProblem}.
   */
  private static final class EventTrackingFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    EventTrackingFactory() {
      super(unlimited());
    }

    private static YAMLFactoryBuilder unlimited() {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(Integer.MAX_VALUE);
      return YAMLFactory.builder().loaderOptions(options);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
      return new EventTrackingParser(
          ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }
  }

  /**
   * A YAML parser that remembers the SnakeYAML event behind the current token, whose anchor or
   * alias Jackson drops (an alias becomes a string holding the anchor's name).
   */
  private static final class EventTrackingParser extends YAMLParser {
    private @Nullable Event event;

    EventTrackingParser(
        IOContext ctxt,
        int parserFeatures,
        int yamlFeatures,
        LoaderOptions options,
        com.fasterxml.jackson.core.@Nullable ObjectCodec codec,
        Reader reader) {
      super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
    }

    @Override
    protected Event getEvent() throws IOException {
      Event e = super.getEvent();
      event = e;
      return e;
    }

    @Nullable Problem reference() {
      if (!(event instanceof NodeEvent n) || n.getAnchor() == null) {
        return null;
      }
      String what = n instanceof AliasEvent ? "alias '*" : "anchor '&";
      return at(
          n.getStartMark(),
          "YAML "
              + what
              + n.getAnchor()
              + "': anchors and aliases are not supported; write the value out in full");
    }

    /** Jackson's "Expected a field name ... got this instead: <Event...>", said plainly. */
    @Nullable Problem complexKey(JacksonException e) {
      String m = e.getOriginalMessage();
      if (m == null || !m.startsWith("Expected a field name") || event == null) {
        return null;
      }
      String got =
          event instanceof SequenceStartEvent
              ? "a list"
              : event instanceof MappingStartEvent ? "a mapping" : "something else";
      return at(event.getStartMark(), "a mapping key must be a plain string, got " + got);
    }

    private static Problem at(@Nullable Mark mark, String message) {
      return mark == null
          ? new Problem(0, 0, message)
          : new Problem(mark.getLine() + 1, mark.getColumn() + 1, message);
    }
  }
}
