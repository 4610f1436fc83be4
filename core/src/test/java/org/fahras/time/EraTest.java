package org.fahras.time;

import static org.fahras.time.TaggerAssertions.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decades and centuries. */
class EraTest {
  private static final LocalDate REF = LocalDate.of(2024, 9, 24);

  @Test
  void testCenturiesByNumber() {
    assertEquals(List.of("القرن العشرين = 1900-01-01/2000-01-01"), tag("في القرن العشرين", REF));
    assertEquals(List.of("القرن التاسع عشر = 1800-01-01/1900-01-01"), tag("في القرن التاسع عشر", REF));
    assertEquals(List.of("القرن الحادي والعشرين = 2000-01-01/2100-01-01"), tag("في القرن الحادي والعشرين", REF));
    assertEquals(List.of("القرن الـ19 = 1800-01-01/1900-01-01"), tag("في القرن الـ19", REF));
    assertEquals(List.of(), tag("القرن الرابع عشر الهجري", REF));
  }

  @Test
  void testRelativeCenturiesAndDecades() {
    assertEquals(List.of("القرن الماضي = 1900-01-01/2000-01-01"), tag("القرن الماضي", REF));
    assertEquals(List.of("العقد الماضي = 2010-01-01/2020-01-01"), tag("شهد العقد الماضي", REF));
    assertEquals(List.of(), tag("ينتهي العقد الحالي للاعب في يونيو", REF).stream()
        .filter(m -> m.startsWith("العقد")).toList());
  }

  @Test
  void testDecadesOfACentury() {
    assertEquals(List.of("ثمانينيات القرن الماضي = 1980-01-01/1990-01-01"), tag("في ثمانينيات القرن الماضي", REF));
    assertEquals(List.of("الستينيات من القرن العشرين = 1960-01-01/1970-01-01"),
        tag("الستينيات من القرن العشرين", REF));
    assertEquals(List.of("مطلع التسعينات = 1990-01-01/1993-01-01"), tag("مطلع التسعينات", REF));
    assertEquals(List.of("أواخر القرن التاسع عشر = 1870-01-01/1900-01-01"), tag("أواخر القرن التاسع عشر", REF));
  }
}
