package dev.answereval.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordNetResourcesTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = TextAnalyzer.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void committedResourcesMatchTheGenerator() throws Exception {
    WordNetResources generator = WordNetResources.open();

    assertThat(resource(Lexicon.WORDNET_SYNONYMS)).isEqualTo(generator.synonyms());
    assertThat(resource(Lexicon.WORDNET_DERIVATIONS)).isEqualTo(generator.derivations());
    assertThat(resource(Lexicon.COMMON_WORDS)).isEqualTo(generator.commonWords());
  }

  @Test
  void commonWordsStartWithTheMostFrequent() throws Exception {
    assertThat(Lexicon.lines(Lexicon.COMMON_WORDS)).hasSize(WordNetResources.COMMON_WORDS);
    assertThat(Lexicon.lines(Lexicon.COMMON_WORDS)).contains("time", "problem", "team", "know");
  }
}
