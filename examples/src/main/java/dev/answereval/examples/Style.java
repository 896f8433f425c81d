package dev.answereval.examples;

/**
 * ANSI text styles that are applied only when colour is enabled; otherwise every method returns its
 * argument unchanged. Immutable and thread-safe.
 */
final class Style {
  private static final String RESET = "\u001b[0m";

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  /** Styles that emit ANSI escapes only when {@code enabled}. */
  static Style of(boolean enabled) {
    return new Style(enabled);
  }

  /** Plain text: every method returns its argument. */
  static Style plain() {
    return new Style(false);
  }

  boolean enabled() {
    return enabled;
  }

  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  String red(String s) {
    return wrap("31", s);
  }

  String yellow(String s) {
    return wrap("33", s);
  }

  String cyan(String s) {
    return wrap("36", s);
  }

  private String wrap(String code, String s) {
    return enabled ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
