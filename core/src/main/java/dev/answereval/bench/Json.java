package dev.answereval.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.answereval.internal.TreeParsing;
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

  /** Rejects a key that repeats within one object, which a plain reader lets the last one win. */
  private static final ObjectReader STRICT_READER =
      new ObjectMapper(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .reader();

  /** The problem {@link #parse} reports for text after the value. */
  static final String TRAILING = "unexpected content after the JSON value";

  private static final String DUPLICATE = "Duplicate field ";

  /**
   * Parses text holding one JSON value (or nothing: null) and nothing after it but whitespace.
   *
   * @throws JsonProcessingException for malformed JSON, a key repeated within an object, or content
   *     after the value (message {@link #TRAILING}); {@link #problem} words each for a user
   */
  static @Nullable JsonNode parse(String text) throws JsonProcessingException {
    try (JsonParser p = STRICT_READER.createParser(text)) {
      JsonNode node = STRICT_READER.readTree(p);
      long end = p.currentLocation().getCharOffset();
      if (node != null && end >= 0 && end < text.length() && !text.substring((int) end).isBlank()) {
        throw new JsonParseException(p, TRAILING);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }

  /**
   * What is wrong with the JSON, for a {@code FILE:LINE: problem} message: {@code duplicate field
   * 'NAME'}, {@link #TRAILING}, or {@code invalid JSON: } and Jackson's description without its
   * source location.
   */
  static String problem(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage()).strip();
    if (message.equals(TRAILING)) {
      return TRAILING;
    }
    if (message.startsWith(DUPLICATE)) {
      return "duplicate field " + message.substring(DUPLICATE.length());
    }
    message = TreeParsing.withoutStartMarker(message);
    int nl = message.indexOf('\n');
    return "invalid JSON: " + (nl < 0 ? message : message.substring(0, nl)).strip();
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
