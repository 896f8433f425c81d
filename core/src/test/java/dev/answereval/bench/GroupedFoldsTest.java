package dev.answereval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupedFoldsTest {

  private static List<String> questions() {
    List<String> q = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      q.add("q" + (i % 13));
    }
    return q;
  }

  @Test
  void aQuestionNeverSpansTwoFolds() {
    List<String> q = questions();
    int[] folds = GroupedFolds.assign(q, 5, 20130607L);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < q.size(); i++) {
      Integer prev = seen.putIfAbsent(q.get(i), folds[i]);
      if (prev != null) {
        assertThat(folds[i]).as("fold of %s", q.get(i)).isEqualTo(prev);
      }
    }
    assertThat(seen.values()).containsOnly(0, 1, 2, 3, 4).contains(0, 1, 2, 3, 4);
    for (int f = 0; f < 5; f++) {
      int[] train = GroupedFolds.rows(folds, f, false);
      int[] test = GroupedFolds.rows(folds, f, true);
      assertThat(train.length + test.length).isEqualTo(q.size());
      for (int t : test) {
        for (int r : train) {
          assertThat(q.get(r)).isNotEqualTo(q.get(t));
        }
      }
    }
  }

  @Test
  void assignmentIsSeededAndIndependentOfRowOrder() {
    List<String> q = questions();
    int[] a = GroupedFolds.assign(q, 4, 7L);
    assertThat(GroupedFolds.assign(q, 4, 7L)).isEqualTo(a);
    List<String> shuffled = new ArrayList<>(q);
    Collections.shuffle(shuffled, new Random(1));
    int[] b = GroupedFolds.assign(shuffled, 4, 7L);
    Map<String, Integer> foldA = new HashMap<>();
    for (int i = 0; i < q.size(); i++) {
      foldA.put(q.get(i), a[i]);
    }
    for (int i = 0; i < shuffled.size(); i++) {
      assertThat(b[i]).isEqualTo(foldA.get(shuffled.get(i)));
    }
  }

  @Test
  void foldCountMustFitTheQuestions() {
    assertThatThrownBy(() -> GroupedFolds.assign(List.of("a", "b", "a"), 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("folds must be in [2, 2] (the number of questions), got 3");
  }
}
