package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answereval.report.AnswerScoreJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON form of scores on the confidentiality rubric of {@link EvaluatorTest}. */
class AnswerScoreJsonTest {
  private static final Evaluator EVALUATOR = Evaluator.of(EvaluatorTest.QUESTION);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> KEYS =
      List.of(
          "questionId",
          "status",
          "reason",
          "score",
          "band",
          "passed",
          "passThreshold",
          "keyPoints",
          "star",
          "flags",
          "feedback",
          "breakdown",
          "signals");

  /** Emoji (surrogate pairs) and curly quotes before the evidence shift UTF-16 offsets. */
  private static final String DECORATED =
      "\uD83D\uDE4F\uD83C\uDFFD \u201CHonestly?\u201D It\u2019s simple \uD83D\uDE0A. I only share"
          + " information about the client with their written consent \u2014 no release form, no"
          + " talk. I explain the limits of confidentiality, such as a serious risk of harm to"
          + " someone \uD83D\uDEA8, and I\u2019d never tell their family anything without that.";

  /** Bullets and CRLF line breaks: each bullet is its own sentence. */
  private static final String BULLETS =
      "- I only share information about the client with their written consent.\r\n"
          + "- I explain the limits of confidentiality, such as a serious risk of harm to someone.\r\n"
          + "\r\n"
          + "* I listen to the family\u2019s worries and offer general support.\n";

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  /** Every {start, end, text} object anywhere in the tree. */
  private static List<JsonNode> spans(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isObject() && node.has("start") && node.has("end") && node.has("text")) {
      out.add(node);
    }
    for (JsonNode child : node) {
      out.addAll(spans(child));
    }
    return out;
  }

  @Test
  void topLevelKeysAreExactlyTheDocumentedOnes() throws Exception {
    AnswerScore s = EVALUATOR.score(EvaluatorTest.PROSE);
    ObjectNode tree = AnswerScoreJson.toTree(s);

    assertThat(fieldNames(tree)).containsExactlyElementsOf(KEYS);
    assertThat(fieldNames(MAPPER.readTree(AnswerScoreJson.toJson(s))))
        .containsExactlyElementsOf(KEYS);
    assertThat(tree.get("questionId").asText()).isEqualTo("conf");
    assertThat(tree.get("status").asText()).isEqualTo("scored");
    assertThat(tree.get("reason").isNull()).isTrue();
    assertThat(tree.get("score").asDouble()).isEqualTo(s.score());
    assertThat(tree.get("band").get("level").asInt()).isEqualTo(s.band().level());
    assertThat(tree.get("band").get("name").asText()).isEqualTo(s.band().label());
    assertThat(tree.get("passed").asBoolean()).isEqualTo(s.passed());
    assertThat(tree.get("keyPoints")).hasSize(4);
    assertThat(fieldNames(tree.get("keyPoints").get(0)))
        .containsExactly(
            "id",
            "description",
            "weight",
            "required",
            "coverage",
            "covered",
            "negated",
            "evidence",
            "matchedTerms");
    assertThat(tree.get("breakdown")).hasSize(s.breakdown().size());
    assertThat(fieldNames(tree.get("breakdown").get(0)))
        .containsExactly("signal", "value", "weight", "points", "description");
    assertThat(tree.get("star").get("applicable").asBoolean()).isFalse();
  }

  @Test
  void everyEvidenceSpanIndexesTheOriginalAnswer() throws Exception {
    List<String> answers = new ArrayList<>(EvaluatorTest.SCORED_ANSWERS);
    answers.add(DECORATED);
    answers.add(BULLETS);
    for (String answer : answers) {
      JsonNode tree = MAPPER.readTree(AnswerScoreJson.toJson(EVALUATOR.score(answer)));
      for (JsonNode span : spans(tree)) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertThat(answer.substring(start, end)).as(answer).isEqualTo(span.get("text").asText());
      }
    }
  }

  @Test
  void evidenceAfterEmojiAndCurlyQuotesHasUtf16Offsets() throws Exception {
    AnswerScore s = EVALUATOR.score(DECORATED);
    JsonNode tree = MAPPER.readTree(AnswerScoreJson.toJson(s));

    JsonNode consent = tree.get("keyPoints").get(0);
    assertThat(consent.get("id").asText()).isEqualTo("consent");
    assertThat(consent.get("covered").asBoolean()).isTrue();
    JsonNode ev = consent.get("evidence").get(0);
    String expected =
        "I only share information about the client with their written consent \u2014 no release"
            + " form, no talk.";
    assertThat(ev.get("text").asText()).isEqualTo(expected);
    assertThat(ev.get("start").asInt()).isEqualTo(DECORATED.indexOf("I only share"));
    assertThat(ev.get("end").asInt())
        .isEqualTo(DECORATED.indexOf("I only share") + expected.length());
    assertThat(spans(tree)).isNotEmpty();
  }

  @Test
  void bulletedLinesAreSeparateEvidenceWithoutTheirMarkers() {
    AnswerScore s = EVALUATOR.score(BULLETS);

    assertThat(s.keyPoint("consent").orElseThrow().evidence())
        .containsExactly(
            new Span(
                2, 71, "I only share information about the client with their written consent."));
    Span family = s.keyPoint("family").orElseThrow().evidence().get(0);
    assertThat(family.text())
        .isEqualTo("I listen to the family\u2019s worries and offer general support.");
    assertThat(family.start()).isEqualTo(BULLETS.indexOf("I listen"));
  }

  @Test
  void unscoredAnswerHasNullScoreAndBandAndAReason() throws Exception {
    AnswerScore s = EVALUATOR.score("Sharing needs consent, so I check first.");
    JsonNode tree = MAPPER.readTree(AnswerScoreJson.toJson(s));

    assertThat(fieldNames(tree)).containsExactlyElementsOf(KEYS);
    assertThat(tree.get("status").asText()).isEqualTo("unscored");
    assertThat(tree.get("score").isNull()).isTrue();
    assertThat(tree.get("band").isNull()).isTrue();
    assertThat(tree.get("reason").asText())
        .isEqualTo("too short to score: 7 words, at least 8 needed");
    assertThat(tree.get("passed").asBoolean()).isFalse();
    assertThat(tree.get("breakdown")).isEmpty();
    assertThat(tree.get("feedback").get(0).asText())
        .isEqualTo(
            "This answer could not be scored: too short to score: 7 words, at least 8 needed.");
  }

  @Test
  void prettyAndCompactJsonHoldTheSameTree() throws Exception {
    AnswerScore s = EVALUATOR.score(EvaluatorTest.PARAPHRASE);

    assertThat(MAPPER.readTree(AnswerScoreJson.toPrettyJson(s)))
        .isEqualTo(MAPPER.readTree(AnswerScoreJson.toJson(s)));
    assertThat(AnswerScoreJson.toJson(s)).doesNotContain("\n");
  }
}
