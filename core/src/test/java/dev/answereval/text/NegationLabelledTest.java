package dev.answereval.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Negation scopes measured word by word on sentences we wrote and labelled for this purpose only
 * ({@code negation-labelled.yaml}): for each sentence, the content words it presents as not done,
 * not the case or avoided. Measures {@link Token#negated()}, the analyzer's scopes, on content
 * words (those with an index term), negation cues left out. The floors sit a little under today's
 * figures (see README), so that a change which makes scopes worse fails here.
 */
class NegationLabelledTest {
  private static final String RESOURCE = "negation-labelled.yaml";

  /** One labelled sentence and its content tokens: {gold denied, found negated} per token. */
  private record Labelled(
      String id, String kind, String text, List<Token> tokens, boolean[][] marks) {}

  private static List<Labelled> sentences;

  @BeforeAll
  static void analyze() throws IOException {
    JsonNode root;
    try (InputStream in = NegationLabelledTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    TextAnalyzer analyzer = TextAnalyzer.english();
    sentences = new ArrayList<>();
    for (JsonNode n : root.get("sentences")) {
      String id = n.get("id").asText();
      String text = n.get("text").asText();
      // Gold ranges: each denied word at its next whole-word occurrence.
      List<int[]> gold = new ArrayList<>();
      int from = 0;
      for (JsonNode w : n.get("denied")) {
        Matcher m =
            Pattern.compile("(?<![\\w-])" + Pattern.quote(w.asText()) + "(?![\\w-])").matcher(text);
        assertThat(m.find(from) || m.find(0)).as(id + ": " + w.asText()).isTrue();
        gold.add(new int[] {m.start(), m.end()});
        from = m.end();
      }
      AnalyzedText analyzed = analyzer.analyze(text);
      List<Token> content = new ArrayList<>();
      for (Token t : analyzed.tokens()) {
        if (t.isContent() && !t.negationCue()) {
          content.add(t);
        }
      }
      boolean[][] marks = new boolean[content.size()][2];
      for (int i = 0; i < content.size(); i++) {
        Token t = content.get(i);
        for (int[] g : gold) {
          marks[i][0] |= t.start() >= g[0] && t.end() <= g[1];
        }
        marks[i][1] = t.negated();
      }
      sentences.add(new Labelled(id, n.get("kind").asText(), text, content, marks));
    }
  }

  /** {true positives, false positives, false negatives} over all content words. */
  private static int[] counts() {
    int[] c = new int[3];
    for (Labelled s : sentences) {
      for (boolean[] m : s.marks()) {
        if (m[0] && m[1]) {
          c[0]++;
        } else if (m[1]) {
          c[1]++;
        } else if (m[0]) {
          c[2]++;
        }
      }
    }
    return c;
  }

  /** Sentences whose every content word is marked as labelled. */
  private static long exact() {
    return sentences.stream()
        .filter(
            s -> {
              for (boolean[] m : s.marks()) {
                if (m[0] != m[1]) {
                  return false;
                }
              }
              return true;
            })
        .count();
  }

  private static String report() {
    int[] c = counts();
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%ntp %d fp %d fn %d precision %.3f recall %.3f, %d of %d sentences exact%n",
                c[0],
                c[1],
                c[2],
                (double) c[0] / (c[0] + c[1]),
                (double) c[0] / (c[0] + c[2]),
                exact(),
                sentences.size()));
    for (Labelled s : sentences) {
      StringBuilder wrong = new StringBuilder();
      for (int i = 0; i < s.tokens().size(); i++) {
        boolean[] m = s.marks()[i];
        if (m[0] != m[1]) {
          wrong.append(m[1] ? " +" : " -").append(s.tokens().get(i).text());
        }
      }
      if (!wrong.isEmpty()) {
        out.append(s.id()).append(" [").append(s.kind()).append("]").append(wrong).append(" | ");
        out.append(s.text()).append(String.format("%n"));
      }
    }
    return out.toString();
  }

  @Test
  void theLabelledSetIsLargeAndMixed() {
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(150);
    assertThat(sentences.stream().map(Labelled::kind).distinct().count()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void contentWordsAreNegatedAboutAsAHumanReaderSays() {
    if (Boolean.getBoolean("negation.report")) {
      System.out.print(report());
    }
    // Measured: precision 0.970 (293 of 302 words marked), recall 0.997 (293 of 294 labelled), 152
    // of 160 sentences exactly as labelled. The misses are mostly conventions of the labels: a
    // negative subject ("None of the residents") is not denied, a negation inside a topic
    // ("thoughts
    // of not wanting to live") denies nothing of the writer's.
    int[] c = counts();
    assertThat((double) c[0] / (c[0] + c[1])).as(report()).isGreaterThan(0.95);
    assertThat((double) c[0] / (c[0] + c[2])).as(report()).isGreaterThan(0.98);
    assertThat(exact()).as(report()).isGreaterThanOrEqualTo(148);
  }
}
