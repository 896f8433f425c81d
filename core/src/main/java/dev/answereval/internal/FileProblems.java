package dev.answereval.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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

  /** The largest bank or fixture file read: 64 MiB, far above any hand-written one. */
  public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

  /**
   * Reads a whole file of at most {@code maxBytes} bytes. A larger file, or an endless one such as
   * {@code /dev/zero}, fails with "larger than N MiB" after reading {@code maxBytes} + 1 bytes,
   * instead of running out of memory; a directory fails as such up front.
   *
   * @throws IOException when the file cannot be read or is too large
   */
  public static byte[] readAll(Path file, int maxBytes) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        String most = maxBytes % (1 << 20) == 0 ? (maxBytes >> 20) + " MiB" : maxBytes + " bytes";
        throw new IOException("larger than " + most + ", the most a file may hold");
      }
      return bytes;
    }
  }
}
