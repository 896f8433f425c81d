package dev.answereval.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.answereval.scoring.Evaluator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PosTrigramResourceTest {
  @Test
  void committedTableMatchesTheGenerator() throws Exception {
    if (Boolean.getBoolean("answereval.regenerate")) {
      // Run from testdata/; the repository root is its parent.
      PosTrigramResource.write(Path.of("").toAbsolutePath().getParent());
      return;
    }
    try (InputStream in =
        Evaluator.class.getResourceAsStream("/dev/answereval/scoring/pos-trigrams.tsv")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .as("regenerate with PosTrigramResource.main (see its javadoc)")
          .isEqualTo(PosTrigramResource.generate());
    }
  }
}
