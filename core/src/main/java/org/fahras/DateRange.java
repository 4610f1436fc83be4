package org.fahras;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.util.NumericUtils;

/**
 * The first and last publication days of an index's dated articles.
 *
 * @param first the earliest publication day
 * @param last the latest publication day
 */
public record DateRange(LocalDate first, LocalDate last) {
  /** Checks the days are given and in order. */
  public DateRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("the range ends before it starts: " + first + " … " + last);
    }
  }

  /** The range of {@code field}'s epoch days in {@code reader}, from its points' bounds; empty when none is dated. */
  static Optional<DateRange> of(IndexReader reader, String field) throws IOException {
    byte[] min = PointValues.getMinPackedValue(reader, field);
    byte[] max = PointValues.getMaxPackedValue(reader, field);
    if (min == null || max == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DateRange(
            LocalDate.ofEpochDay(NumericUtils.sortableBytesToLong(min, 0)),
            LocalDate.ofEpochDay(NumericUtils.sortableBytesToLong(max, 0))));
  }
}
