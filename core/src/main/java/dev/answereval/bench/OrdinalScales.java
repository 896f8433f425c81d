package dev.answereval.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises class labels that obviously form an ordered scale: all labels numbers, all labels
 * starting with distinct integers ({@code "1 - poor"}), or all labels from one well-known scale
 * such as poor/fair/good/excellent. Stateless and thread-safe.
 */
final class OrdinalScales {
  private OrdinalScales() {}

  private static final List<List<String>> KNOWN =
      List.of(
          List.of("incorrect", "partially correct", "correct"),
          List.of("wrong", "partially correct", "correct"),
          List.of("incorrect", "partial", "correct"),
          List.of("very poor", "poor", "fair", "good", "very good", "excellent"),
          List.of("poor", "fair", "average", "good", "excellent"),
          List.of("very low", "low", "medium", "high", "very high"),
          List.of("bad", "ok", "good"),
          List.of("bad", "okay", "good"),
          List.of("weak", "adequate", "strong"),
          List.of("strong no", "no", "lean no", "lean yes", "yes", "strong yes"),
          List.of("no hire", "lean no hire", "lean hire", "hire", "strong hire"),
          List.of("fail", "pass"),
          List.of("reject", "accept"),
          List.of("negative", "positive"),
          List.of("false", "true"),
          List.of("no", "partial", "yes"));

  private static final Pattern LEADING_INT = Pattern.compile("^\\s*(-?\\d+)(?!\\d|\\.\\d)");

  /** The labels from lowest to highest, or empty when no obvious order exists. */
  static Optional<List<String>> detect(Collection<String> labels) {
    if (labels.size() < 2) {
      return Optional.empty();
    }
    if (labels.stream().allMatch(OrdinalScales::isNumber)) {
      List<String> sorted = new ArrayList<>(labels);
      sorted.sort(Comparator.comparingDouble(l -> Double.parseDouble(l.strip())));
      return Optional.of(List.copyOf(sorted));
    }
    List<Long> prefixes = new ArrayList<>();
    for (String l : labels) {
      Matcher m = LEADING_INT.matcher(l);
      if (!m.find()) {
        prefixes = null;
        break;
      }
      prefixes.add(Long.parseLong(m.group(1)));
    }
    if (prefixes != null && prefixes.stream().distinct().count() == labels.size()) {
      List<String> sorted = new ArrayList<>(labels);
      sorted.sort(
          Comparator.comparingLong(
              l -> {
                Matcher m = LEADING_INT.matcher(l);
                m.find();
                return Long.parseLong(m.group(1));
              }));
      return Optional.of(List.copyOf(sorted));
    }
    for (List<String> scale : KNOWN) {
      if (labels.stream().allMatch(l -> scale.contains(normalise(l)))) {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingInt(l -> scale.indexOf(normalise(l))));
        if (sorted.stream().map(OrdinalScales::normalise).distinct().count() == labels.size()) {
          return Optional.of(List.copyOf(sorted));
        }
      }
    }
    return Optional.empty();
  }

  static boolean isNumber(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s.strip()))
          && !s.strip().endsWith("d")
          && !s.strip().endsWith("f")
          && !s.strip().endsWith("D")
          && !s.strip().endsWith("F");
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String normalise(String label) {
    return label.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
  }
}
