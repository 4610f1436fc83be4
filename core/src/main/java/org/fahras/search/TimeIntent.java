package org.fahras.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time a query named, as the words that named it and the days they resolved to against the as-of day: "سبتمبر
 * ٢٠٢٥" → 2025-09-01 … 2025-09-30. Several times in one query merge into the one interval covering them all.
 *
 * @param words the query's words that named the time
 * @param first the first day of the interval
 * @param last the last day of the interval (inclusive)
 */
public record TimeIntent(String words, LocalDate first, LocalDate last) {
  /** Checks that the interval is not empty. */
  public TimeIntent {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("the interval ends before it starts: " + first + " … " + last);
    }
  }

  /** How many days the interval holds. */
  public long days() {
    return last.toEpochDay() - first.toEpochDay() + 1;
  }

  @Override
  public String toString() {
    return words + " → " + first + " … " + last;
  }
}
