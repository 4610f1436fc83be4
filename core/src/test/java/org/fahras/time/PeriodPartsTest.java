package org.fahras.time;

import static org.fahras.time.TaggerAssertions.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts, fractions, ranked days, weeks and weekdays of a period. */
class PeriodPartsTest {
  private static final LocalDate REF = LocalDate.of(2024, 9, 24);

  @Test
  void testQuarters() {
    assertEquals(List.of("الربع الأول من 2024 = 2024-01-01/2024-04-01"), tag("في الربع الأول من 2024", REF));
    assertEquals(List.of("الربع الثاني 2015 = 2015-04-01/2015-07-01"), tag("خلال الربع الثاني 2015", REF));
    assertEquals(List.of("الربع الحالي = 2024-07-01/2024-10-01"), tag("خلال الربع الحالي", REF));
    assertEquals(List.of("نهاية الربع الثاني من عام 2014 = 2014-06"), tag("بنهاية الربع الثاني من عام 2014", REF));
    assertEquals(List.of(), tag("الربع الأول من العام المالي الحالي", REF));
  }

  @Test
  void testHalvesAndThirds() {
    assertEquals(List.of("النصف الثاني من العام = 2024-07-01/2025-01-01"), tag("في النصف الثاني من العام", REF));
    assertEquals(List.of("النصف الأول من الشهر = 2024-09-01/2024-09-16"), tag("النصف الأول من الشهر", REF));
    assertEquals(List.of("الثلث الأول من العام = 2024-01-01/2024-05-01"), tag("الثلث الأول من العام", REF));
    assertEquals(List.of("النصف الثاني من القرن العشرين = 1950-01-01/2000-01-01"),
        tag("النصف الثاني من القرن العشرين", REF));
  }

  @Test
  void testFirstAndLastDays() {
    assertEquals(List.of("آخر يوم من الشهر = 2024-09-30"), tag("آخر يوم من الشهر", REF));
    assertEquals(List.of("اليوم الأخير من العام المنصرم = 2023-12-31"), tag("اليوم الأخير من العام المنصرم", REF));
    assertEquals(List.of("أول أيام رمضان = 2025-03-01"), tag("أول أيام رمضان", REF));
    assertEquals(List.of("العشر الأواخر من رمضان = 2025-03-21/2025-03-30"), tag("في العشر الأواخر من رمضان", REF));
    assertEquals(List.of(), tag("في اليوم التاسع من الشهر نفسه", REF));
  }

  @Test
  void testRankedWeekdays() {
    assertEquals(List.of("ثاني خميس من نوفمبر = 2024-11-14"), tag("ثاني خميس من نوفمبر", REF));
    assertEquals(List.of("آخر جمعة من رمضان = 2025-03-28"), tag("آخر جمعة من رمضان", REF));
    assertEquals(List.of("الجمعة الأخيرة من شهر رمضان = 2025-03-28"), tag("الجمعة الأخيرة من شهر رمضان", REF));
    assertEquals(List.of("الخميس الثاني من نوفمبر = 2023-11-02"),
        tag("الخميس الثاني من نوفمبر", LocalDate.of(2023, 10, 10)));
    assertEquals(List.of("الخميس الثاني من نوفمبر = 2024-11-14"), tag("الخميس الثاني من نوفمبر", REF));
  }

  @Test
  void testWholeWeeksOfAMonth() {
    assertEquals(List.of("الأسبوع الأخير من يونيو = 2024-06-24/2024-07-01"), tag("الأسبوع الأخير من يونيو", REF));
    assertEquals(List.of("الأسبوع الأول من أكتوبر 2024 = 2024-10-07/2024-10-14"),
        tag("الأسبوع الأول من أكتوبر 2024", REF));
    assertEquals(List.of(), tag("في الأسبوع الأول من المونديال", REF));
  }

  @Test
  void testColloquialParts() {
    assertEquals(List.of("نص الشهر = 2024-09-11/2024-09-21"), tag("نص الشهر", REF));
    assertEquals(List.of("آخر الشهر = 2024-09-21/2024-10-01"), tag("رواتب آخر الشهر", REF));
    assertEquals(List.of(), tag("نص الاتفاق", REF));
  }
}
