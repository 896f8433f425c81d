package dev.answereval.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.List;
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
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
   * Reads and checks a batch file: every non-blank line must be a JSON object with an {@code "id"},
   * a string {@code "question_id"} known to the bank and a string {@code "answer"}.
   *
   * @throws InputException naming the file and line of the first problem
   */
  static List<Item> read(Path file, QuestionBank bank) {
    List<Item> items = new ArrayList<>();
    String name = file.toString();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        items.add(parse(line, name, lineNo, bank));
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

  private static Item parse(String line, String file, int lineNo, QuestionBank bank) {
    String where = file + ":" + lineNo + ": ";
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(where + "bad JSON: " + AnswerEvalCli.jsonProblem(e));
    }
    if (node == null || !node.isObject()) {
      throw new InputException(
          where + "expected a JSON object {\"id\", \"question_id\", \"answer\"}");
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
