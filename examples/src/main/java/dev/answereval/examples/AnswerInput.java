package dev.answereval.examples;

import dev.answereval.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an answer from a file or standard input, keeping at most a few chars more than {@link
 * TextAnalyzer#MAX_CHARS}: a longer input, even an endless one such as {@code /dev/zero}, is
 * refused as too long without being read to its end. Stateless.
 */
final class AnswerInput {
  /**
   * The longest answer that can be scored, in chars (UTF-16 code units, as the analyzer counts).
   */
  static final int MAX_CHARS = TextAnalyzer.MAX_CHARS;

  private AnswerInput() {}

  /**
   * Reads strict UTF-8 text, dropping a byte order mark.
   *
   * @param what the input for messages, e.g. {@code answer file 'a.txt'} or {@code standard input}
   * @throws InputException when the text is not UTF-8, or longer than {@link #MAX_CHARS}
   * @throws IOException when reading fails
   */
  static String read(InputStream in, String what) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader reader = new InputStreamReader(in, decoder);
    // one char for a byte order mark, one to tell a text over the limit
    int keep = MAX_CHARS + 2;
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    try {
      int n;
      while (text.length() < keep
          && (n = reader.read(buf, 0, Math.min(buf.length, keep - text.length()))) >= 0) {
        text.append(buf, 0, n);
      }
    } catch (CharacterCodingException e) {
      throw new InputException("cannot read " + what + ": not UTF-8 text");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text.deleteCharAt(0);
    }
    if (text.length() > MAX_CHARS) {
      throw tooLong(what);
    }
    return text.toString();
  }

  /**
   * The error for an answer over {@link #MAX_CHARS}, read only as far as the limit: the analyzer's
   * message, with "more than" for the count, after where the answer came from.
   */
  static InputException tooLong(String what) {
    return new InputException(
        what + ": answer has more than " + MAX_CHARS + " chars; the maximum is " + MAX_CHARS);
  }
}
