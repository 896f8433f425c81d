package dev.answereval.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answereval.internal.FileProblems;
import dev.answereval.report.AnswerScoreJson;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.text.TextInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Scores a JSONL batch of answers in parallel on a fixed thread pool and writes one JSON result per
 * line in input order. Each input line is {@code {"id", "question_id", "answer"}}; each output line
 * is {@code {"id": ..., <the AnswerScoreJson fields>}}, or {@code {"id", "questionId", "error"}}
 * for an answer that is not valid text. Stateless; each call uses its own pool.
 */
final class BatchScorer {
  private static final ObjectMapper MAPPER = StrictJson.MAPPER;

  /** The fields of an input line, all required. */
  private static final List<String> FIELDS = List.of("id", "question_id", "answer");

  /**
   * The longest input line read, in chars: room for an answer at the scoring limit written with
   * JSON escapes (six chars a char) and more. A longer line (or an endless one, as in {@code
   * /dev/zero}) is an error, not read to its end.
   */
  static final int MAX_LINE = 1 << 20;

  /**
   * One input line.
   *
   * @param line 1-based line number in the file
   * @param id the line's {@code "id"} value, echoed in the output
   * @param questionId the question answered
   * @param answer the answer text
   */
  record Item(int line, JsonNode id, String questionId, String answer) {
    Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /** Counts of a finished batch. */
  record Outcome(int scored, int failed, @Nullable String firstFailure) {}

  /** Reports progress; called on the writing thread after each line is written. */
  interface Progress {
    void update(int done, int total);
  }

  private BatchScorer() {}

  /**
   * Reads and checks a batch file: every non-blank line must be a JSON object with exactly the
   * fields {@code "id"} (a string or an integer, unique in the file: {@code 1} and {@code "1"} are
   * the same id), {@code "question_id"} (a string, a question of the bank) and {@code "answer"} (a
   * string), each once, on a line of at most {@link #MAX_LINE} chars.
   *
   * @throws InputException naming the file and line of the first problem
   */
  static List<Item> read(Path file, QuestionBank bank) {
    List<Item> items = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException("cannot read batch file '" + name + "': is a directory");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = readLine(reader, name, 1); line != null; ) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          Item item = parse(line, name, lineNo, bank);
          Integer first = idLines.putIfAbsent(item.id().asText(), lineNo);
          if (first != null) {
            throw new InputException(
                name
                    + ":"
                    + lineNo
                    + ": duplicate id '"
                    + item.id().asText()
                    + "' (first on line "
                    + first
                    + ")");
          }
          items.add(item);
        }
        line = readLine(reader, name, lineNo + 1);
      }
    } catch (CharacterCodingException e) {
      throw new InputException("cannot read batch file '" + name + "': not UTF-8 text");
    } catch (IOException e) {
      throw new InputException("cannot read batch file '" + name + "': " + FileProblems.reason(e));
    }
    if (items.isEmpty()) {
      throw new InputException("batch file '" + name + "' has no answers");
    }
    return items;
  }

  /**
   * The next line without its terminator (LF, CR LF or CR, as {@link BufferedReader#readLine}), or
   * null at the end of input.
   *
   * @throws InputException when the line is over {@link #MAX_LINE} chars
   */
  private static @Nullable String readLine(BufferedReader reader, String file, int lineNo)
      throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      reader.mark(1);
      int c = reader.read();
      if (c < 0) {
        return line.isEmpty() ? null : line.toString();
      }
      if (c == '\n') {
        return line.toString();
      }
      if (c == '\r') {
        reader.mark(1);
        if (reader.read() != '\n') {
          reader.reset();
        }
        return line.toString();
      }
      if (line.length() == MAX_LINE) {
        throw new InputException(
            file + ":" + lineNo + ": line has more than " + MAX_LINE + " chars");
      }
      line.append((char) c);
    }
  }

  private static Item parse(String line, String file, int lineNo, QuestionBank bank) {
    String where = file + ":" + lineNo + ": ";
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      String problem = AnswerEvalCli.jsonProblem(e);
      throw new InputException(
          where + (problem.startsWith("duplicate field ") ? "" : "bad JSON: ") + problem);
    }
    if (node == null || !node.isObject()) {
      throw new InputException(
          where + "expected a JSON object {\"id\", \"question_id\", \"answer\"}");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!FIELDS.contains(field)) {
        throw new InputException(
            where + "unknown field '" + field + "' (expected " + String.join(", ", FIELDS) + ")");
      }
    }
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      throw new InputException(where + "missing \"id\" (a string or an integer)");
    }
    if (!(id.isTextual() || id.isIntegralNumber())) {
      throw new InputException(where + "\"id\" must be a string or an integer, got " + id);
    }
    String questionId = text(node, "question_id", where);
    String answer = text(node, "answer", where);
    if (bank.find(questionId).isEmpty()) {
      throw new InputException(where + BankOption.unknownQuestion(bank, questionId).getMessage());
    }
    return new Item(lineNo, id, questionId, answer);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new InputException(where + "missing string field \"" + field + "\"");
    }
    return v.asText();
  }

  /**
   * Scores the items on {@code threads} threads and writes one line per item to {@code out}, in
   * input order, as soon as it and all items before it are done.
   */
  static Outcome run(
      BankEvaluator evaluator,
      List<Item> items,
      int threads,
      PrintWriter out,
      @Nullable Progress progress)
      throws InterruptedException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Result>> futures = new ArrayList<>(items.size());
      for (Item item : items) {
        futures.add(pool.submit(() -> score(evaluator, item)));
      }
      int scored = 0;
      int failed = 0;
      String firstFailure = null;
      for (int i = 0; i < futures.size(); i++) {
        Result r;
        try {
          r = futures.get(i).get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException re) {
            throw re;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
        out.println(r.json());
        out.flush();
        if (r.error() == null) {
          scored++;
        } else {
          failed++;
          if (firstFailure == null) {
            firstFailure = "line " + items.get(i).line() + ": " + r.error();
          }
        }
        if (progress != null) {
          progress.update(i + 1, futures.size());
        }
      }
      return new Outcome(scored, failed, firstFailure);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Result(String json, @Nullable String error) {}

  private static Result score(BankEvaluator evaluator, Item item) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("id", item.id());
    try {
      o.setAll(AnswerScoreJson.toTree(evaluator.score(item.questionId(), item.answer())));
      return new Result(o.toString(), null);
    } catch (TextInputException e) {
      o.put("questionId", item.questionId());
      o.put("error", e.getMessage());
      return new Result(o.toString(), e.getMessage());
    }
  }
}
