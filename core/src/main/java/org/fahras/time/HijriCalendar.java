package org.fahras.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ValueRange;
import org.fahras.time.Word.Modifier;

/**
 * Hijri dates to Gregorian ones through {@link HijrahChronology} (Umm al-Qura). Outside the years
 * the chronology's table covers, or for a day the month does not have, every method returns
 * {@code null}: an expression the calendar cannot place is no mention, never an exception.
 */
final class HijriCalendar {
  private static final HijrahChronology CHRONOLOGY = HijrahChronology.INSTANCE;
  private static final ValueRange YEARS = CHRONOLOGY.range(ChronoField.YEAR);

  private HijriCalendar() {}

  /** True when {@code year} AH lies in the supported table (roughly 1300–1600). */
  static boolean supports(int year) {
    return year > YEARS.getMinimum() && year < YEARS.getMaximum();
  }

  /** The Gregorian date of {@code day month year} AH, or null. */
  static LocalDate day(int year, int month, int day) {
    if (!supports(year) || month < 1 || month > 12 || day < 1 || day > 30) {
      return null;
    }
    try {
      return LocalDate.from(CHRONOLOGY.date(year, month, day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** First day of {@code month year} AH, or null. */
  static LocalDate monthStart(int year, int month) {
    return day(year, month, 1);
  }

  /** First day of the month after {@code month year} AH, or null. */
  static LocalDate monthEnd(int year, int month) {
    return month == 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);
  }

  /** The Hijri year in which the Gregorian {@code date} falls, or 0 if unsupported. */
  static int yearOf(LocalDate date) {
    try {
      return HijrahDate.from(date).get(ChronoField.YEAR);
    } catch (DateTimeException e) {
      return 0;
    }
  }

  /** The Hijri month (1–12) in which the Gregorian {@code date} falls, or 0 if unsupported. */
  static int monthOf(LocalDate date) {
    try {
      return HijrahDate.from(date).get(ChronoField.MONTH_OF_YEAR);
    } catch (DateTimeException e) {
      return 0;
    }
  }

  /**
   * The Hijri year of {@code month} relative to {@code reference}: modifier 1 (الماضي) the last
   * one before the reference month, 3 (المقبل) the next one after it, otherwise the reference's
   * Hijri year. Returns 0 if unsupported.
   */
  static int yearOfMonth(int month, LocalDate reference, Modifier modifier) {
    int year = yearOf(reference);
    int current = monthOf(reference);
    if (year == 0) {
      return 0;
    }
    if (modifier == Modifier.PAST) {
      return month < current ? year : year - 1;
    }
    if (modifier == Modifier.NEXT) {
      return month > current ? year : year + 1;
    }
    return year;
  }

  /**
   * The Hijri year whose {@code month} begins in Gregorian {@code year}: "رمضان 2018" is Ramadan
   * 1439. Returns 0 when unsupported.
   */
  static int yearWhoseMonthStartsIn(int month, int gregorianYear) {
    int hijri = yearOf(LocalDate.of(gregorianYear, 1, 1));
    if (hijri == 0) {
      return 0;
    }
    LocalDate start = monthStart(hijri, month);
    if (start != null && start.getYear() < gregorianYear) {
      hijri++;
    }
    return monthStart(hijri, month) == null ? 0 : hijri;
  }
}
