package dev.answereval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answereval.rubric.StarComponent;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Contribution;
import dev.answereval.scoring.Flag;
import dev.answereval.scoring.KeyPointResult;
import dev.answereval.scoring.Span;
import dev.answereval.scoring.StarResult;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The stable JSON form of an {@link AnswerScore}.
 *
 * <pre>
 * {
 *   "questionId": "mhs-01", "status": "scored", "reason": null,
 *   "score": 72.4, "band": {"level": 4, "name": "Good"}, "passed": true, "passThreshold": 60,
 *   "keyPoints": [{"id", "description", "weight", "required", "coverage", "covered", "negated",
 *                  "evidence": [{"start", "end", "text"}], "matchedTerms": [...]}],
 *   "star": {"applicable": true, "score": 0.75,
 *            "components": {"situation": {"found", "confidence", "evidence": [...], "cues": [...]}, ...}},
 *   "flags": [{"type": "red_flag", "id", "message", "penalty", "evidence": [...]}],
 *   "feedback": ["..."],
 *   "breakdown": [{"signal", "value", "weight", "points", "description"}],
 *   "signals": {"key_points": 0.71, ...}
 * }
 * </pre>
 *
 * For an unscored answer {@code score} and {@code band} are null and {@code reason} says why.
 * Evidence offsets are Java {@code String} indices (UTF-16 code units) into the original answer.
 * Thread-safe.
 */
public final class AnswerScoreJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnswerScoreJson() {}

  /** The JSON tree of a score. */
  public static ObjectNode toTree(AnswerScore s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("questionId", s.questionId());
    root.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
    if (s.reason() == null) {
      root.putNull("reason");
    } else {
      root.put("reason", s.reason());
    }
    if (s.isScored()) {
      root.put("score", s.score());
      ObjectNode band = root.putObject("band");
      band.put("level", s.band().level());
      band.put("name", s.band().label());
    } else {
      root.putNull("score");
      root.putNull("band");
    }
    root.put("passed", s.passed());
    root.put("passThreshold", s.passThreshold());
    ArrayNode kps = root.putArray("keyPoints");
    for (KeyPointResult k : s.keyPoints()) {
      ObjectNode o = kps.addObject();
      o.put("id", k.id());
      o.put("description", k.description());
      o.put("weight", k.weight());
      o.put("required", k.required());
      o.put("coverage", k.coverage());
      o.put("covered", k.covered());
      o.put("negated", k.negated());
      spans(o.putArray("evidence"), k.evidence());
      strings(o.putArray("matchedTerms"), k.matchedTerms());
    }
    ObjectNode star = root.putObject("star");
    StarResult sr = s.star();
    star.put("applicable", sr.applicable());
    star.put("score", sr.score());
    ObjectNode comps = star.putObject("components");
    for (Map.Entry<StarComponent, StarResult.Component> e : sr.components().entrySet()) {
      ObjectNode c = comps.putObject(e.getKey().key());
      c.put("found", e.getValue().found());
      c.put("confidence", e.getValue().confidence());
      spans(c.putArray("evidence"), e.getValue().evidence());
      strings(c.putArray("cues"), e.getValue().cues());
    }
    ArrayNode flags = root.putArray("flags");
    for (Flag f : s.flags()) {
      ObjectNode o = flags.addObject();
      o.put("type", f.type().key());
      if (f.id() == null) {
        o.putNull("id");
      } else {
        o.put("id", f.id());
      }
      o.put("message", f.message());
      o.put("penalty", f.penalty());
      spans(o.putArray("evidence"), f.evidence());
    }
    strings(root.putArray("feedback"), s.feedback());
    ArrayNode breakdown = root.putArray("breakdown");
    for (Contribution c : s.breakdown()) {
      ObjectNode o = breakdown.addObject();
      o.put("signal", c.signal());
      o.put("value", c.value());
      o.put("weight", c.weight());
      o.put("points", c.points());
      o.put("description", c.description());
    }
    ObjectNode signals = root.putObject("signals");
    s.signals().forEach(signals::put);
    return root;
  }

  /** Compact JSON on one line. */
  public static String toJson(AnswerScore s) {
    return write(MAPPER, s);
  }

  /** Indented JSON. */
  public static String toPrettyJson(AnswerScore s) {
    return write(PRETTY, s);
  }

  private static String write(ObjectMapper m, AnswerScore s) {
    try {
      return m.writeValueAsString(toTree(s));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void spans(ArrayNode a, List<Span> spans) {
    for (Span sp : spans) {
      ObjectNode o = a.addObject();
      o.put("start", sp.start());
      o.put("end", sp.end());
      o.put("text", sp.text());
    }
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
