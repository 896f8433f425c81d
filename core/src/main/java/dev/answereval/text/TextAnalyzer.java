package dev.answereval.text;

/** PLACEHOLDER: replaced by the text-analysis work (issue 3). */
public final class TextAnalyzer {
  /** englishScore below this means "probably not English". */
  public static final double ENGLISH_THRESHOLD = 0.5;

  /** Longest input accepted, in chars. */
  public static final int MAX_CHARS = 20_000;

  private TextAnalyzer() {}

  public static TextAnalyzer english() {
    throw new UnsupportedOperationException();
  }

  public AnalyzedText analyze(String text) {
    throw new UnsupportedOperationException(text);
  }
}
