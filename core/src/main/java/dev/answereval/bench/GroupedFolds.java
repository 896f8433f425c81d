package dev.answereval.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * K-fold assignment grouped by question: all rows of one question land in the same fold, so no
 * question is ever in both a training and a test split. Stateless and thread-safe.
 */
public final class GroupedFolds {
  private GroupedFolds() {}

  /**
   * Assigns each row a fold in {@code [0, folds)}: the distinct group ids are sorted, shuffled with
   * {@code new Random(seed)}, and dealt round-robin, so the result depends only on the set of
   * groups and the seed (not on row order).
   *
   * @param groupOfRow the group (question id) of each row
   * @throws IllegalArgumentException when {@code folds < 2} or exceeds the number of groups
   */
  public static int[] assign(List<String> groupOfRow, int folds, long seed) {
    List<String> groups = new ArrayList<>(new TreeSet<>(groupOfRow));
    if (folds < 2 || folds > groups.size()) {
      throw new IllegalArgumentException(
          "folds must be in [2, " + groups.size() + "] (the number of questions), got " + folds);
    }
    Collections.shuffle(groups, new Random(seed));
    Map<String, Integer> foldOfGroup = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      foldOfGroup.put(groups.get(i), i % folds);
    }
    int[] out = new int[groupOfRow.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldOfGroup.get(groupOfRow.get(i));
    }
    return out;
  }

  /** The row indices with {@code fold[i] == f} (test) or {@code != f} (train), ascending. */
  static int[] rows(int[] foldOfRow, int f, boolean inFold) {
    int count = 0;
    for (int v : foldOfRow) {
      if ((v == f) == inFold) {
        count++;
      }
    }
    int[] out = new int[count];
    int k = 0;
    for (int i = 0; i < foldOfRow.length; i++) {
      if ((foldOfRow[i] == f) == inFold) {
        out[k++] = i;
      }
    }
    return out;
  }
}
