package dev.answereval.examples;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line reads from and knows about its terminal: standard input, whether a person
 * is at a console, and the environment variables that decide colour.
 *
 * <p>Tests pass a scripted input and a fixed environment; {@link #system()} is the real process.
 * Immutable; the input stream itself is not thread-safe.
 *
 * @param in standard input
 * @param console whether {@code System.console()} is present (a person at a terminal)
 * @param env environment variables ({@code TERM}, {@code NO_COLOR})
 */
public record Terminal(InputStream in, boolean console, Map<String, String> env) {

  public Terminal {
    Objects.requireNonNull(in, "in");
    env = Map.copyOf(env);
  }

  /** The process's own standard input, console and environment. */
  public static Terminal system() {
    return new Terminal(System.in, System.console() != null, System.getenv());
  }

  /** A non-interactive terminal reading {@code in}, with an empty environment (for tests). */
  public static Terminal piped(InputStream in) {
    return new Terminal(in, false, Map.of());
  }

  /**
   * Whether ANSI colour may be used: a console is present, {@code TERM} is set and not {@code
   * dumb}, and {@code NO_COLOR} is unset.
   */
  public boolean colour() {
    String term = env.get("TERM");
    return console
        && term != null
        && !term.isEmpty()
        && !term.equals("dumb")
        && !env.containsKey("NO_COLOR");
  }
}
