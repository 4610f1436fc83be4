package org.fahras.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One temporal expression found in a text, with its normalized value.
 *
 * <p>The value is the half-open interval of dates {@code [from, until)}: "سبتمبر 2025" is
 * {@code [2025-09-01, 2025-10-01)}. Character offsets are UTF-16 indices into the text given to
 * {@link TemporalTagger#tag}; they never split a letter from its diacritics. A glued clitic such as
 * the و of "وأغسطس" is left outside the span.
 *
 * @param start offset of the first character of the expression
 * @param end offset just after its last character (diacritics included)
 * @param text the original text of {@code [start, end)}
 * @param from first day of the interval
 * @param until first day after the interval
 * @param granularity what kind of interval this is
 * @param relative true when the value was resolved against the reference date (أمس، سبتمبر الحالي،
 *     a month without a year), false when the text names the date by itself
 * @param rule the rule family that matched, e.g. {@code "day-month-year"} or {@code "relative-unit"}
 * @param timeOfDay the time of day the expression also names, or {@code null}
 */
public record TemporalMention(
    int start,
    int end,
    String text,
    LocalDate from,
    LocalDate until,
    Granularity granularity,
    boolean relative,
    String rule,
    LocalTime timeOfDay) {

  /** Validates the span and the interval. */
  public TemporalMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("empty interval [" + from + ", " + until + ")");
    }
  }

  /**
   * The value in ISO-8601: {@code 2024-09-17} for exactly one day, {@code 2025-09} for exactly one
   * Gregorian month, {@code 2026} for exactly one Gregorian year, otherwise the interval
   * {@code from/until} (until exclusive), e.g. {@code 2026-10-01/2027-01-01}.
   *
   * <p>The form follows the interval, not the granularity, so a Hijri month is always an interval.
   */
  public String isoValue() {
    if (ChronoUnit.DAYS.between(from, until) == 1) {
      return from.toString();
    }
    if (from.getDayOfMonth() == 1 && from.plusMonths(1).equals(until)) {
      return from.toString().substring(0, 7);
    }
    if (from.getDayOfYear() == 1 && from.plusYears(1).equals(until)) {
      return from.toString().substring(0, 4);
    }
    return from + "/" + until;
  }
}
