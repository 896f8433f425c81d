package dev.answereval.rubric;

import dev.answereval.internal.FileProblems;
import dev.answereval.internal.TreeParsing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Loads question banks from hand-written YAML or JSON files in the format of {@code FORMAT.md}
 * (schema: {@code /dev/answereval/rubric/bank.schema.json}).
 *
 * <p>Files are validated strictly: unknown fields, duplicate keys, wrong types, out-of-range
 * numbers, duplicate ids and STAR expectations on non-behavioral questions are errors. The first
 * problem met is thrown as a {@link RubricFormatException} whose message reads {@code
 * FILE:LINE:COLUMN: PATH: PROBLEM}, e.g. {@code bank.yaml:14:19:
 * $.questions[2].rubric.keyPoints[0].weight: must be a number > 0, got -1}. Input must be UTF-8.
 *
 * <p>Stateless; all methods are thread-safe.
 */
public final class BankLoader {

  private BankLoader() {}

  /**
   * Loads a bank file; the format follows the extension ({@code .json}, {@code .yaml}, {@code
   * .yml}), else the first non-blank character ({@code '{'} means JSON, anything else YAML).
   *
   * @throws RubricFormatException when the content is not a valid bank (named by {@code file})
   * @throws IOException when the file cannot be read, or is larger than {@link
   *     FileProblems#MAX_FILE_BYTES} (64 MiB)
   */
  public static QuestionBank load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    return parse(decode(FileProblems.readAll(file, FileProblems.MAX_FILE_BYTES), source), source);
  }

  /**
   * Loads a bank from a stream, which the caller owns and closes. The format is chosen as in {@link
   * #load(Path)}, from {@code sourceName}'s extension or the content.
   *
   * @param sourceName file name or description used in error messages and for format detection
   * @throws RubricFormatException when the content is not a valid bank
   * @throws IOException when the stream cannot be read
   */
  public static QuestionBank load(InputStream in, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return parse(decode(in.readAllBytes(), sourceName), sourceName);
  }

  /**
   * Loads a bank shipped on the class path as {@code QuestionBank.BUILT_IN_PREFIX + name +
   * ".yaml"}, or {@code ".json"} when there is no YAML one, through this class's own class loader.
   * The file's {@code bank} field must equal {@code name}.
   *
   * @param name the bank's name, e.g. {@code "mental-health"}
   * @throws IllegalArgumentException when {@code name} is not a valid bank id
   * @throws IOException naming the bank and the resource paths tried when neither exists
   * @throws RubricFormatException when the resource is not a valid bank
   */
  public static QuestionBank loadBuiltIn(String name) throws IOException {
    Ids.check(name, "name");
    String yaml = QuestionBank.BUILT_IN_PREFIX + name + ".yaml";
    String json = QuestionBank.BUILT_IN_PREFIX + name + ".json";
    for (String resource : new String[] {yaml, json}) {
      try (InputStream in = BankLoader.class.getResourceAsStream(resource)) {
        if (in == null) {
          continue;
        }
        String source = "classpath:" + resource;
        QuestionBank bank = load(in, source);
        if (!bank.name().equals(name)) {
          throw new RubricFormatException(
              source,
              0,
              0,
              "$.bank",
              "the built-in bank '" + name + "' declares the name '" + bank.name() + "'",
              null);
        }
        return bank;
      }
    }
    throw new IOException(
        "no built-in question bank '"
            + name
            + "': neither "
            + yaml
            + " nor "
            + json
            + " is on the class path (built-in banks ship in the answer-eval-testdata jar)");
  }

  /**
   * Parses a bank from text (a leading byte order mark is ignored). The format is chosen from
   * {@code sourceName}'s extension, else from the first non-blank character.
   *
   * @param sourceName file name or description used in error messages and for format detection
   * @throws RubricFormatException when the content is not a valid bank
   */
  public static QuestionBank parse(String content, String sourceName) throws RubricFormatException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sourceName, "sourceName");
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    return BankBinder.bind(
        BankTreeReader.read(text, isJson(sourceName, text), sourceName), sourceName);
  }

  private static boolean isJson(String sourceName, String content) {
    String n = sourceName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return true;
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return false;
    }
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{';
      }
    }
    return false;
  }

  /** Strict UTF-8 decoding; a malformed byte is reported at its line and column. */
  private static String decode(byte[] bytes, String source) throws RubricFormatException {
    return TreeParsing.decodeUtf8(
        bytes,
        p -> new RubricFormatException(source, p.line(), p.column(), "$", p.message(), null));
  }
}
