package org.fahras.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic for resolving relative expressions against a reference date. */
final class Periods {
  private Periods() {}

  /**
   * The year of {@code month} nearest to {@code reference} when the text gives no year: the
   * occurrence at most six months away, the reference year on a tie. Modifier 1 (الماضي) takes the
   * latest occurrence before the reference month, 3 (المقبل) the first after it, 2 (الحالي) the
   * reference year.
   */
  static int yearOfMonth(int month, LocalDate reference, int modifier) {
    int refMonth = reference.getMonthValue();
    int year = reference.getYear();
    return switch (modifier) {
      case 1 -> month < refMonth ? year : year - 1;
      case 3 -> month > refMonth ? year : year + 1;
      case 2 -> year;
      default -> {
        int diff = month - refMonth;
        yield diff > 6 ? year - 1 : diff < -6 ? year + 1 : year;
      }
    };
  }

  /**
   * The date of {@code weekday} relative to {@code reference}: modifier 1 the last one strictly
   * before, 3 the next strictly after, otherwise the latest on or before the reference (news
   * mostly reports days that have passed).
   */
  static LocalDate weekday(int isoDay, LocalDate reference, int modifier) {
    DayOfWeek day = DayOfWeek.of(isoDay);
    return switch (modifier) {
      case 1 -> reference.with(TemporalAdjusters.previous(day));
      case 3 -> reference.with(TemporalAdjusters.next(day));
      default -> reference.with(TemporalAdjusters.previousOrSame(day));
    };
  }

  /** Start of the part (1 beginning, 2 middle, 3 end) of a year starting at {@code yearStart}. */
  static LocalDate yearPartStart(LocalDate yearStart, int part) {
    return yearStart.plusMonths(part == 1 ? 0 : part == 2 ? 3 : 9);
  }

  /** End (exclusive) of the part of a year starting at {@code yearStart}. */
  static LocalDate yearPartEnd(LocalDate yearStart, int part) {
    return yearStart.plusMonths(part == 1 ? 3 : part == 2 ? 9 : 12);
  }

  /** Start of the part (1 days 1–10, 2 days 11–20, 3 day 21 on) of a month. */
  static LocalDate monthPartStart(LocalDate monthStart, int part) {
    return monthStart.plusDays(part == 1 ? 0 : part == 2 ? 10 : 20);
  }

  /** End (exclusive) of the part of a month. */
  static LocalDate monthPartEnd(LocalDate monthStart, int part) {
    return part == 3 ? monthStart.plusMonths(1) : monthStart.plusDays(part == 1 ? 10 : 20);
  }

  /** True when day/month/year is a real Gregorian date. */
  static boolean isValid(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && year >= 1 && year <= 9999
        && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }
}
