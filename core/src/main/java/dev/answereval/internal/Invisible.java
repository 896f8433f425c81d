package dev.answereval.internal;

/**
 * Which characters show nothing on the page (white space, format characters, variation selectors),
 * so that the text analyzer and the fixture loader agree on what a blank answer is.
 *
 * <p>Stateless and thread-safe.
 */
public final class Invisible {
  private Invisible() {}

  /**
   * Whether the code point shows nothing: white space, a space or format character, or a variation
   * selector.
   */
  public static boolean isInvisible(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || cp == 0x85
        || (cp >= 0xfe00 && cp <= 0xfe0f);
  }

  /** Whether the text has no visible character at all (it is empty or only invisible ones). */
  public static boolean isBlank(String text) {
    return text.codePoints().allMatch(Invisible::isInvisible);
  }
}
