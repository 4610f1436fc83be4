package org.fahras.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Conversion through {@link java.time.chrono.HijrahChronology} and its limits. */
class HijriCalendarTest {

  @Test
  void convertsDays() {
    assertEquals(LocalDate.of(2015, 7, 17), HijriCalendar.day(1436, 10, 1));
    assertEquals(LocalDate.of(2015, 6, 18), HijriCalendar.monthStart(1436, 9));
    assertEquals(LocalDate.of(2015, 7, 17), HijriCalendar.monthEnd(1436, 9));
    assertEquals(LocalDate.of(2016, 10, 2), HijriCalendar.monthEnd(1437, 12));
  }

  @Test
  void outOfRangeOrInvalidIsNull() {
    assertFalse(HijriCalendar.supports(309));
    assertFalse(HijriCalendar.supports(1700));
    assertTrue(HijriCalendar.supports(1436));
    assertNull(HijriCalendar.day(309, 2, 11));
    assertNull(HijriCalendar.day(1436, 13, 1));
    assertNull(HijriCalendar.day(1436, 1, 31));
    assertNull(HijriCalendar.day(1700, 1, 1));
  }

  @Test
  void yearOfAGregorianDate() {
    assertEquals(1436, HijriCalendar.yearOf(LocalDate.of(2015, 7, 21)));
    assertEquals(10, HijriCalendar.monthOf(LocalDate.of(2015, 7, 21)));
    assertEquals(0, HijriCalendar.yearOf(LocalDate.of(1500, 1, 1)));
  }

  @Test
  void ramadanOfAGregorianYear() {
    assertEquals(1439, HijriCalendar.yearWhoseMonthStartsIn(9, 2018));
    assertEquals(LocalDate.of(2018, 5, 16), HijriCalendar.monthStart(1439, 9));
  }

  @Test
  void relativeHijriMonths() {
    LocalDate shawwal1436 = LocalDate.of(2015, 7, 21);
    assertEquals(1436, HijriCalendar.yearOfMonth(9, shawwal1436, Word.Modifier.PAST));
    assertEquals(1435, HijriCalendar.yearOfMonth(10, shawwal1436, Word.Modifier.PAST));
    assertEquals(1437, HijriCalendar.yearOfMonth(9, shawwal1436, Word.Modifier.NEXT));
  }
}
