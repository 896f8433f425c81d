package dev.answereval.scoring;

import dev.answereval.text.AnalyzedText;
import dev.answereval.text.Sentence;
import dev.answereval.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds {@link AnalyzedText} by hand for unit tests that must not depend on OpenNLP: words split
 * on spaces, sentences on '.', terms lower-cased with a tiny stop list, a word prefixed with '!' is
 * negated (the '!' is not part of the text).
 */
final class FakeText {
  private static final Set<String> STOP = Set.of("a", "the", "i", "to", "and", "of", "is", "with");

  private FakeText() {}

  static AnalyzedText of(String spec) {
    StringBuilder original = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int sentenceStart = 0;
    int firstToken = 0;
    String[] parts = spec.trim().split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      boolean negated = p.startsWith("!");
      String word = negated ? p.substring(1) : p;
      boolean endsSentence = word.endsWith(".");
      if (endsSentence) {
        word = word.substring(0, word.length() - 1);
      }
      if (original.length() > 0) {
        original.append(' ');
      }
      int start = original.length();
      original.append(word);
      String lower = word.toLowerCase(Locale.ROOT);
      String term = STOP.contains(lower) ? null : lower;
      tokens.add(
          new Token(
              tokens.size(),
              word,
              start,
              start + word.length(),
              sentences.size(),
              "NOUN",
              lower,
              term,
              List.of(),
              false,
              negated));
      if (endsSentence || i == parts.length - 1) {
        int dot = original.length();
        original.append('.');
        tokens.add(
            new Token(
                tokens.size(),
                ".",
                dot,
                dot + 1,
                sentences.size(),
                "PUNCT",
                ".",
                null,
                List.of(),
                false,
                false));
        sentences.add(
            new Sentence(
                sentences.size(), sentenceStart, original.length(), firstToken, tokens.size()));
        sentenceStart = original.length() + 1;
        firstToken = tokens.size();
      }
    }
    return new AnalyzedText(original.toString(), sentences, tokens, 1.0);
  }
}
