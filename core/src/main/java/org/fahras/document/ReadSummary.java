package org.fahras.document;

/**
 * What one {@link ArticleReader#read} call did.
 *
 * @param read articles delivered to the listener
 * @param rejected records rejected (each was reported as a {@link Rejection})
 * @param skipped files passed over because they are not articles of the reader's format (each was reported to
 *     {@link ReadListener#skipped}); always 0 for a single JSON Lines file
 */
public record ReadSummary(long read, long rejected, long skipped) {

  /** Validates the counts. */
  public ReadSummary {
    if (read < 0 || rejected < 0 || skipped < 0) {
      throw new IllegalArgumentException("counts must be >= 0: " + read + ", " + rejected + ", " + skipped);
    }
  }
}
