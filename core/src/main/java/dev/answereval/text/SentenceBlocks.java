package dev.answereval.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalized text into blocks that no sentence may cross: lines, and items of bullet
 * lists. Bullet markers ({@code - * + • ‣ ·}, or 1-3 digits followed by {@code .} or {@code )},
 * each followed by a space, at the start of a line) are left out of the blocks, as is an inline
 * {@code •}. A line that starts with a lower-case letter and follows a non-blank line not ending in
 * {@code . ! ? : ;} continues the previous block (a soft-wrapped sentence).
 *
 * <p>Stateless and thread-safe.
 */
final class SentenceBlocks {
  private SentenceBlocks() {}

  /** The blocks as [start, end) char ranges of the normalized text, trimmed, in order. */
  static List<int[]> of(String s) {
    List<int[]> lines = new ArrayList<>();
    int lineStart = 0;
    boolean previousBlank = true;
    int n = s.length();
    while (lineStart <= n) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int p = skipSpaces(s, lineStart, lineEnd);
      if (p == lineEnd) {
        previousBlank = true;
      } else {
        int content = afterMarker(s, p, lineEnd);
        boolean bullet = content != p;
        content = skipSpaces(s, content, lineEnd);
        int end = trimEnd(s, content, lineEnd);
        if (content < end) {
          int[] last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
          if (!bullet
              && !previousBlank
              && last != null
              && Character.isLowerCase(s.charAt(content))
              && ".!?:;".indexOf(s.charAt(last[1] - 1)) < 0) {
            last[1] = end;
          } else {
            lines.add(new int[] {content, end});
          }
        }
        previousBlank = false;
      }
      lineStart = lineEnd + 1;
    }
    List<int[]> blocks = new ArrayList<>(lines.size());
    for (int[] line : lines) {
      splitInlineBullets(s, line[0], line[1], blocks);
    }
    return blocks;
  }

  private static void splitInlineBullets(String s, int start, int end, List<int[]> out) {
    int from = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == '\u2022') {
        int a = skipSpaces(s, from, i);
        int b = trimEnd(s, a, i);
        if (a < b) {
          out.add(new int[] {a, b});
        }
        from = i + 1;
      }
    }
  }

  /** The position after a bullet marker starting at p, or p when there is none. */
  private static int afterMarker(String s, int p, int lineEnd) {
    char c = s.charAt(p);
    if ("-*+\u2022\u2023\u00b7".indexOf(c) >= 0) {
      return p + 1 < lineEnd && s.charAt(p + 1) == ' ' ? p + 1 : p;
    }
    int q = p;
    while (q < lineEnd && q - p < 3 && Character.isDigit(s.charAt(q))) {
      q++;
    }
    if (q > p
        && q + 1 < lineEnd
        && (s.charAt(q) == '.' || s.charAt(q) == ')')
        && s.charAt(q + 1) == ' ') {
      return q + 1;
    }
    return p;
  }

  private static int skipSpaces(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
