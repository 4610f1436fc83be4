package org.fahras.document;

/**
 * What one {@link ArticleReader#read} call did.
 *
 * @param read articles delivered to the listener
 * @param rejected records rejected (each was reported as a {@link Rejection})
 * @param skipped files passed over because they are not articles of the reader's format (each was reported to
 *     {@link ReadListener#skipped}); always 0 for a single JSON Lines file
 * @param warnings articles delivered without a field that could not be read (each was reported as a
 *     {@link ReadWarning}); they are counted in {@code read} too
 */
public record ReadSummary(long read, long rejected, long skipped, long warnings) {

  /** Validates the counts. */
  public ReadSummary {
    if (read < 0 || rejected < 0 || skipped < 0 || warnings < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0: " + read + ", " + rejected + ", " + skipped + ", " + warnings);
    }
  }

  /** A summary without warnings. */
  public ReadSummary(long read, long rejected, long skipped) {
    this(read, rejected, skipped, 0);
  }

  /** Whether nothing at all was found: no article, no rejected record. */
  public boolean isEmpty() {
    return read == 0 && rejected == 0;
  }

  /** The counts of this call and {@code other} added up. */
  public ReadSummary plus(ReadSummary other) {
    return new ReadSummary(
        read + other.read, rejected + other.rejected, skipped + other.skipped, warnings + other.warnings);
  }
}
