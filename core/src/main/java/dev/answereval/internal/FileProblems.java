package dev.answereval.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read, in plain words, for the loaders and the command line alike.
 *
 * <p>Stateless and thread-safe.
 */
public final class FileProblems {
  private FileProblems() {}

  /**
   * Why a file could not be read, in plain words ({@code no such file}, {@code permission denied},
   * {@code is a directory}), for messages that already name the file: the JDK's messages are often
   * only the path, or a class name would be needed to tell what went wrong.
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      m = fs.getReason();
    }
    return m == null || m.isBlank() ? "I/O error" : m;
  }
}
