package dev.answereval.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.answereval.report.AnswerScoreJson;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.BankEvaluator;
import dev.answereval.text.TextInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local web page and its JSON API, served by the JDK's {@link HttpServer} on 127.0.0.1 only.
 *
 * <ul>
 *   <li>{@code GET /} the page ({@code /app.css} and {@code /app.js} beside it; no external assets)
 *   <li>{@code GET /api/questions} {@code [{"id", "text", "kind", "role", "category"}]} in bank
 *       order
 *   <li>{@code POST /api/score} with {@code {"questionId", "answer"}}: the {@link AnswerScoreJson}
 *       tree
 * </ul>
 *
 * Errors are JSON {@code {"error": "..."}}: 400 malformed request (including a body that is not
 * JSON in any encoding, and a key repeated within an object), 403 a Host other than 127.0.0.1 or
 * localhost (DNS rebinding) or a cross-origin {@code Origin}, 404 unknown path or question, 405
 * wrong method (HEAD works where GET does), 413 body over {@value #MAX_BODY} bytes, 415 a score
 * request that is not {@code application/json} (so that other sites' plain form posts cannot drive
 * it), 422 answer that is not valid text, 500 anything else (logged as one line). Evaluators are
 * built once, before the server starts. The server is thread-safe: requests run on a small fixed
 * pool and share only immutable evaluators.
 */
public final class AnswerServer implements AutoCloseable {
  /** Largest accepted request body, in bytes. */
  public static final int MAX_BODY = 64 * 1024;

  /** Most bytes of an oversized body read and discarded before answering 413. */
  private static final long DRAIN_LIMIT = 4L * 1024 * 1024;

  /** Request-handling threads. */
  static final int THREADS = 4;

  private static final ObjectMapper MAPPER = StrictJson.MAPPER;

  /** Static files: path -> resource name and content type. */
  private static final Map<String, String[]> FILES =
      Map.of(
          "/", new String[] {"index.html", "text/html; charset=utf-8"},
          "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
          "/app.css", new String[] {"app.css", "text/css; charset=utf-8"},
          "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"});

  private final BankEvaluator evaluator;
  private final HttpServer server;
  private final ExecutorService pool;
  private final PrintWriter log;
  private final byte[] questionsJson;
  private final Map<String, byte[]> files;

  private AnswerServer(
      BankEvaluator evaluator, HttpServer server, ExecutorService pool, PrintWriter log) {
    this.evaluator = evaluator;
    this.server = server;
    this.pool = pool;
    this.log = log;
    this.questionsJson = questionsJson(evaluator.bank());
    this.files =
        Map.of(
            "index.html", resource("index.html"),
            "app.css", resource("app.css"),
            "app.js", resource("app.js"));
  }

  /**
   * Starts a server on 127.0.0.1.
   *
   * @param evaluator the bank's evaluators, built once and shared by all requests
   * @param port the TCP port, or 0 for a free one
   * @param log where request failures are logged, one line each
   * @throws IOException when the port cannot be bound
   */
  public static AnswerServer start(BankEvaluator evaluator, int port, PrintWriter log)
      throws IOException {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(log, "log");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemonThreads());
    try {
      AnswerServer s = new AnswerServer(evaluator, server, pool, log);
      server.createContext("/", s::handle);
      server.setExecutor(pool);
      server.start();
      return s;
    } catch (RuntimeException e) {
      server.stop(0);
      pool.shutdownNow();
      throw e;
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "answer-eval-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  /** Stops accepting requests, waits up to one second for running ones, and stops the pool. */
  @Override
  public void close() {
    server.stop(1);
    pool.shutdownNow();
  }

  private void handle(HttpExchange ex) {
    try (ex) {
      try {
        route(ex);
      } catch (HttpError e) {
        sendError(ex, e.status, e.getMessage());
      } catch (RuntimeException e) {
        log.println(
            "answer-eval serve: "
                + ex.getRequestMethod()
                + " "
                + ex.getRequestURI().getRawPath()
                + " failed: "
                + AnswerEvalCli.oneLine(String.valueOf(e)));
        log.flush();
        sendError(ex, 500, "internal error");
      }
    } catch (IOException | RuntimeException e) {
      // The client went away while the response was being written; nothing left to tell it.
      log.println(
          "answer-eval serve: could not answer "
              + ex.getRequestURI().getRawPath()
              + ": "
              + AnswerEvalCli.oneLine(String.valueOf(e)));
      log.flush();
    }
  }

  private void route(HttpExchange ex) throws IOException {
    String host = ex.getRequestHeaders().getFirst("Host");
    if (host == null || !isLocal(host, "")) {
      // A page on another site that rebinds its DNS name to 127.0.0.1 sends its own Host name.
      throw new HttpError(
          403, "forbidden host '" + host + "'; this server answers only 127.0.0.1 and localhost");
    }
    String path = ex.getRequestURI().getRawPath();
    String[] file = FILES.get(path);
    if (file != null) {
      requireMethod(ex, "GET");
      send(ex, 200, file[1], Objects.requireNonNull(files.get(file[0])));
    } else if (path.equals("/api/questions")) {
      requireMethod(ex, "GET");
      send(ex, 200, "application/json; charset=utf-8", questionsJson);
    } else if (path.equals("/api/score")) {
      requireMethod(ex, "POST");
      score(ex);
    } else {
      throw new HttpError(404, "not found: " + path);
    }
  }

  /** Whether a Host ("127.0.0.1:8080") or Origin ("http://localhost:8080") names this machine. */
  private boolean isLocal(String value, String scheme) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (!v.startsWith(scheme)) {
      return false;
    }
    v = v.substring(scheme.length());
    String port = ":" + port();
    return v.equals("127.0.0.1" + port)
        || v.equals("localhost" + port)
        || v.equals("127.0.0.1")
        || v.equals("localhost");
  }

  private static void requireMethod(HttpExchange ex, String allowed) {
    boolean head = ex.getRequestMethod().equals("HEAD") && allowed.equals("GET");
    if (!ex.getRequestMethod().equals(allowed) && !head) {
      ex.getResponseHeaders().set("Allow", allowed);
      throw new HttpError(
          405,
          "method "
              + ex.getRequestMethod()
              + " not allowed on "
              + ex.getRequestURI().getRawPath()
              + "; use "
              + allowed);
    }
  }

  private void score(HttpExchange ex) throws IOException {
    String origin = ex.getRequestHeaders().getFirst("Origin");
    if (origin != null && !isLocal(origin, "http://")) {
      throw new HttpError(403, "cross-origin request from '" + origin + "' refused");
    }
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null
        || !type.strip().toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
      // Forms and text/plain posts from other pages need no CORS preflight; JSON does.
      throw new HttpError(415, "Content-Type must be application/json, got " + type);
    }
    byte[] body = readBody(ex);
    JsonNode req;
    try {
      req = MAPPER.readTree(body);
    } catch (IOException e) {
      // Not only JsonProcessingException: a body Jackson detects as UTF-16 or UTF-32 fails on a bad
      // character with a CharConversionException. Either way the request is at fault, not the
      // connection.
      throw new HttpError(400, "malformed JSON: " + AnswerEvalCli.jsonProblem(e));
    }
    if (req == null || !req.isObject()) {
      throw new HttpError(400, "expected a JSON object {\"questionId\", \"answer\"}");
    }
    String questionId = field(req, "questionId");
    String answer = field(req, "answer");
    QuestionBank bank = evaluator.bank();
    if (bank.find(questionId).isEmpty()) {
      throw new HttpError(404, BankOption.unknownQuestion(bank, questionId).getMessage());
    }
    AnswerScore result;
    try {
      result = evaluator.score(questionId, answer);
    } catch (TextInputException e) {
      throw new HttpError(422, e.getMessage());
    }
    send(
        ex,
        200,
        "application/json; charset=utf-8",
        AnswerScoreJson.toJson(result).getBytes(StandardCharsets.UTF_8));
  }

  private static String field(JsonNode req, String name) {
    JsonNode v = req.get(name);
    if (v == null || !v.isTextual()) {
      throw new HttpError(400, "missing string field \"" + name + "\"");
    }
    return v.asText();
  }

  private static byte[] readBody(HttpExchange ex) throws IOException {
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    try (InputStream in = ex.getRequestBody()) {
      if (length != null) {
        long declared;
        try {
          declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
          throw new HttpError(400, "bad Content-Length: " + length);
        }
        if (declared > MAX_BODY) {
          drain(in);
          throw tooLarge();
        }
      }
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        drain(in);
        throw tooLarge();
      }
      return body;
    }
  }

  /**
   * Reads and discards what the client is still sending, up to {@link #DRAIN_LIMIT} bytes, so that
   * it gets to read the error response instead of a reset connection.
   */
  private static void drain(InputStream in) throws IOException {
    byte[] buf = new byte[8192];
    long n = 0;
    int r;
    while (n < DRAIN_LIMIT && (r = in.read(buf)) >= 0) {
      n += r;
    }
  }

  private static HttpError tooLarge() {
    return new HttpError(413, "request body over " + MAX_BODY + " bytes");
  }

  private static void sendError(HttpExchange ex, int status, String message) throws IOException {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("error", message);
    send(
        ex,
        status,
        "application/json; charset=utf-8",
        o.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders()
        .set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
    if (body.length > 0 && !head) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = AnswerServer.class.getResourceAsStream("web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource web/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] questionsJson(QuestionBank bank) {
    ArrayNode qs = MAPPER.createArrayNode();
    for (Question q : bank) {
      ObjectNode o = qs.addObject();
      o.put("id", q.id());
      o.put("text", q.text());
      o.put("kind", q.kind().key());
      o.put("role", q.role());
      o.put("category", q.category());
    }
    return qs.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A request that fails with an HTTP status and a message for the client. */
  private static final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpError(int status, String message) {
      super(message);
      this.status = status;
    }
  }
}
