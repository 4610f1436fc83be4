package org.fahras.time;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The value a rule has just recognized: the scratch result the rules of one {@link MentionParser}
 * write into and the parser turns into a {@link TemporalMention}. Mutable, never shared.
 */
final class MentionValue {
  LocalDate from;
  LocalDate until;
  Granularity granularity;
  boolean relative;
  String rule;
  LocalTime time;

  /** Sets the interval {@code [from, until)}; false (nothing set) when it is null or empty. */
  boolean set(LocalDate from, LocalDate until, Granularity g, boolean relative, String rule) {
    if (from == null || until == null || !until.isAfter(from)) {
      return false;
    }
    this.from = from;
    this.until = until;
    this.granularity = g;
    this.relative = relative;
    this.rule = rule;
    return true;
  }

  boolean setDay(LocalDate date, boolean relative, String rule) {
    return date != null && set(date, date.plusDays(1), Granularity.DAY, relative, rule);
  }

  boolean setMonth(int year, int month, boolean relative, String rule) {
    LocalDate start = LocalDate.of(year, month, 1);
    return set(start, start.plusMonths(1), Granularity.MONTH, relative, rule);
  }

  boolean setYear(int year, boolean relative, String rule) {
    LocalDate start = LocalDate.of(year, 1, 1);
    return set(start, start.plusYears(1), Granularity.YEAR, relative, rule);
  }

  /** The days {@code first} to {@code last}, both included: one DAY, or a SPAN of days. */
  boolean days(LocalDate first, LocalDate last, boolean relative, String rule) {
    Granularity g = first.equals(last) ? Granularity.DAY : Granularity.SPAN;
    return set(first, last.plusDays(1), g, relative, rule);
  }
}
