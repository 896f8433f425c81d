package dev.answereval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.answereval.rubric.BankLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemsTest {
  @TempDir Path tmp;

  @Test
  void readsAFileUpToTheLimit() throws IOException {
    Path file = Files.writeString(tmp.resolve("ten.txt"), "0123456789");

    assertThat(FileProblems.readAll(file, 10)).hasSize(10);
    assertThatThrownBy(() -> FileProblems.readAll(file, 9))
        .isInstanceOf(IOException.class)
        .hasMessage("larger than 9 bytes, the most a file may hold");
    assertThatThrownBy(() -> FileProblems.readAll(tmp, 9))
        .isInstanceOf(IOException.class)
        .hasMessage("is a directory");
  }

  @Test
  void anEndlessFileIsTooLargeNotOutOfMemory() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");

    assertThatThrownBy(() -> BankLoader.load(zero))
        .isInstanceOf(IOException.class)
        .hasMessage("larger than 64 MiB, the most a file may hold");
  }
}
