package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.answereval.rubric.StarComponent;
import dev.answereval.rubric.StarExpectations;
import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Sentence;
import dev.answereval.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The STAR detector measured, sentence by sentence, on answers we wrote and labelled for this
 * purpose ({@code star-labelled.yaml}: 38 stories from mental-health work and other fields, and 12
 * answers that tell no story). The labels were written without looking at the detector; the rules
 * were then improved on what it missed (README gives the figures before and after, and for the half
 * of the answers held out from the first round). The floors below sit a little under today's
 * figures, so that a change which makes detection worse fails here.
 */
class StarLabelledSentencesTest {
  private static final String RESOURCE = "star-labelled.yaml";

  /** One labelled answer: its sentences, their gold labels, and what the detector found. */
  private record Labelled(
      String id,
      boolean story,
      List<Set<StarComponent>> gold,
      List<Set<StarComponent>> found,
      StarResult result) {}

  private static List<Labelled> answers;

  @BeforeAll
  static void detect() throws IOException {
    JsonNode root;
    try (InputStream in = StarLabelledSentencesTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    TextAnalyzer analyzer = TextAnalyzer.english();
    answers = new ArrayList<>();
    for (JsonNode a : root.get("answers")) {
      StringBuilder text = new StringBuilder();
      List<int[]> ranges = new ArrayList<>();
      List<Set<StarComponent>> gold = new ArrayList<>();
      for (JsonNode s : a.get("sentences")) {
        if (!text.isEmpty()) {
          text.append(' ');
        }
        int start = text.length();
        text.append(s.get("text").asText());
        ranges.add(new int[] {start, text.length()});
        Set<StarComponent> labels = EnumSet.noneOf(StarComponent.class);
        for (JsonNode l : s.get("labels")) {
          labels.add(StarComponent.valueOf(l.asText().toUpperCase(Locale.ROOT)));
        }
        gold.add(labels);
      }
      AnalyzedText analyzed = analyzer.analyze(text.toString());
      String id = a.get("id").asText();
      // The measurement is per sentence, so the analyzer must split each answer where we did.
      List<int[]> split = new ArrayList<>();
      for (Sentence s : analyzed.sentences()) {
        split.add(new int[] {s.start(), s.end()});
      }
      assertThat(split)
          .as(id)
          .usingElementComparator(StarLabelledSentencesTest::compare)
          .containsExactlyElementsOf(ranges);
      StarResult result = StarDetector.detect(analyzed, StarExpectations.standard());
      List<Set<StarComponent>> found = new ArrayList<>();
      for (int[] r : ranges) {
        Set<StarComponent> labels = EnumSet.noneOf(StarComponent.class);
        for (StarResult.Component c : result.components().values()) {
          for (Span e : c.evidence()) {
            if (e.start() < r[1] && e.end() > r[0]) {
              labels.add(c.component());
            }
          }
        }
        found.add(labels);
      }
      answers.add(new Labelled(id, a.get("story").asBoolean(), gold, found, result));
    }
  }

  private static int compare(int[] a, int[] b) {
    return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
  }

  /** Sentence-level counts per component: {true positives, false positives, false negatives}. */
  private static Map<StarComponent, int[]> sentenceCounts() {
    Map<StarComponent, int[]> counts = new EnumMap<>(StarComponent.class);
    for (StarComponent c : StarComponent.values()) {
      counts.put(c, new int[3]);
    }
    for (Labelled a : answers) {
      for (int i = 0; i < a.gold().size(); i++) {
        for (StarComponent c : StarComponent.values()) {
          boolean g = a.gold().get(i).contains(c);
          boolean f = a.found().get(i).contains(c);
          if (g && f) {
            counts.get(c)[0]++;
          } else if (f) {
            counts.get(c)[1]++;
          } else if (g) {
            counts.get(c)[2]++;
          }
        }
      }
    }
    return counts;
  }

  private static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
  }

  private static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
  }

  private static String table() {
    StringBuilder out = new StringBuilder(String.format("%n"));
    sentenceCounts()
        .forEach(
            (c, n) ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "%-9s tp %3d fp %3d fn %3d precision %.2f recall %.2f%n",
                        c.key(),
                        n[0],
                        n[1],
                        n[2],
                        precision(n),
                        recall(n))));
    return out.toString();
  }

  @Test
  void theLabelledSetIsLargeAndMixed() {
    int sentences = answers.stream().mapToInt(a -> a.gold().size()).sum();
    assertThat(answers).hasSizeGreaterThanOrEqualTo(50);
    assertThat(sentences).isGreaterThanOrEqualTo(200);
    assertThat(answers.stream().filter(a -> !a.story())).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void sentencesAreLabelledAboutAsAHumanReaderDoes() {
    Map<StarComponent, int[]> counts = sentenceCounts();
    if (Boolean.getBoolean("star.table")) {
      System.out.print(table());
    }
    // Measured (precision / recall): situation 0.91 / 0.86, task 1.00 / 1.00, action 0.82 / 1.00,
    // result 0.75 / 0.65. Half the missed results are lessons ("It taught me that ..."), which the
    // labels count as results and the detector, by design, does not: a story that ends in a lesson
    // and no outcome is told to add its outcome.
    double[][] floors = {{0.88, 0.83}, {0.95, 0.95}, {0.78, 0.96}, {0.70, 0.60}};
    StarComponent[] order = {
      StarComponent.SITUATION, StarComponent.TASK, StarComponent.ACTION, StarComponent.RESULT
    };
    for (int i = 0; i < order.length; i++) {
      int[] n = counts.get(order[i]);
      assertThat(precision(n)).as(order[i] + " precision" + table()).isGreaterThan(floors[i][0]);
      assertThat(recall(n)).as(order[i] + " recall" + table()).isGreaterThan(floors[i][1]);
    }
  }

  @Test
  void answersThatTellNoStoryAreToldSoAndStoriesAreNot() {
    // The scorer caps a behavioral answer that tells no example: no situation and no action.
    List<String> storiesWithoutExample = new ArrayList<>();
    List<String> nonStoriesWithExample = new ArrayList<>();
    for (Labelled a : answers) {
      boolean example =
          a.result().has(StarComponent.SITUATION) || a.result().has(StarComponent.ACTION);
      if (a.story() && !example) {
        storiesWithoutExample.add(a.id());
      } else if (!a.story() && example) {
        nonStoriesWithExample.add(a.id());
      }
    }
    assertThat(storiesWithoutExample).isEmpty();
    // The one answer that mentions a specific past event ("Last year a mother in my class came in
    // every week") is labelled a situation there.
    assertThat(nonStoriesWithExample).containsExactly("ns-ed-parents-as-partners");
  }
}
