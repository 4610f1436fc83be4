package org.fahras.time;

import static org.fahras.time.TaggerAssertions.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates a text leaves open resolve to the past, or to the future where the sentence says so. */
class TenseTest {
  private static final LocalDate TUESDAY = LocalDate.of(2024, 9, 24);

  @Test
  void testBareWeekdayIsPastWithoutACue() {
    assertEquals(List.of("الأحد = 2024-09-22"), tag("وكان الرئيس قد توجه إلى نيويورك الأحد", TUESDAY));
    assertEquals(List.of("الأحد = 2024-09-22"), tag("قال المتحدث الأحد إن الاتفاق قريب", TUESDAY));
  }

  @Test
  void testFutureCuesMoveTheWeekdayAhead() {
    assertEquals(List.of("الأحد = 2024-09-29"), tag("سيتوجه الرئيس إلى نيويورك الأحد", TUESDAY));
    assertEquals(List.of("الخميس = 2024-09-26"), tag("من المقرر أن تعقد القمة الخميس", TUESDAY));
    assertEquals(List.of("الخميس = 2024-09-26"), tag("تنطلق البطولة الخميس", TUESDAY));
    assertEquals(List.of("يوم غد الأربعاء = 2024-09-25"), tag("تنطلق البطولة يوم غد الأربعاء", TUESDAY));
  }

  @Test
  void testKanPutsACueInThePast() {
    assertEquals(List.of("31 جانفي = 2024-01-31"), tag("وكان من المقرر أن تصل يوم 31 جانفي", TUESDAY));
  }

  @Test
  void testDayAndMonthInTheFuture() {
    assertEquals(List.of("12 مارس = 2025-03-12"), tag("ستُجرى الانتخابات في 12 مارس", TUESDAY));
    assertEquals(List.of("12 مارس = 2024-03-12"), tag("جرت الانتخابات في 12 مارس", TUESDAY));
  }

  @Test
  void testAWeekdayChoosesTheYearOfItsDate() {
    assertEquals(List.of("الأحد 3 يناير = 2016-01-03"),
        tag("نظمت الجمعية معرضها الأحد 3 يناير", LocalDate.of(2016, 11, 20)));
    assertEquals(List.of("يوم الأحد 17 أغسطس الحالي = 2015-08-17"),
        tag("يوم الأحد 17 أغسطس الحالي", LocalDate.of(2015, 8, 11)));
  }
}
