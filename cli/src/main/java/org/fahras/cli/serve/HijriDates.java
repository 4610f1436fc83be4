package org.fahras.cli.serve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * A Gregorian day as the Hijri (Umm al-Qura) date readers expect beside it, in Arabic with Arabic-Indic digits:
 * 2024-09-06 → "٣ ربيع الأول ١٤٤٦ هـ". The JDK's {@link HijrahChronology} covers 1300–1600 AH (1882–2174 CE); a day
 * outside it has no Hijri date here.
 *
 * <p>The words are the JDK's own ({@link #FORMAT}, its Arabic month names and era), read once; each date is then put
 * together by hand, because a search answer carries a Hijri date for every hit and every folded copy (over a hundred
 * an answer) and {@link DateTimeFormatter} spends about a microsecond on each. A test checks that both agree on every
 * day of the calendar.
 */
final class HijriDates {
  /** What {@link #of} writes, as a formatter: the reference the hand-built dates are checked against. */
  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMMM y G", Locale.forLanguageTag("ar"))
          .withChronology(HijrahChronology.INSTANCE)
          .withDecimalStyle(DecimalStyle.STANDARD.withZeroDigit('\u0660'));

  private static final String[] MONTHS = new String[12];
  private static final String ERA;

  static {
    DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("ar"));
    for (int m = 1; m <= 12; m++) {
      MONTHS[m - 1] = month.format(HijrahDate.of(1446, m, 1));
    }
    ERA = DateTimeFormatter.ofPattern("G", Locale.forLanguageTag("ar")).format(HijrahDate.of(1446, 1, 1));
  }

  private HijriDates() {}

  /** The Hijri date of {@code day}, or null when {@code day} is null or outside the calendar's range. */
  static String of(LocalDate day) {
    if (day == null) {
      return null;
    }
    HijrahDate hijri;
    try {
      hijri = HijrahDate.from(day);
    } catch (DateTimeException e) {
      return null;
    }
    StringBuilder text = new StringBuilder(24);
    arabicIndic(hijri.get(ChronoField.DAY_OF_MONTH), text).append(' ');
    text.append(MONTHS[hijri.get(ChronoField.MONTH_OF_YEAR) - 1]).append(' ');
    return arabicIndic(hijri.get(ChronoField.YEAR_OF_ERA), text).append(' ').append(ERA).toString();
  }

  /** Appends {@code number} (positive) in Arabic-Indic digits (٠–٩). */
  private static StringBuilder arabicIndic(int number, StringBuilder text) {
    int start = text.length();
    for (int rest = number; rest > 0; rest /= 10) {
      text.insert(start, (char) ('\u0660' + rest % 10));
    }
    return text;
  }
}
