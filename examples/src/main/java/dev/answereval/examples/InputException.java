package dev.answereval.examples;

/**
 * A problem with what the user gave the command line (an unknown question id, an unreadable file, a
 * malformed batch line). {@link AnswerEvalCli} prints its message as one line on standard error and
 * exits with status 2. Immutable and thread-safe.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
