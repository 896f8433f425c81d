package dev.answereval.rubric;

import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, ordered set of questions with their rubrics.
 *
 * <p>Immutable and thread-safe. Iteration follows file order. Load the built-in bank with {@code
 * QuestionBank.builtIn("mental-health")} (needs the {@code answer-eval-testdata} jar on the class
 * path) or any file with {@link BankLoader}.
 *
 * @param name the bank's name, e.g. {@code "mental-health"}
 * @param version a free version label, e.g. {@code "1.0"}
 * @param metadata other descriptive fields (description, source, licence...), in file order
 * @param questions at least one question, ids unique
 */
public record QuestionBank(
    String name, String version, Map<String, String> metadata, List<Question> questions)
    implements Iterable<Question> {

  /** Where built-in banks live on the class path: {@code /answer-eval/banks/NAME.yaml}. */
  public static final String BUILT_IN_PREFIX = "/answer-eval/banks/";

  public QuestionBank {
    Ids.check(name, "name");
    Objects.requireNonNull(version, "version");
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("bank '" + name + "' has no questions");
    }
    Map<String, Question> seen = new LinkedHashMap<>();
    for (Question q : questions) {
      if (seen.put(q.id(), q) != null) {
        throw new IllegalArgumentException("duplicate question id '" + q.id() + "'");
      }
    }
  }

  /**
   * Loads a bank shipped on the class path under {@link #BUILT_IN_PREFIX} (YAML or JSON).
   *
   * @throws IOException naming the bank when no such resource exists, or a {@link
   *     RubricFormatException} when it is malformed
   */
  public static QuestionBank builtIn(String name) throws IOException {
    return BankLoader.loadBuiltIn(name);
  }

  /** The question with this id, if present. */
  public Optional<Question> find(String id) {
    for (Question q : questions) {
      if (q.id().equals(id)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /**
   * The question with this id.
   *
   * @throws IllegalArgumentException naming the id and the bank when absent
   */
  public Question get(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no question '" + id + "' in bank '" + name + "' (" + size() + " questions)"));
  }

  /** Questions whose role contains {@code role}, ignoring case, in bank order. */
  public List<Question> byRole(String role) {
    String r = role.toLowerCase(java.util.Locale.ROOT);
    return questions.stream()
        .filter(q -> q.role() != null && q.role().toLowerCase(java.util.Locale.ROOT).contains(r))
        .toList();
  }

  /** Number of questions. */
  public int size() {
    return questions.size();
  }

  @Override
  public Iterator<Question> iterator() {
    return questions.iterator();
  }
}
