package dev.answereval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Field readers for calibration documents; throw {@link IllegalArgumentException}. */
final class CalibrationJson {
  private CalibrationJson() {}

  static double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException("calibration field '" + field + "' must be a number");
    }
    return v.doubleValue();
  }

  static double[] doubles(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException("calibration field '" + field + "' must be an array");
    }
    return arrayDoubles(v, field);
  }

  static double[] arrayDoubles(JsonNode array, String what) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      if (!array.get(i).isNumber()) {
        throw new IllegalArgumentException(
            "calibration field '" + what + "'[" + i + "] must be a number");
      }
      out[i] = array.get(i).doubleValue();
    }
    return out;
  }

  static List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException("calibration field '" + field + "' must be an array");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw new IllegalArgumentException(
            "calibration field '" + field + "'[" + i + "] must be a string");
      }
      out.add(v.get(i).textValue());
    }
    return out;
  }
}
