package org.fahras.time;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a rule read: the interval {@code [from, until)} and how it was found, before it gets a span and becomes a
 * {@link TemporalMention}. Immutable; the factories return null for an empty or impossible interval, so a rule can
 * hand on whatever the calendar gave it.
 *
 * @param from first day
 * @param until first day after
 * @param granularity what kind of interval
 * @param relative true when the reference date was needed
 * @param rule the rule family, e.g. {@code "day-month"}
 * @param time a time of day written with it, or null
 */
record Reading(
    LocalDate from, LocalDate until, Granularity granularity, boolean relative, String rule, LocalTime time) {

  /** The interval {@code [from, until)}, or null when either end is missing or it is empty. */
  static Reading of(LocalDate from, LocalDate until, Granularity granularity, boolean relative, String rule) {
    if (from == null || until == null || !until.isAfter(from)) {
      return null;
    }
    return new Reading(from, until, granularity, relative, rule, null);
  }

  /** One day, or null. */
  static Reading day(LocalDate day, boolean relative, String rule) {
    return day == null ? null : of(day, day.plusDays(1), Granularity.DAY, relative, rule);
  }

  /** The days {@code first} to {@code last}, both included: one DAY, or a SPAN of days; null if either is. */
  static Reading days(LocalDate first, LocalDate last, boolean relative, String rule) {
    if (first == null || last == null) {
      return null;
    }
    Granularity g = first.equals(last) ? Granularity.DAY : Granularity.SPAN;
    return of(first, last.plusDays(1), g, relative, rule);
  }

  /** One Gregorian month. */
  static Reading month(int year, int month, boolean relative, String rule) {
    LocalDate start = LocalDate.of(year, month, 1);
    return of(start, start.plusMonths(1), Granularity.MONTH, relative, rule);
  }

  /** One Gregorian year. */
  static Reading year(int year, boolean relative, String rule) {
    LocalDate start = LocalDate.of(year, 1, 1);
    return of(start, start.plusYears(1), Granularity.YEAR, relative, rule);
  }

  /** This reading with a time of day. */
  Reading at(LocalTime time) {
    return new Reading(from, until, granularity, relative, rule, time);
  }

  /** True for one day. */
  boolean isDay() {
    return granularity == Granularity.DAY;
  }
}
