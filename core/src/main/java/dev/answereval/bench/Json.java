package dev.answereval.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** Shared JSON plumbing (immutable Jackson readers and writers only). */
final class Json {
  private Json() {}

  private static final ObjectMapper MAPPER_TEMPLATE = new ObjectMapper();
  static final ObjectReader READER = MAPPER_TEMPLATE.reader();
  static final ObjectWriter COMPACT = MAPPER_TEMPLATE.writer();
  static final ObjectWriter PRETTY = MAPPER_TEMPLATE.writerWithDefaultPrettyPrinter();

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  static JsonNode parse(String text) throws JsonProcessingException {
    return READER.readTree(text);
  }

  static String compact(JsonNode node) {
    try {
      return COMPACT.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a JSON tree", e);
    }
  }

  static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a JSON tree", e);
    }
  }

  /** Writes a metric value, or null when undefined. */
  static void put(ObjectNode node, String name, MetricValue value) {
    if (value.isDefined()) {
      node.put(name, value.value());
    } else {
      node.putNull(name);
    }
  }

  static void put(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, value.getAsDouble());
    } else {
      node.putNull(name);
    }
  }

  static ArrayNode doubles(double... values) {
    ArrayNode a = array();
    for (double v : values) {
      a.add(v);
    }
    return a;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  /** Converts a Java value made of strings, numbers, booleans, nulls, lists and maps. */
  static JsonNode toNode(@Nullable Object value) {
    return MAPPER_TEMPLATE.valueToTree(value);
  }

  /** Converts a JSON tree into unmodifiable plain Java values (lists, maps, scalars, null). */
  static @Nullable Object toPlain(JsonNode node) {
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>();
      node.forEach(e -> list.add(toPlain(e)));
      return Collections.unmodifiableList(list);
    }
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), toPlain(e.getValue())));
    return Collections.unmodifiableMap(map);
  }
}
