package org.fahras.time;

import static org.fahras.time.TaggerAssertions.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feasts: their calendars, and how a text names them. */
class FeastTest {
  private static final LocalDate REF = LocalDate.of(2024, 9, 24);

  @Test
  void testWesternEasterByTheComputus() {
    assertEquals(LocalDate.of(2008, 3, 23), Feast.westernEaster(2008));
    assertEquals(LocalDate.of(2019, 4, 21), Feast.westernEaster(2019));
    assertEquals(LocalDate.of(2024, 3, 31), Feast.westernEaster(2024));
    assertEquals(LocalDate.of(2038, 4, 25), Feast.westernEaster(2038));
  }

  @Test
  void testEasternEasterByTheJulianComputus() {
    assertEquals(LocalDate.of(2016, 5, 1), Feast.easternEaster(2016));
    assertEquals(LocalDate.of(2021, 5, 2), Feast.easternEaster(2021));
    assertEquals(LocalDate.of(2023, 4, 16), Feast.easternEaster(2023));
    assertEquals(LocalDate.of(2024, 5, 5), Feast.easternEaster(2024));
  }

  @Test
  void testEidsAreTheirDays() {
    assertEquals(List.of("عيد الفطر 2017 = 2017-06-25/2017-06-28"), tag("عيد الفطر 2017", REF));
    assertEquals(List.of("عيد الأضحى 2016 = 2016-09-11/2016-09-15"), tag("مباحثات عيد الأضحى 2016", REF));
    assertEquals(List.of("عيد الأضحى 1440 هـ = 2019-08-11/2019-08-15"), tag("قبيل عيد الأضحى 1440 هـ", REF));
    assertEquals(List.of("أول أيام عيد الفطر = 2025-03-30"), tag("في أول أيام عيد الفطر", REF));
    assertEquals(List.of("يوم عيد الفطر المبارك = 2025-03-30"), tag("يوم عيد الفطر المبارك", REF));
  }

  @Test
  void testWithoutAYearTheNextOrARecentOne() {
    assertEquals(List.of("عيد الأضحى = 2025-06-06/2025-06-10"), tag("قبل عيد الأضحى", REF));
    assertEquals(List.of("المولد النبوي = 2024-09-15"), tag("احتفالات المولد النبوي", REF));
    assertEquals(List.of("عيد الأضحى الماضي = 2024-06-16/2024-06-20"), tag("عيد الأضحى الماضي", REF));
    assertEquals(List.of("رأس السنة الهجرية = 2025-06-26"), tag("رأس السنة الهجرية", REF));
  }

  @Test
  void testChristianFeasts() {
    assertEquals(List.of("عيد الميلاد المقبل = 2024-12-25"), tag("خلال عيد الميلاد المقبل", REF));
    assertEquals(List.of("عيد الفصح 2025 = 2025-04-20"), tag("عيد الفصح 2025", REF));
    assertEquals(List.of("عيد الفصح الأرثوذكسي 2024 = 2024-05-05"), tag("عيد الفصح الأرثوذكسي 2024", REF));
    assertEquals(List.of("عيد القيامة المجيد = 2016-05-01"),
        tag("يحتفل الأقباط بعيد القيامة المجيد", LocalDate.of(2016, 4, 25)));
    assertEquals(List.of("رأس السنة الميلادية = 2025-01-01"), tag("رأس السنة الميلادية", REF));
  }

  @Test
  void testAHijriFeastTakesTheDateWrittenBesideIt() {
    assertEquals(List.of("المولد النبوي = 2018-11-21", "21 نوفمبر القادم = 2018-11-21"),
        tag("وحتى المولد النبوي في 21 نوفمبر القادم", LocalDate.of(2018, 8, 19)));
  }

  @Test
  void testWhatIsNoFeast() {
    assertEquals(List.of(), tag("بمناسبة عيد ميلاده الثلاثين", REF));
    assertEquals(List.of(), tag("احتفل تويتر بعيد الميلاد الـ11 للوسم", REF));
    assertEquals(List.of(), tag("عيد الفصح اليهودي", REF));
    assertEquals(List.of(), tag("حول شجرة عيد الميلاد", REF));
    assertEquals(List.of(), tag("استدعى سرايا عاشوراء", REF));
  }
}
