package org.fahras.document;

import java.util.Objects;

/**
 * A record that was read and delivered, but without one of its fields, because that field's value could not be read
 * (an impossible publication date under {@link DatePolicy#KEEP_UNDATED}).
 *
 * @param file the file the record came from, as the reader was given it
 * @param line the 1-based line of the record
 * @param field the field that was left out, as the input names it ({@code date}, {@code published})
 * @param value the value as written (its first 40 characters and an ellipsis when longer)
 * @param reason what was wrong and what was done, beginning with a stable keyword ({@code invalid date}), then a
 *     colon and the detail
 */
public record ReadWarning(String file, long line, String field, String value, String reason) {

  /** Validates the warning. */
  public ReadWarning {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  /** {@code file:line: reason}, as {@link Rejection} prints. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
