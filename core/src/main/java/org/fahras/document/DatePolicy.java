package org.fahras.document;

/**
 * What a reader does with a record whose publication date is present but not a date ({@code "2024-13-45"}).
 */
public enum DatePolicy {
  /**
   * Keep the article undated and report a {@link ReadWarning}: a typo in a date does not cost the article. The
   * default.
   */
  KEEP_UNDATED,
  /** Reject the record ({@link Rejection} with reason {@code invalid date}), as a strict pipeline wants. */
  REJECT
}
