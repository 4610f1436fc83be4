package org.fahras.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The Gregorian units the tagger counts in, with the arithmetic each needs: where the unit containing a day starts,
 * and a start moved by whole units. Weeks are ISO weeks (Monday to Sunday); decades start at a year divisible by ten
 * and centuries at one divisible by a hundred (1900–1999 is the twentieth century, as TimeML counts them).
 */
enum CalendarUnit {
  DAY(Granularity.DAY),
  WEEK(Granularity.WEEK),
  MONTH(Granularity.MONTH),
  YEAR(Granularity.YEAR),
  DECADE(Granularity.DECADE),
  CENTURY(Granularity.CENTURY);

  private final Granularity granularity;

  CalendarUnit(Granularity granularity) {
    this.granularity = granularity;
  }

  /** The granularity of one whole unit. */
  Granularity granularity() {
    return granularity;
  }

  /** The first day of the unit that contains {@code day}. */
  LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
      case DECADE -> LocalDate.of(Math.floorDiv(day.getYear(), 10) * 10, 1, 1);
      case CENTURY -> LocalDate.of(Math.floorDiv(day.getYear(), 100) * 100, 1, 1);
    };
  }

  /** {@code date} moved by {@code units} of this unit (backwards when negative). */
  LocalDate plus(LocalDate date, long units) {
    return switch (this) {
      case DAY -> date.plusDays(units);
      case WEEK -> date.plusWeeks(units);
      case MONTH -> date.plusMonths(units);
      case YEAR -> date.plusYears(units);
      case DECADE -> date.plusYears(10 * units);
      case CENTURY -> date.plusYears(100 * units);
    };
  }

  /** The whole unit {@code shift} units away from the one containing {@code reference}. */
  Reading around(LocalDate reference, long shift, String rule) {
    LocalDate from = plus(start(reference), shift);
    return Reading.of(from, plus(from, 1), granularity, true, rule);
  }
}
