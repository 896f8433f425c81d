package dev.answereval.examples;

import dev.answereval.rubric.Question;
import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.Flag;
import dev.answereval.scoring.KeyPointResult;
import dev.answereval.scoring.Span;
import dev.answereval.scoring.StarResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human-readable form of a score: score and band, covered and missing key points with their
 * evidence sentences, STAR breakdown, flags and suggestions. Stateless and thread-safe.
 */
final class ScoreReport {
  private ScoreReport() {}

  /** The full report as lines, styled with {@code style}. */
  static List<String> lines(Question question, AnswerScore s, Style style) {
    return lines(question, s, style, true);
  }

  /**
   * The report as lines. Without {@code showMissingText}, as in practice, a missing key point shows
   * its id but not its model statement: pasting the rubric's own sentences back would score high
   * and teach nothing, so the suggestions' hints say what to add instead.
   */
  static List<String> lines(
      Question question, AnswerScore s, Style style, boolean showMissingText) {
    List<String> out = new ArrayList<>();
    out.add(style.bold(question.id()) + " (" + question.kind().key() + "): " + question.text());
    if (!s.isScored()) {
      out.add(style.yellow("Not scored: " + s.reason()));
      section(out, style, "Suggestions", s.feedback(), "  * ");
      return out;
    }
    String verdict = s.passed() ? style.green("passed") : style.red("not passed");
    out.add(
        style.bold("Score: " + number(s.score()) + "/100")
            + "  "
            + s.band().label()
            + " (band "
            + s.band().level()
            + " of 5)  "
            + verdict
            + " (threshold "
            + compact(s.passThreshold())
            + ")");
    List<KeyPointResult> covered = s.keyPoints().stream().filter(KeyPointResult::covered).toList();
    List<KeyPointResult> missing = s.keyPoints().stream().filter(k -> !k.covered()).toList();
    out.add("");
    out.add(
        style.bold("Covered key points")
            + " ("
            + covered.size()
            + " of "
            + s.keyPoints().size()
            + "):"
            + (covered.isEmpty() ? " none" : ""));
    for (KeyPointResult k : covered) {
      out.add("  " + style.green("+ " + k.id()) + "  " + k.description() + "  " + details(k));
      if (!k.evidence().isEmpty()) {
        out.add("      " + style.dim(quote(k.evidence())));
      }
    }
    out.add(
        style.bold("Missing key points")
            + " ("
            + missing.size()
            + "):"
            + (missing.isEmpty() ? " none" : ""));
    for (KeyPointResult k : missing) {
      out.add(
          "  "
              + style.red("- " + k.id())
              + "  "
              + (showMissingText ? k.description() + "  " : "")
              + details(k)
              + (k.negated() ? " " + style.yellow("(denied in the answer)") : ""));
    }
    StarResult star = s.star();
    if (star.applicable()) {
      out.add(style.bold("STAR") + " (" + percent(star.score()) + " of the expected structure):");
      for (StarResult.Component c : star.components().values()) {
        String status = c.found() ? style.green("found  ") : style.red("missing");
        String evidence = c.found() && !c.evidence().isEmpty() ? "  " + quote(c.evidence()) : "";
        out.add(
            String.format(Locale.ROOT, "  %-9s  %s%s", c.component().key(), status, evidence)
                .stripTrailing());
      }
    }
    List<String> flags = new ArrayList<>();
    for (Flag f : s.flags()) {
      flags.add(
          f.type().key()
              + ": "
              + f.message()
              + (f.penalty() > 0 ? " (-" + number(f.penalty()) + " points)" : ""));
    }
    section(out, style, "Flags", flags, "  ! ");
    section(out, style, "Suggestions", s.feedback(), "  * ");
    return out;
  }

  private static void section(
      List<String> out, Style style, String title, List<String> items, String bullet) {
    if (items.isEmpty()) {
      return;
    }
    out.add(style.bold(title) + ":");
    for (String item : items) {
      out.add(bullet + item);
    }
  }

  private static String details(KeyPointResult k) {
    return "["
        + (k.required() ? "required, " : "")
        + "weight "
        + compact(k.weight())
        + ", coverage "
        + String.format(Locale.ROOT, "%.2f", k.coverage())
        + "]";
  }

  /** The spans' texts in quotes, joined by " ... ". */
  static String quote(List<Span> spans) {
    List<String> parts = new ArrayList<>();
    for (Span sp : spans) {
      String t = "\"" + sp.text().strip().replaceAll("\\s+", " ") + "\"";
      if (!parts.contains(t)) {
        parts.add(t);
      }
    }
    return String.join(" ... ", parts);
  }

  /** A score-like number with one decimal, e.g. {@code 72.4} or {@code 60.0}. */
  static String number(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A weight or threshold: {@code 2}, {@code 1.5}, {@code 0.25}. */
  static String compact(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
