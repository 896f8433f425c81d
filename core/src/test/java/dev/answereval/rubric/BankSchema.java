package dev.answereval.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks bank files against the JSON Schema shipped at {@link #RESOURCE} (draft 2020-12), for tests
 * in any module. The schema covers structure, types and ranges; {@link BankLoader} additionally
 * checks unique ids, duplicate keys and the rules that relate several fields.
 *
 * <p>Offline: the 2020-12 meta-schema is bundled with the validator. Thread-safe; the schema is
 * compiled once.
 */
public final class BankSchema {

  /** Class-path location of the schema. */
  public static final String RESOURCE = "/dev/answereval/rubric/bank.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private BankSchema() {}

  /** The compiled schema, loaded on first use. */
  private static final class Holder {
    static final JsonSchema SCHEMA = compile();

    private static JsonSchema compile() {
      try (InputStream in = BankSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("schema not on the class path: " + RESOURCE);
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(JSON.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Validates a parsed bank.
   *
   * @return the violations as {@code "$.path: message"}, sorted; empty when the bank conforms
   */
  public static List<String> validate(JsonNode bank) {
    return Holder.SCHEMA.validate(bank).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .toList();
  }

  /** Validates bank text, read as JSON when {@code sourceName} ends in {@code .json}, else YAML. */
  public static List<String> validate(String content, String sourceName) throws IOException {
    boolean json = sourceName.toLowerCase(Locale.ROOT).endsWith(".json");
    return validate(json ? JSON.readTree(content) : YAML.readTree(content));
  }

  /** Validates a bank file (UTF-8), read as JSON when its name ends in {@code .json}, else YAML. */
  public static List<String> validate(Path file) throws IOException {
    return validate(Files.readString(file), file.getFileName().toString());
  }
}
