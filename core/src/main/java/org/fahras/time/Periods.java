package org.fahras.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.fahras.time.Word.Fraction;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.Part;

/** Calendar arithmetic for resolving what a text leaves open, and for the parts of a period. */
final class Periods {
  private Periods() {}

  /**
   * The year of {@code month} when the text gives none. الماضي takes the latest occurrence before the reference month,
   * المقبل the first after it, الحالي the reference year. Without a modifier, news speaks more of the recent past than
   * of the future: the month is taken within eight months before to four months after the reference month.
   */
  static int yearOfMonth(int month, LocalDate reference, Modifier modifier) {
    int refMonth = reference.getMonthValue();
    int year = reference.getYear();
    if (modifier == null || modifier == Modifier.FOLLOWING) {
      int diff = month - refMonth;
      return diff > 4 ? year - 1 : diff < -8 ? year + 1 : year;
    }
    return switch (modifier) {
      case PAST -> month < refMonth ? year : year - 1;
      case NEXT -> month > refMonth ? year : year + 1;
      default -> year;
    };
  }

  /** The year of {@code month} in a sentence about the future: this month or the next such month. */
  static int yearOfMonthAhead(int month, LocalDate reference) {
    return month >= reference.getMonthValue() ? reference.getYear() : reference.getYear() + 1;
  }

  /**
   * The year of {@code day month} in a sentence about the future: the first such day no more than a week before the
   * reference (a plan that has just begun is still spoken of in the future: "تجرى الجلسات من 20 يوليو" on 21 July).
   */
  static int yearOfDayAhead(int month, int day, LocalDate reference) {
    int year = reference.getYear();
    return isValid(year, month, day) && !LocalDate.of(year, month, day).isBefore(reference.minusDays(7))
        ? year : year + 1;
  }

  /**
   * The date of {@code day} relative to {@code reference}: الماضي the last one strictly before, المقبل the next
   * strictly after, otherwise the latest on or before the reference (news mostly reports days that have passed).
   */
  static LocalDate weekday(DayOfWeek day, LocalDate reference, Modifier modifier) {
    if (modifier == Modifier.PAST) {
      return reference.with(TemporalAdjusters.previous(day));
    }
    if (modifier == Modifier.NEXT) {
      return reference.with(TemporalAdjusters.next(day));
    }
    return reference.with(TemporalAdjusters.previousOrSame(day));
  }

  /** The day of {@code day} nearest to {@code reference} (within three days either side). */
  static LocalDate nearestWeekday(DayOfWeek day, LocalDate reference) {
    int diff = day.getValue() - reference.getDayOfWeek().getValue();
    if (diff > 3) {
      diff -= 7;
    } else if (diff < -3) {
      diff += 7;
    }
    return reference.plusDays(diff);
  }

  /**
   * The part of a period: of a year its first quarter, middle half or last quarter; of a month days 1–10, 11–20 or
   * 21 to its end; of a season its first, middle or last month; of a decade its first three, middle four or last
   * three years; of a century its first three, middle four or last three decades; of a quarter one of its months.
   * Null for another kind of period.
   */
  static Reading part(Reading period, Part part) {
    LocalDate from = period.from();
    int index = part.ordinal();
    return switch (period.granularity()) {
      case YEAR -> Reading.of(from.plusMonths(index == 0 ? 0 : index == 1 ? 3 : 9),
          from.plusMonths(index == 0 ? 3 : index == 1 ? 9 : 12), Granularity.PART_OF_YEAR, period.relative(),
          "part-of");
      case MONTH -> Reading.of(from.plusDays(index == 0 ? 0 : index == 1 ? 10 : 20),
          index == 2 ? period.until() : from.plusDays(index == 0 ? 10 : 20), Granularity.PART_OF_MONTH,
          period.relative(), "part-of");
      case SEASON -> Reading.of(from.plusMonths(index), from.plusMonths(index + 1), Granularity.MONTH,
          period.relative(), "part-of");
      case DECADE, CENTURY -> {
        int tenth = period.granularity() == Granularity.DECADE ? 1 : 10;
        int offset = index == 0 ? 0 : index == 1 ? 3 : 7;
        int length = index == 1 ? 4 : 3;
        yield Reading.of(from.plusYears((long) offset * tenth), from.plusYears((long) (offset + length) * tenth),
            Granularity.SPAN, period.relative(), "part-of");
      }
      case PART_OF_YEAR -> ChronoUnit.MONTHS.between(from, period.until()) == 3
          ? Reading.of(from.plusMonths(index), from.plusMonths(index + 1), Granularity.MONTH, period.relative(),
              "part-of")
          : null;
      default -> null;
    };
  }

  /**
   * The {@code index}-th (1-based) fraction of a period: quarters, thirds and halves of a year, halves of a month
   * (days 1–15 and 16 to its end), halves of a decade or a century. Null for other combinations.
   */
  static Reading fraction(Reading period, Fraction fraction, int index) {
    LocalDate from = period.from();
    int parts = fraction.parts();
    if (index < 1 || index > parts) {
      return null;
    }
    return switch (period.granularity()) {
      case YEAR -> {
        int months = 12 / parts;
        yield Reading.of(from.plusMonths((long) months * (index - 1)), from.plusMonths((long) months * index),
            Granularity.PART_OF_YEAR, period.relative(), "fraction");
      }
      case MONTH -> fraction == Fraction.HALF
          ? Reading.of(index == 1 ? from : from.plusDays(15), index == 1 ? from.plusDays(15) : period.until(),
              Granularity.PART_OF_MONTH, period.relative(), "fraction")
          : null;
      case DECADE, CENTURY -> {
        long years = ChronoUnit.YEARS.between(from, period.until()) / 2;
        yield fraction == Fraction.HALF
            ? Reading.of(from.plusYears(years * (index - 1)), from.plusYears(years * index), Granularity.SPAN,
                period.relative(), "fraction")
            : null;
      }
      default -> null;
    };
  }

  /** The {@code n}-th {@code day} of the period {@code [from, until)}, or the last one when n is 0; null if none. */
  static LocalDate nthWeekday(LocalDate from, LocalDate until, DayOfWeek day, int n) {
    if (n == 0) {
      LocalDate last = until.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
      return last.isBefore(from) ? null : last;
    }
    LocalDate date = from.with(TemporalAdjusters.nextOrSame(day)).plusWeeks(n - 1L);
    return date.isBefore(until) ? date : null;
  }

  /**
   * The {@code n}-th whole ISO week (Monday to Sunday) inside {@code [from, until)}, or the last one when n is 0; a
   * week that begins before the period or ends after it is not one of its weeks. Null if there is none.
   */
  static LocalDate nthWholeWeek(LocalDate from, LocalDate until, int n) {
    if (n == 0) {
      LocalDate monday = until.minusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      monday = monday.plusDays(7).isAfter(until) ? monday.minusWeeks(1) : monday;
      return monday.isBefore(from) ? null : monday;
    }
    LocalDate monday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
    return monday.plusDays(7).isAfter(until) ? null : monday;
  }

  /** True when {@code year} lies in {@code [min, max]}. */
  static boolean yearBetween(int year, int min, int max) {
    return year >= min && year <= max;
  }

  /** True when day/month/year is a real Gregorian date. */
  static boolean isValid(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && year >= 1 && year <= 9999
        && day <= YearMonth.of(year, month).lengthOfMonth();
  }
}
