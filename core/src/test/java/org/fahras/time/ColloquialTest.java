package org.fahras.time;

import static org.fahras.time.TaggerAssertions.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words people type in queries, and relative days never cut to a shorter phrase. */
class ColloquialTest {
  private static final LocalDate REF = LocalDate.of(2024, 9, 24);

  @Test
  void testColloquialDays() {
    assertEquals(List.of("بكرة = 2024-09-25"), tag("مباراة بكرة", REF));
    assertEquals(List.of("مبارح = 2024-09-23"), tag("اللي صار مبارح", REF));
    assertEquals(List.of("اول مبارح = 2024-09-22"), tag("اول مبارح", REF));
    assertEquals(List.of("بعد بكرة = 2024-09-26"), tag("بعد بكرة", REF));
  }

  @Test
  void testColloquialUnits() {
    assertEquals(List.of("الأسبوع الجاي = 2024-09-30/2024-10-07"), tag("امتحانات الأسبوع الجاي", REF));
    assertEquals(List.of("السنة الجاية = 2025"), tag("السنة الجاية", REF));
    assertEquals(List.of("الأسبوع الفايت = 2024-09-16/2024-09-23"), tag("الأسبوع الفايت", REF));
    assertEquals(List.of("هالشهر = 2024-09"), tag("هالشهر", REF));
    assertEquals(List.of("شهر 11 القادم = 2024-11"), tag("شهر 11 القادم", REF));
    assertEquals(List.of("الأسبوع التالي = 2024-09-30/2024-10-07"), tag("الأسبوع التالي", REF));
  }

  @Test
  void testLongerPhrasesAreNeverCut() {
    assertEquals(List.of("قبل أمس = 2024-09-22"), tag("قبل أمس", REF));
    assertEquals(List.of("أول من أمس = 2024-09-22"), tag("أول من أمس", REF));
    assertEquals(List.of("أمس الأول = 2024-09-22"), tag("أمس الأول", REF));
    assertEquals(List.of("اليوم قبل الماضي = 2024-09-22"), tag("اليوم قبل الماضي", REF));
    assertEquals(List.of("الأسبوع قبل الماضي = 2024-09-09/2024-09-16"), tag("الأسبوع قبل الماضي", REF));
  }
}
