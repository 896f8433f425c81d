package dev.answereval.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README quotes what QuickStart prints; this keeps the quote true. */
class QuickStartTest {
  @Test
  void printsWhatTheReadmeSays() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher quoted = Pattern.compile("it prints `(\\d+\\.\\d)\\.\\.\\. (\\w+) \\[").matcher(readme);
    assertThat(quoted.find()).as("README quotes QuickStart's output").isTrue();

    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);

    assertThat(printed).startsWith(quoted.group(1)).contains(" " + quoted.group(2) + " [");
    assertThat(printed)
        .contains(
            "[Covered: I ask for the client's written consent before sharing anything; I explain"
                + " the limits of confidentiality when someone is at risk of harm., The answer has"
                + " 37 words; at least 40 are expected.]");
  }

  @Test
  void theReadmeNamesTheRunCommandAndTheCurrentCoordinates() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String version = new AnswerEvalCli.Version().getVersion()[0].replace("answer-eval ", "");

    assertThat(readme)
        .contains(
            "-cp \"examples/target/answer-eval-examples.jar:examples/target/lib/*\" "
                + QuickStart.class.getName())
        .contains("`dev.answereval:answer-eval-core:" + version + "`")
        .contains("<version>" + version + "</version>");
  }
}
