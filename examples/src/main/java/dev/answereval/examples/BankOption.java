package dev.answereval.examples;

import dev.answereval.internal.FileProblems;
import dev.answereval.rubric.BankLoader;
import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.RubricFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --bank NAME|FILE} option shared by the commands, and how its value is resolved: an
 * existing path, or a value ending in {@code .yaml}, {@code .yml} or {@code .json}, is a bank file;
 * anything else names a built-in bank. Not thread-safe (picocli fills it in).
 */
public final class BankOption {
  /** The bank used when {@code --bank} is not given. */
  public static final String DEFAULT_BANK = "mental-health";

  @Option(
      names = "--bank",
      paramLabel = "NAME|FILE",
      description =
          "Built-in bank name or a bank file (.yaml, .yml, .json); default: ${DEFAULT-VALUE}.",
      defaultValue = DEFAULT_BANK)
  private String bank = DEFAULT_BANK;

  /** The option's value. */
  public String value() {
    return bank;
  }

  /**
   * Loads the bank.
   *
   * @throws RubricFormatException when a bank file is malformed (its message is already located)
   * @throws InputException when the file cannot be read or no such built-in bank exists
   */
  public QuestionBank load() throws RubricFormatException {
    return load(bank);
  }

  /** Loads a bank named by a {@code --bank} value; see {@link #load()}. */
  static QuestionBank load(String value) throws RubricFormatException {
    check(value);
    if (isFile(value)) {
      Path file = Path.of(value);
      try {
        return BankLoader.load(file);
      } catch (RubricFormatException e) {
        throw e;
      } catch (IOException e) {
        throw new InputException(
            "cannot read bank file '" + value + "': " + FileProblems.reason(e));
      }
    }
    try {
      return QuestionBank.builtIn(value);
    } catch (RubricFormatException e) {
      throw e;
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(
          "no bank '" + value + "': not a file, and no built-in bank has that name");
    }
  }

  /**
   * Refuses an empty or blank {@code --bank} value, which would otherwise name the current
   * directory as the bank file.
   *
   * @throws InputException when the value is empty or blank
   */
  static void check(String value) {
    if (value.isBlank()) {
      throw new InputException("--bank must not be empty");
    }
  }

  /** Whether a {@code --bank} value denotes a file rather than a built-in bank. */
  static boolean isFile(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.endsWith(".yaml") || v.endsWith(".yml") || v.endsWith(".json")) {
      return true;
    }
    try {
      return Files.exists(Path.of(value));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * The question with this id.
   *
   * @throws InputException naming the id, the bank and its size when absent
   */
  static Question question(QuestionBank bank, String id) {
    return bank.find(id).orElseThrow(() -> unknownQuestion(bank, id));
  }

  /** The error for an id the bank does not have. */
  static InputException unknownQuestion(QuestionBank bank, String id) {
    return new InputException(
        "unknown question '"
            + id
            + "' in bank '"
            + bank.name()
            + "' ("
            + bank.size()
            + (bank.size() == 1 ? " question)" : " questions)"));
  }
}
