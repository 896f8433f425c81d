package dev.answereval.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the seed interview guides from {@code shared/seeds} beside the repository at test time:
 * their numbered questions and the example answers the guides give. Nothing from them is copied
 * into the project; the example answers serve as an independent check of the scorer.
 */
final class SeedGuides {
  /** One numbered question of a guide and the guide's own example answer. */
  record SeedQuestion(String id, String text, String exampleAnswer) {}

  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\. (.+)$");

  private SeedGuides() {}

  /** The seeds folder, searched upwards from the working directory, if present. */
  static Optional<Path> folder() {
    String configured = System.getProperty("answereval.seeds");
    if (configured != null) {
      return Optional.of(Path.of(configured)).filter(Files::isDirectory);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("seeds");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      Path sibling = dir.resolveSibling("shared").resolve("seeds");
      if (Files.isDirectory(sibling)) {
        return Optional.of(sibling);
      }
    }
    return Optional.empty();
  }

  /** All 52 numbered questions in bank order (coordinator, specialist, professional). */
  static List<SeedQuestion> questions(Path folder) throws IOException {
    List<SeedQuestion> out = new ArrayList<>();
    out.addAll(parse(read(folder, "000_"), "mhc-", 5));
    out.addAll(parse(read(folder, "001_"), "mhs-", 23));
    out.addAll(parse(read(folder, "002_"), "qmhp-", 24));
    return out;
  }

  private static List<String> read(Path folder, String prefix) throws IOException {
    try (var files = Files.list(folder)) {
      Path p =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow(() -> new IOException("no seed file " + prefix + "* in " + folder));
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    }
  }

  private static List<SeedQuestion> parse(List<String> lines, String idPrefix, int count) {
    List<SeedQuestion> out = new ArrayList<>();
    int expected = 1;
    for (int i = 0; i < lines.size() && out.size() < count; i++) {
      Matcher m = NUMBERED.matcher(lines.get(i).strip());
      if (!m.matches() || Integer.parseInt(m.group(1)) != expected) {
        continue;
      }
      String answer = exampleAfter(lines, i + 1);
      if (answer == null) {
        continue;
      }
      out.add(
          new SeedQuestion(
              String.format("%s%02d", idPrefix, expected), m.group(2).strip(), answer));
      expected++;
    }
    return out;
  }

  /** The example answer that follows a question line, up to its closing quote. */
  private static String exampleAfter(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (NUMBERED.matcher(line).matches()) {
        return null;
      }
      int at = indexOfAny(line, "Sample Answer:", "Example Answer:", "Example:");
      if (at < 0) {
        continue;
      }
      StringBuilder sb = new StringBuilder(line.substring(line.indexOf(':', at) + 1).strip());
      int j = i;
      while (!endsQuote(sb)
          && j + 1 < lines.size()
          && !NUMBERED.matcher(lines.get(j + 1).strip()).matches()) {
        j++;
        String next = lines.get(j).strip();
        if (!next.isEmpty()) {
          sb.append("\n\n").append(next);
        }
      }
      return unquote(sb.toString());
    }
    return null;
  }

  private static int indexOfAny(String line, String... keys) {
    for (String k : keys) {
      int at = line.indexOf(k);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  private static boolean endsQuote(CharSequence s) {
    if (s.length() < 2) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c == '\u201d' || c == '"';
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (!t.isEmpty() && (t.charAt(0) == '\u201c' || t.charAt(0) == '"')) {
      t = t.substring(1);
    }
    if (!t.isEmpty() && (t.charAt(t.length() - 1) == '\u201d' || t.charAt(t.length() - 1) == '"')) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip();
  }
}
