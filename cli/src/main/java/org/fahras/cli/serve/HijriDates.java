package org.fahras.cli.serve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;

/**
 * A Gregorian day as the Hijri (Umm al-Qura) date readers expect beside it, in Arabic with Arabic-Indic digits:
 * 2024-09-06 → "٣ ربيع الأول ١٤٤٦ هـ". The JDK's {@link HijrahChronology} covers 1300–1600 AH (1882–2174 CE); a day
 * outside it has no Hijri date here.
 */
final class HijriDates {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMMM y G", Locale.forLanguageTag("ar"))
          .withChronology(HijrahChronology.INSTANCE)
          .withDecimalStyle(DecimalStyle.STANDARD.withZeroDigit('\u0660'));

  private HijriDates() {}

  /** The Hijri date of {@code day}, or null when {@code day} is null or outside the calendar's range. */
  static String of(LocalDate day) {
    if (day == null) {
      return null;
    }
    try {
      return FORMAT.format(day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
