package org.fahras.document;

import java.util.Objects;

/**
 * A record a reader could not turn into an {@link Article}, with where it was and why. The records around it are
 * unaffected.
 *
 * <p>{@code reason} starts with a stable keyword, so tools can group rejections: {@code malformed JSON},
 * {@code not an object}, {@code missing id}, {@code wrong type}, {@code invalid date}, {@code invalid UTF-8},
 * {@code no title and no text}, {@code line too long}, {@code empty file}, {@code binary file}, {@code file too large},
 * {@code unreadable}; then a colon and the detail.
 *
 * @param file the file the record came from, as the reader was given it
 * @param line the 1-based line of the record (for a whole-file rejection of a plain-text article: the line where the
 *     problem was found, or 0 when it concerns the file as a whole)
 * @param reason why it was rejected, beginning with one of the keywords above
 */
public record Rejection(String file, long line, String reason) {

  /** Validates the rejection. */
  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  /** {@code file:line: reason}, the form compilers use, so editors can jump to it. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
