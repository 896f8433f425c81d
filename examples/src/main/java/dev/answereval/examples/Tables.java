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
        width[c] = Math.max(width[c], width(row[c]));
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          sb.append("  ");
        }
        String pad = " ".repeat(width[c] - width(row[c]));
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

  /**
   * Terminal columns a cell takes: 2 for East Asian wide and full-width characters and emoji, 0 for
   * combining marks and invisible format characters, 1 for the rest.
   */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT
          || (cp >= 0xfe00 && cp <= 0xfe0f)) {
        continue;
      }
      w += isWide(cp) ? 2 : 1;
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115f)
        || (cp >= 0x2e80 && cp <= 0x303e)
        || (cp >= 0x3041 && cp <= 0xa4cf)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x1f300 && cp <= 0x1f64f)
        || (cp >= 0x1f900 && cp <= 0x1faff)
        || (cp >= 0x20000 && cp <= 0x3fffd);
  }
}
