package dev.answereval.text;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * A normalized copy of an original text, with a map from every normalized char back to the span of
 * original chars it came from, so that offsets found in the normalized text can be reported in the
 * original.
 *
 * <p>Normalization: NFKC per character cluster (a code point and its combining marks); curly quotes
 * and primes become ASCII quotes; hyphens become {@code -}, en and em dashes {@code " - "}; every
 * line or paragraph separator (and a CRLF pair) becomes one {@code \n} and tabs become spaces;
 * zero-width and other invisible format characters are removed; emoji and other pictographic
 * symbols become a space; in a word that mixes Latin letters with Cyrillic or Greek look-alikes,
 * the look-alikes become Latin ("nоt" typed with a Cyrillic o reads as "not"). Pure ASCII text
 * without control characters is used as is (no copy, identity map).
 *
 * <p>Immutable and thread-safe.
 */
final class NormalizedText {
  private final String text;
  // Original span [origStart[i], origEnd[i]) of normalized char i; null means identity.
  private final int @Nullable [] origStart;
  private final int @Nullable [] origEnd;

  private NormalizedText(String text, int @Nullable [] origStart, int @Nullable [] origEnd) {
    this.text = text;
    this.origStart = origStart;
    this.origEnd = origEnd;
  }

  /** The normalized text. */
  String text() {
    return text;
  }

  /** Offset in the original of the first char behind normalized char {@code i}. */
  int originalStart(int i) {
    return origStart == null ? i : origStart[i];
  }

  /** Offset in the original after the last char behind normalized char {@code i}. */
  int originalEnd(int i) {
    return origEnd == null ? i + 1 : origEnd[i];
  }

  static NormalizedText of(String original) {
    if (isPlainAscii(original)) {
      return new NormalizedText(original, null, null);
    }
    int n = original.length();
    StringBuilder out = new StringBuilder(n + 16);
    int[] starts = new int[n + 16];
    int[] ends = new int[n + 16];
    int i = 0;
    while (i < n) {
      int cp = original.codePointAt(i);
      int clusterEnd = i + Character.charCount(cp);
      while (clusterEnd < n && isCombining(original.codePointAt(clusterEnd))) {
        clusterEnd += Character.charCount(original.codePointAt(clusterEnd));
      }
      String replacement;
      if (cp == '\r' && clusterEnd < n && original.charAt(clusterEnd) == '\n') {
        clusterEnd++; // CRLF is one line break, not two (which would read as a blank line)
        replacement = "\n";
      } else {
        replacement = replace(original, i, clusterEnd, cp);
      }
      for (int k = 0; k < replacement.length(); k++) {
        if (out.length() == starts.length) {
          starts = java.util.Arrays.copyOf(starts, starts.length * 2);
          ends = java.util.Arrays.copyOf(ends, ends.length * 2);
        }
        starts[out.length()] = i;
        ends[out.length()] = clusterEnd;
        out.append(replacement.charAt(k));
      }
      i = clusterEnd;
    }
    foldLookalikes(out);
    return new NormalizedText(out.toString(), starts, ends);
  }

  /**
   * Cyrillic and Greek letters drawn like Latin ones, each with its Latin twin at the same index.
   */
  private static final String LOOKALIKES =
      // Cyrillic: а е о р с у х і ј ѕ ԁ ԛ ԝ А В Е К М Н О Р С Т Х І Ј Ѕ У
      "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u051b\u051d"
          + "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406\u0408\u0405\u0423"
          // Greek: ο ι ν α Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ
          + "\u03bf\u03b9\u03bd\u03b1\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7";

  private static final String LATIN_TWINS = "aeopcyxijsdqwABEKMHOPCTXIJSYoivaABEZHIKMNOPTYX";

  /**
   * In every word that mixes Latin letters with Cyrillic or Greek look-alikes ("nоt" typed with a
   * Cyrillic o), the look-alikes become their Latin twins, one char for one, so the word reads as
   * written. Words wholly in another script are left alone.
   */
  private static void foldLookalikes(StringBuilder out) {
    int n = out.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(out.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      boolean latin = false;
      boolean lookalike = false;
      while (end < n && Character.isLetter(out.charAt(end))) {
        char c = out.charAt(end);
        latin |= c < 0x80;
        lookalike |= LOOKALIKES.indexOf(c) >= 0;
        end++;
      }
      if (latin && lookalike) {
        for (int k = i; k < end; k++) {
          int at = LOOKALIKES.indexOf(out.charAt(k));
          if (at >= 0) {
            out.setCharAt(k, LATIN_TWINS.charAt(at));
          }
        }
      }
      i = end;
    }
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || (c < 0x20 && c != '\n') || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCombining(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The normalized form of the cluster original[start, end) whose first code point is cp. */
  private static String replace(String original, int start, int end, int cp) {
    if (cp < 0x80 && end == start + 1) {
      return switch (cp) {
        case '\t' -> " ";
        case '\n', '\r', 0x0b, 0x0c -> "\n";
        default -> cp < 0x20 || cp == 0x7f ? " " : String.valueOf((char) cp);
      };
    }
    switch (cp) {
      case 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x0060, 0x00b4 -> {
        return "'";
      }
      case 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb -> {
        return "\"";
      }
      case 0x2010, 0x2011, 0x2012, 0x2212 -> {
        return "-";
      }
      case 0x2013, 0x2014, 0x2015 -> {
        return " - ";
      }
      case 0x0085, 0x2028, 0x2029 -> {
        return "\n";
      }
      case 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad -> {
        return "";
      }
      default -> {
        // handled below
      }
    }
    if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0000 && cp <= 0xe007f)) {
      return ""; // variation selectors and emoji tag characters
    }
    if (isPictographic(cp)) {
      return " ";
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return "";
    }
    if (type == Character.CONTROL
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED) {
      return " ";
    }
    String cluster = original.substring(start, end);
    String normalized = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
    if (!normalized.isEmpty() && Character.isSpaceChar(normalized.codePointAt(0))) {
      return " ";
    }
    return normalized;
  }

  private static boolean isPictographic(int cp) {
    return Character.getType(cp) == Character.OTHER_SYMBOL
        || (cp >= 0x1f000 && cp <= 0x1faff)
        || (cp >= 0x2600 && cp <= 0x27bf);
  }
}
