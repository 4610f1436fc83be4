package org.fahras;

import java.io.IOException;

/** Another writer (another process or another open engine) holds the index's write lock. */
public final class IndexInUseException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The index at {@code where} is locked by another writer. */
  public IndexInUseException(String where, Throwable cause) {
    super("the index at " + where + " is in use by another writer (another fahras process?); try again when it is done", cause);
  }
}
