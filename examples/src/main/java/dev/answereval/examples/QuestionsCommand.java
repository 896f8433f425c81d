package dev.answereval.examples;

import dev.answereval.rubric.Question;
import dev.answereval.rubric.QuestionBank;
import dev.answereval.rubric.RubricFormatException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code answer-eval questions}: the id, kind, role and text of every question of a bank, in bank
 * order, as an aligned table. One instance per run; not thread-safe.
 */
@Command(
    name = "questions",
    mixinStandardHelpOptions = true,
    versionProvider = AnswerEvalCli.Version.class,
    description = "Lists the questions of a bank: id, kind, role and text, in bank order.")
public final class QuestionsCommand implements Callable<Integer> {

  @Mixin private BankOption bank = new BankOption();

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Only questions whose role contains ROLE (ignoring case).")
  private @Nullable String role;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws RubricFormatException {
    QuestionBank b = bank.load();
    List<Question> questions = role == null ? b.questions() : b.byRole(role);
    if (questions.isEmpty()) {
      throw new InputException(
          "no questions for role '" + role + "' in bank '" + b.name() + "'; roles: " + roles(b));
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "KIND", "ROLE", "QUESTION"});
    for (Question q : questions) {
      rows.add(new String[] {q.id(), q.kind().key(), q.role() == null ? "-" : q.role(), q.text()});
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String line : Tables.align(rows)) {
      out.println(line);
    }
    return 0;
  }

  /** The distinct roles of a bank, in bank order, or "none". */
  static String roles(QuestionBank bank) {
    Set<String> roles = new LinkedHashSet<>();
    for (Question q : bank) {
      if (q.role() != null) {
        roles.add(q.role());
      }
    }
    return roles.isEmpty() ? "none" : String.join(", ", roles);
  }
}
