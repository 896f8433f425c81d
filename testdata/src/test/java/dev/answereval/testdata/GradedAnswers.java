package dev.answereval.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The graded answers we wrote for the bank ({@code answer-eval/graded/mental-health-graded.yaml}).
 */
final class GradedAnswers {
  static final String RESOURCE = "/answer-eval/graded/mental-health-graded.yaml";

  /** One question's answers at every level. */
  record Entry(
      String question,
      boolean behavioral,
      String excellent,
      String adequate,
      String weak,
      String keywords,
      String opposite,
      @Nullable String withoutResult,
      @Nullable String withoutAction) {}

  private GradedAnswers() {}

  static List<Entry> load() throws IOException {
    try (InputStream in = GradedAnswers.class.getResourceAsStream(RESOURCE)) {
      Objects.requireNonNull(in, RESOURCE);
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<Entry> out = new ArrayList<>();
      for (JsonNode a : root.get("answers")) {
        out.add(
            new Entry(
                a.get("question").asText(),
                a.path("behavioral").asBoolean(false),
                a.get("excellent").asText().strip(),
                a.get("adequate").asText().strip(),
                a.get("weak").asText().strip(),
                a.get("keywords").asText().strip(),
                a.get("opposite").asText().strip(),
                text(a, "excellent_without_result"),
                text(a, "excellent_without_action")));
      }
      return out;
    }
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText().strip();
  }
}
