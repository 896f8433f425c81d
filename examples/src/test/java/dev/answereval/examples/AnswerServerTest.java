package dev.answereval.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answereval.report.AnswerScoreJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnswerServerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ANSWER =
      "I would first move the client to a quiet room where they feel safe. Then I would guide"
          + " slow breathing and a grounding exercise until the panic eases.";

  private static AnswerServer server;
  private static HttpClient client;
  private static final StringWriter LOG = new StringWriter();

  @BeforeAll
  static void start() throws IOException {
    server = AnswerServer.start(CliRun.testEvaluator(), 0, new PrintWriter(LOG, true));
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(), BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }

  private static String scoreRequest(String questionId, String answer) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("questionId", questionId);
    o.put("answer", answer);
    return o.toString();
  }

  private static String error(HttpResponse<String> r) throws IOException {
    JsonNode body = MAPPER.readTree(r.body());
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(body.size()).isEqualTo(1);
    return body.get("error").asText();
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
    assertThat(server.port()).isPositive();
  }

  @Test
  void servesThePageAndItsAssets() throws Exception {
    HttpResponse<String> page = get("/");
    HttpResponse<String> css = get("/app.css");
    HttpResponse<String> js = get("/app.js");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("<title>answer-eval: score an interview answer</title>")
        .contains("<script src=\"app.js\"></script>")
        .doesNotContain("http://", "https://");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.body()).contains("fetch('api/score'").doesNotContain("http://", "https://");
  }

  @Test
  void getQuestionsListsTheBankInOrder() throws Exception {
    HttpResponse<String> r = get("/api/questions");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = MAPPER.readTree(r.body());
    assertThat(body.isArray()).isTrue();
    assertThat(body.size()).isEqualTo(3);
    assertThat(body.get(0).toString())
        .isEqualTo(
            "{\"id\":\"panic-01\",\"text\":\"How would you help a client who is having a panic"
                + " attack in the waiting room?\",\"kind\":\"situational\",\"role\":\"Support"
                + " Worker\",\"category\":null}");
    assertThat(body.findValuesAsText("id")).containsExactly("panic-01", "conflict-01", "why-01");
  }

  @Test
  void postScoreReturnsTheAnswerScoreJson() throws Exception {
    HttpResponse<String> r = post("/api/score", scoreRequest("panic-01", ANSWER));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .isEqualTo(AnswerScoreJson.toJson(CliRun.testEvaluator().score("panic-01", ANSWER)));
  }

  @Test
  void malformedJsonIs400() throws Exception {
    HttpResponse<String> r = post("/api/score", "{\"questionId\": \"panic-01\", ");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(error(r)).startsWith("malformed JSON: ");
  }

  @Test
  void aBodyJacksonReadsAsBadUtf32Is400NotADroppedConnection() throws Exception {
    byte[] body = {0, 0, 0, '{', 0, 0, 0, '"', -1, -1, -1, -1};
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/score"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(body))
                .build(),
            BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(error(r))
        .isEqualTo(
            "malformed JSON: Invalid UTF-32 character 0xfffeffff (above 0x0010ffff) at char #2,"
                + " byte #11)");
    assertThat(LOG.toString()).doesNotContain("could not answer");
  }

  @Test
  void aKeyGivenTwiceIs400NamingIt() throws Exception {
    HttpResponse<String> r =
        post(
            "/api/score",
            "{\"questionId\": \"zz\", \"questionId\": \"panic-01\", \"answer\": \"x\"}");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(error(r)).isEqualTo("malformed JSON: duplicate field 'questionId'");
  }

  @Test
  void missingFieldIs400() throws Exception {
    HttpResponse<String> r = post("/api/score", "{\"questionId\": \"panic-01\"}");
    HttpResponse<String> notObject = post("/api/score", "[\"panic-01\"]");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(error(r)).isEqualTo("missing string field \"answer\"");
    assertThat(notObject.statusCode()).isEqualTo(400);
    assertThat(error(notObject)).isEqualTo("expected a JSON object {\"questionId\", \"answer\"}");
  }

  @Test
  void unknownQuestionIs404() throws Exception {
    HttpResponse<String> r = post("/api/score", scoreRequest("nope", ANSWER));

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(error(r)).isEqualTo("unknown question 'nope' in bank 'cli-test' (3 questions)");
  }

  @Test
  void unknownPathIs404() throws Exception {
    HttpResponse<String> r = get("/../etc/passwd");
    HttpResponse<String> other = get("/api/nothing");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(error(other)).isEqualTo("not found: /api/nothing");
  }

  @Test
  void headOfThePageAnswersWithoutBodyOrLogNoise() throws Exception {
    int logged = LOG.toString().length();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(server.uri()).method("HEAD", BodyPublishers.noBody()).build(),
            BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(LOG.toString().substring(logged)).isEmpty();
  }

  @Test
  void scoreNeedsAJsonContentTypeAndASameOriginCaller() throws Exception {
    HttpResponse<String> plain =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/score"))
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString(scoreRequest("panic-01", ANSWER)))
                .build(),
            BodyHandlers.ofString());
    HttpResponse<String> foreign =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/score"))
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(BodyPublishers.ofString(scoreRequest("panic-01", ANSWER)))
                .build(),
            BodyHandlers.ofString());
    HttpResponse<String> own =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/score"))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Origin", "http://127.0.0.1:" + server.port())
                .POST(BodyPublishers.ofString(scoreRequest("panic-01", ANSWER)))
                .build(),
            BodyHandlers.ofString());

    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(error(plain)).isEqualTo("Content-Type must be application/json, got text/plain");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(error(foreign)).isEqualTo("cross-origin request from 'http://evil.example' refused");
    assertThat(own.statusCode()).isEqualTo(200);
  }

  @Test
  void foreignHostNameIs403() throws Exception {
    // HttpClient does not let a caller set Host, so speak HTTP/1.1 over a socket.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write(
              "GET /api/questions HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String response =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 403 ");
      assertThat(response)
          .endsWith(
              "{\"error\":\"forbidden host 'evil.example'; this server answers only 127.0.0.1 and"
                  + " localhost\"}");
    }
  }

  @Test
  void wrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> getScore = get("/api/score");
    HttpResponse<String> postQuestions = post("/api/questions", "{}");
    HttpResponse<String> deletePage =
        client.send(HttpRequest.newBuilder(server.uri()).DELETE().build(), BodyHandlers.ofString());

    assertThat(getScore.statusCode()).isEqualTo(405);
    assertThat(getScore.headers().firstValue("Allow")).hasValue("POST");
    assertThat(error(getScore)).isEqualTo("method GET not allowed on /api/score; use POST");
    assertThat(postQuestions.statusCode()).isEqualTo(405);
    assertThat(postQuestions.headers().firstValue("Allow")).hasValue("GET");
    assertThat(deletePage.statusCode()).isEqualTo(405);
  }

  @Test
  void bodyOver64KiBIs413() throws Exception {
    String answer = "a".repeat(AnswerServer.MAX_BODY);
    HttpResponse<String> sized = post("/api/score", scoreRequest("panic-01", answer));
    HttpResponse<String> chunked =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/score"))
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[AnswerServer.MAX_BODY + 1])))
                .build(),
            BodyHandlers.ofString());

    assertThat(sized.statusCode()).isEqualTo(413);
    assertThat(error(sized)).isEqualTo("request body over 65536 bytes");
    assertThat(chunked.statusCode()).isEqualTo(413);
  }

  @Test
  void bodyOfExactly64KiBIsAccepted() throws Exception {
    String prefix = scoreRequest("panic-01", ANSWER);
    String padded =
        prefix.substring(0, prefix.length() - 1)
            + " ".repeat(AnswerServer.MAX_BODY - prefix.length())
            + "}";

    HttpResponse<String> r = post("/api/score", padded);

    assertThat(padded).hasSize(AnswerServer.MAX_BODY);
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void answerThatIsNotTextIs422() throws Exception {
    HttpResponse<String> empty = post("/api/score", scoreRequest("panic-01", "   "));
    HttpResponse<String> symbols = post("/api/score", scoreRequest("panic-01", "%%% ### @@@"));

    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(error(empty)).isEqualTo("answer is empty or whitespace-only");
    assertThat(symbols.statusCode()).isEqualTo(422);
    assertThat(error(symbols)).startsWith("answer does not look like text");
  }

  @Test
  void serverKeepsWorkingAfterBadRequests() throws Exception {
    post("/api/score", "not json at all");
    post("/api/score", "{\"questionId\": 3, \"answer\": []}");
    get("/api/score");

    HttpResponse<String> r = post("/api/score", scoreRequest("why-01", "I want to help people."));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(r.body()).get("questionId").asText()).isEqualTo("why-01");
  }
}
