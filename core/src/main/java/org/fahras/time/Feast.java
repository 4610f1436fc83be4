package org.fahras.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The feasts Arabic news dates things by, and when each falls.
 *
 * <p>Hijri feasts come from {@link HijriCalendar} (Umm al-Qura), as days of their month: عيد الفطر is 1–3 Shawwal and
 * عيد الأضحى 10–13 Dhu al-Hijja (the day of sacrifice and the three days of tashreeq), the others one day. Western
 * Easter follows the Gregorian computus, Eastern (Orthodox) Easter the Julian one; Christmas is 25 December and its
 * Orthodox date 7 January; Thanksgiving the fourth Thursday of November.
 */
enum Feast {
  EID_AL_FITR(10, 1, 3),
  EID_AL_ADHA(12, 10, 4),
  HIJRI_NEW_YEAR(1, 1, 1),
  ASHURA(1, 10, 1),
  MAWLID(3, 12, 1),
  ISRA_MIRAJ(7, 27, 1),
  ARAFAH(12, 9, 1),
  NEW_YEAR(0, 0, 1),
  VALENTINES(0, 0, 1),
  LABOUR_DAY(0, 0, 1),
  EASTER(0, 0, 1),
  EASTERN_EASTER(0, 0, 1),
  ORTHODOX_CHRISTMAS(0, 0, 1),
  THANKSGIVING(0, 0, 1),
  CHRISTMAS(0, 0, 1);

  /** How long after a feast ended a text without a year still means that one rather than the next. */
  static final int RECENT_DAYS = 30;

  private final int hijriMonth;
  private final int hijriDay;
  private final int days;

  Feast(int hijriMonth, int hijriDay, int days) {
    this.hijriMonth = hijriMonth;
    this.hijriDay = hijriDay;
    this.days = days;
  }

  /** True for a feast of the Hijri calendar. */
  boolean hijri() {
    return hijriMonth > 0;
  }

  /** The feast's days in Hijri year {@code year} (Hijri feasts) or Gregorian year {@code year}; null when unknown. */
  Reading inYear(int year, boolean relative) {
    LocalDate first = hijri() ? HijriCalendar.day(year, hijriMonth, hijriDay) : gregorian(year);
    return first == null ? null : Reading.days(first, first.plusDays(days - 1L), relative, "feast");
  }

  /** The first occurrence that begins in Gregorian year {@code year}; null when unknown. */
  Reading inGregorianYear(int year, boolean relative) {
    if (!hijri()) {
      return inYear(year, relative);
    }
    int hijriYear = HijriCalendar.yearOf(LocalDate.of(year, 1, 1));
    for (int y = hijriYear; hijriYear != 0 && y <= hijriYear + 1; y++) {
      Reading r = inYear(y, relative);
      if (r != null && r.from().getYear() == year) {
        return r;
      }
    }
    return null;
  }

  /** Which occurrence a text without a year means. */
  enum When {
    /** The one under way or next, or one that ended within {@value #RECENT_DAYS} days. */
    NEAREST,
    /** The one under way or next, or one that ended within the last week: the sentence speaks of the future. */
    COMING,
    /** With المقبل: the next one that has not begun. */
    NEXT,
    /** With الماضي: the last one that is over. */
    PAST,
    /** With الحالي or "هذا العام": the one of the reference's year. */
    THIS_YEAR
  }

  /** The occurrence a text dated {@code reference} means, or null when the calendar cannot say. */
  Reading around(LocalDate reference, When when) {
    if (when == When.THIS_YEAR) {
      return inGregorianYear(reference.getYear(), true);
    }
    List<Reading> occurrences = new ArrayList<>();
    int year = hijri() ? HijriCalendar.yearOf(reference) : reference.getYear();
    if (year == 0) {
      return null;
    }
    for (int y = year - 2; y <= year + 2; y++) {
      Reading r = inYear(y, true);
      if (r != null) {
        occurrences.add(r);
      }
    }
    LocalDate recent = reference.minusDays(RECENT_DAYS);
    Reading chosen = null;
    for (Reading r : occurrences) {
      boolean fits = switch (when) {
        case NEAREST -> r.until().isAfter(recent);
        case COMING -> r.until().isAfter(reference.minusDays(7));
        case NEXT -> r.from().isAfter(reference);
        default -> !r.until().isAfter(reference);
      };
      if (fits && (chosen == null || (when == When.PAST) == r.from().isAfter(chosen.from()))) {
        chosen = r;
      }
    }
    return chosen;
  }

  private LocalDate gregorian(int year) {
    if (year < 1583 || year > 4099) {
      return null;
    }
    return switch (this) {
      case NEW_YEAR -> LocalDate.of(year, 1, 1);
      case VALENTINES -> LocalDate.of(year, 2, 14);
      case LABOUR_DAY -> LocalDate.of(year, 5, 1);
      case ORTHODOX_CHRISTMAS -> LocalDate.of(year, 1, 7);
      case CHRISTMAS -> LocalDate.of(year, 12, 25);
      case EASTER -> westernEaster(year);
      case EASTERN_EASTER -> easternEaster(year);
      case THANKSGIVING -> Periods.nthWeekday(LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 1),
          DayOfWeek.THURSDAY, 4);
      default -> null;
    };
  }

  /** Easter Sunday by the Gregorian computus (the anonymous algorithm of 1876, as Meeus gives it). */
  static LocalDate westernEaster(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /**
   * Eastern (Orthodox) Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar by the difference
   * between the two calendars in that year.
   */
  static LocalDate easternEaster(int year) {
    int a = year % 4;
    int b = year % 7;
    int c = year % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    int julianLag = year / 100 - year / 400 - 2;
    return LocalDate.of(year, month, day).plusDays(julianLag);
  }
}
