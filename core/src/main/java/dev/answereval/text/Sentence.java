package dev.answereval.text;

/**
 * One sentence of an analyzed text.
 *
 * @param index 0-based sentence number
 * @param start offset of the first char in the original string
 * @param end offset after the last char (trailing white space excluded)
 * @param firstToken index of its first token
 * @param endToken index after its last token ({@code firstToken == endToken} never happens)
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

  public Sentence {
    if (start < 0 || end < start || firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException(
          "bad sentence bounds chars ["
              + start
              + ", "
              + end
              + ") tokens ["
              + firstToken
              + ", "
              + endToken
              + ")");
    }
  }

  /** Number of tokens in the sentence. */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
