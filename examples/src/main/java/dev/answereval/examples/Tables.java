package dev.answereval.examples;

import java.util.ArrayList;
import java.util.List;

/** Plain-text tables with columns padded to their widest cell. Stateless and thread-safe. */
final class Tables {
  private Tables() {}

  /**
   * Left-aligns every column but the last (which is not padded), two spaces apart.
   *
   * @param rows rows of equal length, the header first if any
   */
  static List<String> align(List<String[]> rows) {
    return align(rows, new boolean[rows.isEmpty() ? 0 : rows.get(0).length]);
  }

  /**
   * Aligns columns, two spaces apart; {@code rightAligned[c]} right-aligns column {@code c}. The
   * last column is not padded when left-aligned, and no line has trailing spaces.
   */
  static List<String> align(List<String[]> rows, boolean[] rightAligned) {
    int columns = rightAligned.length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      if (row.length != columns) {
        throw new IllegalArgumentException(
            "every row needs " + columns + " cells, got " + row.length);
      }
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          sb.append("  ");
        }
        String pad = " ".repeat(width[c] - row[c].length());
        if (rightAligned[c]) {
          sb.append(pad).append(row[c]);
        } else {
          sb.append(row[c]);
          if (c < columns - 1) {
            sb.append(pad);
          }
        }
      }
      lines.add(sb.toString().stripTrailing());
    }
    return lines;
  }
}
