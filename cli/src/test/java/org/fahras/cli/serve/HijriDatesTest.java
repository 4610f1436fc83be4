package org.fahras.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ValueRange;
import org.junit.jupiter.api.Test;

class HijriDatesTest {
  /** The calendar's first and last days (1 Muharram of its first year, the end of its last), as epoch days. */
  private static final long FIRST_DAY;
  private static final long LAST_DAY;

  static {
    ValueRange years = HijrahChronology.INSTANCE.range(ChronoField.YEAR);
    FIRST_DAY = HijrahDate.of((int) years.getMinimum(), 1, 1).toEpochDay();
    HijrahDate lastMonth = HijrahDate.of((int) years.getMaximum(), 12, 1);
    LAST_DAY = lastMonth.toEpochDay() + lastMonth.lengthOfMonth() - 1;
  }

  @Test
  void writesTheDayAsReadersExpectIt() {
    assertEquals("٣ ربيع الأول ١٤٤٦ هـ", HijriDates.of(LocalDate.of(2024, 9, 6)));
    assertEquals("١ رمضان ١٤٤٥ هـ", HijriDates.of(LocalDate.of(2024, 3, 11)));
  }

  @Test
  void agreesWithTheJdkFormatterOnEveryDayOfTheCalendar() {
    int checked = 0;
    for (long day = FIRST_DAY; day <= LAST_DAY; day++) {
      LocalDate gregorian = LocalDate.ofEpochDay(day);
      assertEquals(HijriDates.FORMAT.format(gregorian), HijriDates.of(gregorian), gregorian.toString());
      checked++;
    }
    assertEquals(LAST_DAY - FIRST_DAY + 1, checked);
    assertEquals(LocalDate.of(1882, 11, 12), LocalDate.ofEpochDay(FIRST_DAY));
  }

  @Test
  void aDayOutsideTheCalendarHasNoHijriDate() {
    assertNull(HijriDates.of(LocalDate.ofEpochDay(FIRST_DAY - 1)));
    assertNull(HijriDates.of(LocalDate.ofEpochDay(LAST_DAY + 1)));
    assertNull(HijriDates.of(LocalDate.of(1700, 1, 1)));
    assertNull(HijriDates.of(null));
  }
}
