package dev.answereval.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.answereval.internal.TreeParsing;
import dev.answereval.text.TextAnalyzer;
import dev.answereval.text.TextInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers with human grades, read from JSON Lines or CSV.
 *
 * <p>Each row (one JSON object per line, or one CSV record under a header) has {@code question_id},
 * {@code answer}, the target field (default {@code score}), and optionally {@code id}, {@code
 * question}, {@code reference} (a string) and {@code references} (a list of strings or of objects
 * with {@code text} and optional {@code category}; in CSV a JSON array or a single text). All other
 * fields are kept in {@link DatasetRow#extra()}. Unless {@link DatasetOptions#kind()} or {@link
 * DatasetOptions#classes()} says otherwise, the target is numeric when more than half of its values
 * are numbers, else categorical. Every value of a numeric target must then be a number from -10^12
 * to 10^12: one that is not (a typo such as {@code 3.o}, {@code 1e400}) is a malformed row, since
 * one stray label must not silently turn a numeric benchmark into a classification one. An answer
 * the evaluator would refuse ({@link TextAnalyzer#checkAnswer}: a control character, more than
 * {@link TextAnalyzer#MAX_CHARS} chars, under 30% letters) is a malformed row too, so that no
 * scorer silently grades it 0; an answer that is merely short or not English is a valid row (the
 * evaluator leaves it unscored).
 *
 * <p>Immutable and thread-safe.
 */
public final class Dataset {

  private static final Set<String> KNOWN_FIELDS = DatasetOptions.RESERVED_FIELDS;

  /**
   * The largest magnitude of a numeric target, 10^12: far beyond any grading scale, and small
   * enough that the metrics' sums of squares stay finite.
   */
  public static final double MAX_NUMERIC_TARGET = 1e12;

  private final String name;
  private final String target;
  private final TargetKind kind;
  private final List<String> classes;
  private final boolean ordinal;
  private final @Nullable String positiveClass;
  private final List<DatasetRow> rows;
  private final List<InvalidRow> invalidRows;
  private final List<Integer> lines;
  private final Set<String> generatedIds;

  private Dataset(
      String name,
      String target,
      TargetKind kind,
      List<String> classes,
      boolean ordinal,
      @Nullable String positiveClass,
      List<DatasetRow> rows,
      List<InvalidRow> invalidRows,
      List<Integer> lines,
      Set<String> generatedIds) {
    this.name = name;
    this.target = target;
    this.kind = kind;
    this.classes = List.copyOf(classes);
    this.ordinal = ordinal;
    this.positiveClass = positiveClass;
    this.rows = List.copyOf(rows);
    this.invalidRows = List.copyOf(invalidRows);
    this.lines = List.copyOf(lines);
    this.generatedIds = Set.copyOf(generatedIds);
  }

  /** Loads a file with default options. */
  public static Dataset load(Path file) throws IOException {
    return load(file, DatasetOptions.defaults());
  }

  /**
   * Loads a file: {@code .csv} as CSV with a header, {@code .jsonl}, {@code .ndjson} and {@code
   * .json} as JSON Lines. The file must be UTF-8 text (a leading byte order mark is ignored).
   *
   * @throws DatasetFormatException for malformed content, naming the file and line (for bytes that
   *     are not UTF-8, the line holding the first of them)
   * @throws IllegalArgumentException for another file name extension
   * @throws IOException when the file cannot be read or is a directory
   */
  public static Dataset load(Path file, DatasetOptions options) throws IOException {
    String fileName = String.valueOf(file.getFileName());
    if (Files.isDirectory(file)) {
      throw new IOException("cannot read dataset file '" + file + "': it is a directory");
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean csv = lower.endsWith(".csv");
    if (!csv
        && !lower.endsWith(".jsonl")
        && !lower.endsWith(".ndjson")
        && !lower.endsWith(".json")) {
      throw new IllegalArgumentException(
          "file must end with .csv, .jsonl, .ndjson or .json, got " + fileName);
    }
    Reader reader = new StringReader(utf8(Files.readAllBytes(file), fileName));
    return csv ? readCsv(reader, fileName, options) : readJsonLines(reader, fileName, options);
  }

  /**
   * Decodes strict UTF-8. A reader's own decoder fails with a bare "Input length = 1" and, since it
   * decodes ahead in blocks, at no line it could name; here the line is counted up to the bad byte.
   */
  static String utf8(byte[] bytes, String source) throws DatasetFormatException {
    return TreeParsing.decodeUtf8(
        bytes,
        (decoded, offset) -> {
          // Lines end as BufferedReader.readLine ends them: at \n, \r\n or a lone \r.
          int line = 1;
          for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n'
                || (c == '\r' && (i + 1 == decoded.length() || decoded.charAt(i + 1) != '\n'))) {
              line++;
            }
          }
          return new DatasetFormatException(source, line, "not UTF-8 text");
        });
  }

  /**
   * Reads JSON Lines: one object per line, blank lines ignored. A line with anything after its
   * object, or with a key repeated in one object, is malformed; a file whose first line opens a
   * JSON array is rejected as a whole.
   */
  public static Dataset readJsonLines(Reader reader, String source, DatasetOptions options)
      throws IOException {
    Builder b = new Builder(source, options);
    BufferedReader in = reader instanceof BufferedReader br ? br : new BufferedReader(reader);
    String text;
    int line = 0;
    boolean seenContent = false;
    while ((text = in.readLine()) != null) {
      line++;
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      if (!seenContent && text.strip().startsWith("[")) {
        // A pretty-printed or one-line JSON array: the whole file is one document, not rows.
        throw new DatasetFormatException(
            source,
            line,
            "the file holds a JSON array; datasets must be JSON Lines, one JSON object per line");
      }
      seenContent = true;
      JsonNode node;
      try {
        node = Json.parse(text);
      } catch (JsonProcessingException e) {
        String problem = Json.problem(e);
        b.invalid(
            line,
            problem.equals(Json.TRAILING) ? problem + " (one JSON object per line)" : problem,
            e);
        continue;
      }
      if (node == null || !node.isObject()) {
        b.invalid(line, "expected a JSON object, got " + (node == null ? "nothing" : text.strip()));
        continue;
      }
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      node.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
      b.add(line, fields);
    }
    return b.build();
  }

  /** Reads CSV with a header record (RFC 4180 quoting). */
  public static Dataset readCsv(Reader reader, String source, DatasetOptions options)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    int r;
    while ((r = reader.read(buf)) > 0) {
      sb.append(buf, 0, r);
    }
    List<Csv.Row> records = Csv.parse(sb.toString(), source);
    if (records.isEmpty()) {
      throw new DatasetFormatException(source, 1, "empty CSV: expected a header record");
    }
    Csv.Row header = records.get(0);
    List<String> names = header.fields().stream().map(String::strip).toList();
    Set<String> seen = new LinkedHashSet<>();
    for (String n : names) {
      if (n.isEmpty()) {
        throw new DatasetFormatException(source, header.line(), "empty column name in header");
      }
      if (!seen.add(n)) {
        throw new DatasetFormatException(source, header.line(), "duplicate column '" + n + "'");
      }
    }
    Builder b = new Builder(source, options);
    for (Csv.Row rec : records.subList(1, records.size())) {
      if (rec.fields().size() != names.size()) {
        b.invalid(
            rec.line(),
            "expected " + names.size() + " fields as in the header, got " + rec.fields().size());
        continue;
      }
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        String value = rec.fields().get(i);
        if (name.equals("references") && value.strip().startsWith("[")) {
          try {
            fields.put(name, Json.parse(value));
          } catch (JsonProcessingException e) {
            b.invalid(rec.line(), "column 'references' is not a valid JSON array", e);
            fields = null;
            break;
          }
        } else {
          fields.put(name, TextNode.valueOf(value));
        }
      }
      if (fields != null) {
        b.add(rec.line(), fields);
      }
    }
    return b.build();
  }

  /**
   * A dataset built in code; rows are validated like file rows (unique ids, answers the evaluator
   * accepts).
   *
   * @throws IllegalArgumentException when ids repeat, an answer fails {@link
   *     TextAnalyzer#checkAnswer} ({@code rows[I]: answer ...}), rows are empty or a label is not
   *     in {@code options.classes()}
   */
  public static Dataset of(String name, List<DatasetRow> rows, DatasetOptions options) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Integer prev = ids.putIfAbsent(rows.get(i).id(), i);
      if (prev != null) {
        throw new IllegalArgumentException(
            "rows[" + i + "]: duplicate id '" + rows.get(i).id() + "' (first at " + prev + ")");
      }
      try {
        TextAnalyzer.checkAnswer(rows.get(i).answer());
      } catch (TextInputException e) {
        throw new IllegalArgumentException("rows[" + i + "]: " + e.getMessage(), e);
      }
    }
    try {
      List<Integer> positions = new ArrayList<>();
      for (int i = 1; i <= rows.size(); i++) {
        positions.add(i);
      }
      return finish(name, options, rows, List.of(), positions, Set.of());
    } catch (DatasetFormatException e) {
      throw new IllegalArgumentException(e.problem(), e);
    }
  }

  /** Display name (the file name for loaded datasets). */
  public String name() {
    return name;
  }

  /** Name of the target field. */
  public String target() {
    return target;
  }

  /** Numeric or categorical. */
  public TargetKind kind() {
    return kind;
  }

  /** Class labels in index order (lowest first when {@link #ordinal()}); empty when numeric. */
  public List<String> classes() {
    return classes;
  }

  /** True when the classes form a known order (numeric labels, a known scale, or given). */
  public boolean ordinal() {
    return ordinal;
  }

  /**
   * The class a binary AUC treats as positive (a higher score should mean this class): the one
   * named in {@link DatasetOptions#positiveClass()}, else the later of the two classes in {@link
   * #classes()} order. Null unless the target is categorical with exactly two classes.
   */
  public @Nullable String positiveClass() {
    return positiveClass;
  }

  /** The valid rows in file order. */
  public List<DatasetRow> rows() {
    return rows;
  }

  /**
   * The 1-based line where row {@code index} of {@link #rows()} starts in the file, for messages
   * such as {@code grades.jsonl:7: ...}; for a dataset built with {@link #of}, its 1-based
   * position.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
   */
  public int line(int index) {
    return lines.get(index);
  }

  /**
   * Whether row {@code index} has an id of its own ({@code id} field, or any row of a dataset built
   * with {@link #of}) rather than its line number.
   */
  boolean hasOwnId(int index) {
    return !generatedIds.contains(rows.get(index).id());
  }

  /** Number of valid rows. */
  public int size() {
    return rows.size();
  }

  /** Rows skipped as malformed (always empty unless {@code skipInvalid}). */
  public List<InvalidRow> invalidRows() {
    return invalidRows;
  }

  /** The numeric targets in row order. */
  public double[] numericTargets() {
    if (kind != TargetKind.NUMERIC) {
      throw new IllegalStateException("target '" + target + "' is categorical");
    }
    double[] y = new double[rows.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = Double.parseDouble(rows.get(i).target());
    }
    return y;
  }

  /** The class index of every row's target, in row order. */
  public int[] classIndices() {
    if (kind != TargetKind.CATEGORICAL) {
      throw new IllegalStateException("target '" + target + "' is numeric");
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      index.put(classes.get(i), i);
    }
    int[] y = new int[rows.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = index.get(rows.get(i).target());
    }
    return y;
  }

  /** The question id of every row, in row order. */
  public List<String> questionIds() {
    return rows.stream().map(DatasetRow::questionId).toList();
  }

  @Override
  public String toString() {
    return "Dataset["
        + name
        + ", "
        + rows.size()
        + " rows, "
        + kind.jsonName()
        + " "
        + target
        + "]";
  }

  private static Dataset finish(
      String name,
      DatasetOptions options,
      List<DatasetRow> rows,
      List<InvalidRow> invalid,
      List<Integer> lines,
      Set<String> generatedIds)
      throws DatasetFormatException {
    if (rows.isEmpty()) {
      throw noValidRows(name, invalid);
    }
    long numbers = rows.stream().filter(r -> number(r.target()) != null).count();
    boolean detected = options.classes() == null && options.kind() == null;
    TargetKind kind =
        options.classes() != null
            ? TargetKind.CATEGORICAL
            : options.kind() != null
                ? options.kind()
                : 2 * numbers > rows.size() ? TargetKind.NUMERIC : TargetKind.CATEGORICAL;
    if (kind == TargetKind.NUMERIC) {
      List<DatasetRow> kept = new ArrayList<>();
      List<Integer> keptLines = new ArrayList<>();
      List<InvalidRow> skipped = new ArrayList<>(invalid);
      for (int i = 0; i < rows.size(); i++) {
        String problem = numericProblem(options.target(), rows.get(i).target());
        if (problem == null) {
          kept.add(rows.get(i));
          keptLines.add(lines.get(i));
          continue;
        }
        if (detected && number(rows.get(i).target()) == null) {
          problem +=
              " ("
                  + numbers
                  + " of "
                  + rows.size()
                  + " values are numbers; to read every value as a class label, make the target"
                  + " kind categorical)";
        }
        if (!options.skipInvalid()) {
          throw new DatasetFormatException(name, lines.get(i), problem);
        }
        skipped.add(new InvalidRow(lines.get(i), problem));
      }
      if (kept.isEmpty()) {
        throw noValidRows(name, skipped);
      }
      skipped.sort(Comparator.comparingInt(InvalidRow::line));
      if (options.positiveClass() != null) {
        throw new IllegalArgumentException(
            "a positive class ('"
                + options.positiveClass()
                + "') needs a two-class target, but target '"
                + options.target()
                + "' is numeric");
      }
      return new Dataset(
          name,
          options.target(),
          kind,
          List.of(),
          false,
          null,
          kept,
          skipped,
          keptLines,
          generatedIds);
    }
    if (options.classes() != null) {
      for (int i = 0; i < rows.size(); i++) {
        if (!options.classes().contains(rows.get(i).target())) {
          throw new DatasetFormatException(
              name,
              lines.get(i),
              "label '"
                  + rows.get(i).target()
                  + "' is not one of the given classes "
                  + options.classes());
        }
      }
      return categorical(
          name, options, options.classes(), true, rows, invalid, lines, generatedIds);
    }
    List<String> distinct = rows.stream().map(DatasetRow::target).distinct().toList();
    Optional<List<String>> scale = OrdinalScales.detect(distinct);
    if (scale.isPresent()) {
      return categorical(name, options, scale.get(), true, rows, invalid, lines, generatedIds);
    }
    List<String> classes = new ArrayList<>(distinct);
    if (options.classOrder() == ClassOrder.SORTED) {
      classes.sort(Comparator.naturalOrder());
    }
    return categorical(name, options, classes, false, rows, invalid, lines, generatedIds);
  }

  private static DatasetFormatException noValidRows(String name, List<InvalidRow> invalid) {
    return new DatasetFormatException(
        name, 1, "no valid rows" + (invalid.isEmpty() ? "" : " (" + invalid.size() + " invalid)"));
  }

  /** The value written as a decimal number, any magnitude, or null for anything else. */
  private static @Nullable Double number(String value) {
    String s = value.strip();
    if (s.isEmpty() || "dDfF".indexOf(s.charAt(s.length() - 1)) >= 0) {
      return null;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Why a value is no numeric target, or null when it is one. */
  private static @Nullable String numericProblem(String target, String value) {
    Double v = number(value);
    if (v == null) {
      return "target '" + target + "' must be a number, got '" + value + "'";
    }
    if (!(Math.abs(v) <= MAX_NUMERIC_TARGET)) {
      return "target '"
          + target
          + "' must be a finite number from -1e12 to 1e12, got '"
          + value
          + "'";
    }
    return null;
  }

  private static Dataset categorical(
      String name,
      DatasetOptions options,
      List<String> classes,
      boolean ordinal,
      List<DatasetRow> rows,
      List<InvalidRow> invalid,
      List<Integer> lines,
      Set<String> generatedIds) {
    String positive = options.positiveClass();
    if (positive != null && (classes.size() != 2 || !classes.contains(positive))) {
      throw new IllegalArgumentException(
          "positive class '"
              + positive
              + "' must be one of the two classes of target '"
              + options.target()
              + "', got classes "
              + classes);
    }
    if (positive == null && classes.size() == 2) {
      positive = classes.get(1);
    }
    return new Dataset(
        name,
        options.target(),
        TargetKind.CATEGORICAL,
        classes,
        ordinal,
        positive,
        rows,
        invalid,
        lines,
        generatedIds);
  }

  /** Validates raw rows into dataset rows. */
  private static final class Builder {
    private final String source;
    private final DatasetOptions options;
    private final List<DatasetRow> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final Set<String> generatedIds = new HashSet<>();
    private final List<InvalidRow> invalid = new ArrayList<>();
    private final Map<String, Integer> idLines = new HashMap<>();

    Builder(String source, DatasetOptions options) {
      this.source = source;
      this.options = Objects.requireNonNull(options, "options");
    }

    void invalid(int line, String problem) throws DatasetFormatException {
      invalid(line, problem, null);
    }

    void invalid(int line, String problem, @Nullable Throwable cause)
        throws DatasetFormatException {
      if (!options.skipInvalid()) {
        throw new DatasetFormatException(source, line, problem, cause);
      }
      invalid.add(new InvalidRow(line, problem));
    }

    void add(int line, Map<String, JsonNode> fields) throws DatasetFormatException {
      try {
        DatasetRow row = toRow(line, fields);
        Integer first = idLines.putIfAbsent(row.id(), line);
        if (first != null) {
          throw new RowProblem("duplicate id '" + row.id() + "' (first on line " + first + ")");
        }
        rows.add(row);
        lines.add(line);
        if (optionalScalar(fields, "id") == null) {
          generatedIds.add(row.id());
        }
      } catch (RowProblem p) {
        invalid(line, p.getMessage());
      }
    }

    Dataset build() throws DatasetFormatException {
      return finish(source, options, rows, invalid, lines, generatedIds);
    }

    private DatasetRow toRow(int line, Map<String, JsonNode> f) throws RowProblem {
      String targetName = options.target();
      String questionId = requiredScalar(f, "question_id");
      String answer = requiredScalar(f, "answer");
      try {
        TextAnalyzer.checkAnswer(answer);
      } catch (TextInputException e) {
        // An answer the evaluator would refuse is bad input, not a score of 0.
        throw new RowProblem(e.getMessage());
      }
      String target = requiredScalar(f, targetName);
      String id = optionalScalar(f, "id");
      String question = optionalScalar(f, "question");
      List<Reference> refs = new ArrayList<>();
      String reference = optionalScalar(f, "reference");
      if (reference != null) {
        refs.add(Reference.of(reference));
      }
      JsonNode list = f.get("references");
      if (list != null && !list.isNull()) {
        if (list.isTextual()) {
          if (!list.textValue().isBlank()) {
            refs.add(Reference.of(list.textValue()));
          }
        } else if (list.isArray()) {
          for (int i = 0; i < list.size(); i++) {
            refs.add(reference(list.get(i), i));
          }
        } else {
          throw new RowProblem("field 'references' must be a list, got " + list.getNodeType());
        }
      }
      Map<String, @Nullable Object> extra = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : f.entrySet()) {
        if (!KNOWN_FIELDS.contains(e.getKey()) && !e.getKey().equals(targetName)) {
          extra.put(e.getKey(), Json.toPlain(e.getValue()));
        }
      }
      return new DatasetRow(
          id != null ? id : String.valueOf(line),
          questionId,
          question,
          answer,
          refs,
          target,
          Collections.unmodifiableMap(extra));
    }

    private static Reference reference(JsonNode node, int i) throws RowProblem {
      if (node.isTextual() && !node.textValue().isBlank()) {
        return Reference.of(node.textValue());
      }
      if (node.isObject()) {
        JsonNode text = node.get("text");
        JsonNode category = node.get("category");
        if (text != null && text.isTextual() && !text.textValue().isBlank()) {
          return new Reference(
              text.textValue(),
              category != null && category.isValueNode() && !category.isNull()
                  ? category.asText()
                  : null);
        }
        throw new RowProblem("references[" + i + "] needs a non-blank string field 'text'");
      }
      throw new RowProblem(
          "references[" + i + "] must be a non-blank string or an object with 'text'");
    }

    private static String requiredScalar(Map<String, JsonNode> f, String name) throws RowProblem {
      JsonNode n = f.get(name);
      if (n == null || n.isNull()) {
        throw new RowProblem("missing field '" + name + "'");
      }
      if (!n.isValueNode()) {
        throw new RowProblem(
            "field '" + name + "' must be a string or number, got " + n.getNodeType());
      }
      String s = n.asText();
      if (s.isBlank()) {
        throw new RowProblem("empty field '" + name + "'");
      }
      return s.strip();
    }

    private static @Nullable String optionalScalar(Map<String, JsonNode> f, String name)
        throws RowProblem {
      JsonNode n = f.get(name);
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.isValueNode()) {
        throw new RowProblem(
            "field '" + name + "' must be a string or number, got " + n.getNodeType());
      }
      String s = n.asText();
      return s.isBlank() ? null : s.strip();
    }
  }

  /** A row-level problem, turned into a {@link DatasetFormatException} or an invalid row. */
  private static final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;

    RowProblem(String message) {
      super(message);
    }
  }
}
