package dev.answereval.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fitted map from a {@link Prediction} to the target scale, shippable as a small JSON document.
 *
 * <p>JSON format: an object whose {@code "type"} is one of
 *
 * <ul>
 *   <li>{@code "isotonic"}: {@code {"type":"isotonic","x":[...],"y":[...]}}, knots with x strictly
 *       increasing and y non-decreasing; a raw score is mapped by linear interpolation between
 *       knots and clamped to the end knots;
 *   <li>{@code "linear"}: {@code {"type":"linear","slope":a,"intercept":b,"min":lo,"max":hi}}, the
 *       raw score mapped to {@code a * score + b} clamped to {@code [lo, hi]};
 *   <li>{@code "logistic"}: {@code {"type":"logistic","classes":[...],"features":[...],
 *       "means":[...],"scales":[...],"weights":[[bias, w1, ...], ...]}}, multinomial logistic
 *       regression over standardized features ({@code raw_score} and named signals; a missing
 *       signal takes the training mean) with one weight row per class.
 * </ul>
 *
 * Numbers are written with enough digits to round-trip exactly, so a loaded calibration predicts
 * exactly what the fitted one did. Implementations are immutable and thread-safe.
 */
public sealed interface Calibration permits NumericCalibration, CategoricalCalibration {

  /** The JSON {@code type}: {@code isotonic}, {@code linear} or {@code logistic}. */
  String type();

  /** The JSON document described above (pretty-printed). */
  String toJson();

  /**
   * Parses a document written by {@link #toJson()}.
   *
   * @throws IllegalArgumentException when the text is not such a document
   */
  static Calibration fromJson(String json) {
    JsonNode node;
    try {
      node = Json.parse(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("calibration is not valid JSON: " + e.getMessage(), e);
    }
    if (node == null || !node.isObject() || !node.path("type").isTextual()) {
      throw new IllegalArgumentException("calibration must be a JSON object with a string 'type'");
    }
    String type = node.get("type").textValue();
    return switch (type) {
      case IsotonicCalibration.TYPE -> IsotonicCalibration.fromJsonNode(node);
      case LinearCalibration.TYPE -> LinearCalibration.fromJsonNode(node);
      case LogisticCalibration.TYPE -> LogisticCalibration.fromJsonNode(node);
      default ->
          throw new IllegalArgumentException(
              "calibration type must be isotonic, linear or logistic, got '" + type + "'");
    };
  }

  /** Reads a calibration file (UTF-8). */
  static Calibration read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      return fromJson(text);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@link #toJson()} to a file (UTF-8). */
  default void write(Path file) throws IOException {
    Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8);
  }
}
