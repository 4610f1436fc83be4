package org.fahras.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small test per rule family of the tagger. */
class RuleFamilyTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final LocalDate REF = LocalDate.of(2024, 9, 24);

  private static List<String> tag(String text, LocalDate reference) {
    return TAGGER.tag(text, reference).stream().map(m -> m.text() + " = " + m.isoValue()).toList();
  }

  private static List<String> tag(String text) {
    return tag(text, REF);
  }

  private static TemporalMention only(String text) {
    List<TemporalMention> found = TAGGER.tag(text, REF);
    assertEquals(1, found.size(), () -> "mentions in " + text + ": " + found);
    return found.get(0);
  }

  @Test
  void testSyriacMonths() {
    assertEquals(List.of("شباط 2020 = 2020-02"), tag("في شباط 2020 وقعت"));
    assertEquals(List.of("كانون الأول 2024 = 2024-12"), tag("منذ كانون الأول 2024"));
    assertEquals(List.of("تشرين الثاني 2019 = 2019-11"), tag("في تشرين الثاني 2019"));
  }

  @Test
  void testEgyptianMonthsAndSpellings() {
    assertEquals(List.of("إبريل 2021 = 2021-04"), tag("في إبريل 2021"));
    assertEquals(List.of("يونيه 2021 = 2021-06"), tag("في يونيه 2021"));
    assertEquals(List.of("يوليه 2021 = 2021-07"), tag("في يوليه 2021"));
  }

  @Test
  void testMaghrebiMonths() {
    assertEquals(List.of("8 فيفري 1961 = 1961-02-08"), tag("من مواليد 8 فيفري 1961 بباجة"));
    assertEquals(List.of("غدا السبت 13 أوت 2016 = 2016-08-13"), tag("سيتم غدا السبت 13 أوت 2016"));
    assertEquals(List.of("جويلية 2016 = 2016-07"), tag("في جويلية 2016"));
  }

  @Test
  void testPairedMonths() {
    assertEquals(List.of("سبتمبر/ أيلول 2014 = 2014-09"), tag("في سبتمبر/ أيلول 2014"));
    assertEquals(List.of("أيلول (سبتمبر) 2014 = 2014-09"), tag("في أيلول (سبتمبر) 2014"));
    assertEquals(List.of("5 يونيو/حزيران 2021 = 2021-06-05"), tag("في 5 يونيو/حزيران 2021"));
  }

  @Test
  void testCliticPrefixes() {
    TemporalMention m = only("وقع الحادث بسبتمبر 2023");
    assertEquals("سبتمبر 2023", m.text());
    assertEquals(List.of("أيلول 2023 = 2023-09"), tag("وفي أيلول 2023"));
    assertEquals(List.of("الأسبوع الماضي = 2024-09-16/2024-09-23"), tag("والأسبوع الماضي"));
  }

  @Test
  void testAmbiguousShortMonthsNeedContext() {
    assertEquals(List.of(), tag("قال الآب إن اب العائلة حضر"));
    assertEquals(List.of(), tag("رئيسة الحكومة تيريزا ماي"));
    assertEquals(List.of(), tag("مسلسل بي أوت كيو"));
    assertEquals(List.of(), tag("مارس الرياضة"));
    assertEquals(List.of(), tag("نادي ريال مايوركا والمايونيز"));
    assertEquals(List.of("15 آب 2019 = 2019-08-15"), tag("في 15 آب 2019"));
    assertEquals(List.of("شهر آب = 2024-08"), tag("خلال شهر آب"));
    assertEquals(List.of("ماي 2012 = 2012-05"), tag("في ماي 2012"));
  }

  @Test
  void testHijriMonths() {
    assertEquals(List.of("29 محرم 1430 هـ = 2009-01-26"), tag("وفي 29 محرم 1430 هـ وافق"));
    assertEquals(List.of("9 ذي القعدة 1430 = 2009-10-28"), tag("اعتبارا من 9 ذي القعدة 1430"));
    TemporalMention ramadan = only("رمضان 1436هـ");
    assertEquals(LocalDate.of(2015, 6, 18), ramadan.from());
    assertEquals(LocalDate.of(2015, 7, 17), ramadan.until());
    assertEquals(Granularity.MONTH, ramadan.granularity());
  }

  @Test
  void testHijriNeedsDayOrYear() {
    assertEquals(List.of(), tag("الرئيس التركي رجب طيب أردوغان"));
    assertEquals(List.of(), tag("من صفر إلى 100 كلم"));
    assertEquals(List.of(), tag("الفنان محمد رمضان"));
  }

  @Test
  void testHijriYear() {
    TemporalMention year = only("لسنة 1438 هجري");
    assertEquals(Granularity.YEAR, year.granularity());
    assertEquals(LocalDate.of(2016, 10, 2), year.from());
  }

  @Test
  void testHijriOutOfRangeIsNoMention() {
    assertEquals(List.of(), tag("المتوفى سنة 385هـ"));
    assertEquals(List.of(), tag("في 11 صفر 309هـ"));
    assertEquals(List.of(), tag("30/13/1436هـ"));
  }

  @Test
  void testNumericDates() {
    assertEquals(List.of("2021/06/05 = 2021-06-05"), tag("تم النشر: 2021/06/05"));
    assertEquals(List.of("6-09-2024 = 2024-09-06"), tag("6-09-2024"));
    assertEquals(List.of("05.06.2021 = 2021-06-05"), tag("بتاريخ 05.06.2021"));
    assertEquals(List.of("2024-09-17 = 2024-09-17"), tag("2024-09-17"));
    assertEquals(List.of("9/2025 = 2025-09"), tag("في 9/2025"));
    assertEquals(List.of("3 / 3 / 1414هـ = 1993-08-21"), tag("بتاريخ 3 / 3 / 1414هـ"));
  }

  @Test
  void testInvalidNumericDatesAreNotMentions() {
    assertEquals(List.of(), tag("2024-13-45"));
    assertEquals(List.of(), tag("31/02/2024"));
    assertEquals(List.of(), tag("اتصل على 0555-123-4567"));
    assertEquals(List.of(), tag("انتهت المباراة 2-1 بعد التعادل 1-1"));
    assertEquals(List.of(), tag("السورة (171-172-173)"));
  }

  @Test
  void testArabicIndicAndPersianDigits() {
    assertEquals(List.of("١٥ آب ٢٠١٩ = 2019-08-15"), tag("في ١٥ آب ٢٠١٩"));
    assertEquals(List.of("٢٠٢٤م = 2024"), tag("خلال ٢٠٢٤م"));
    assertEquals(List.of("۱۵ آب ۲۰۱۹ = 2019-08-15"), tag("في ۱۵ آب ۲۰۱۹"));
  }

  @Test
  void testEraMarkers() {
    assertEquals(List.of("1999م = 1999"), tag("عام 1999م".substring(4)));
    assertEquals(List.of("عام 2014 ميلادي = 2014"), tag("عام 2014 ميلادي"));
    assertEquals(List.of("2 فبراير 2009م = 2009-02-02"), tag("الموافق 2 فبراير 2009م"));
  }

  @Test
  void testOrdinalDays() {
    assertEquals(List.of("السابع عشر من سبتمبر الحالي = 2024-09-17"),
        tag("في السابع عشر من سبتمبر الحالي"));
    assertEquals(List.of("الحادي والعشرين من سبتمبر = 2024-09-21"),
        tag("في الحادي والعشرين من سبتمبر"));
    assertEquals(List.of("الأول من أكتوبر = 2024-10-01"), tag("في الأول من أكتوبر"));
    assertEquals(List.of("السادس من الشهر الجاري = 2024-09-06"), tag("وفي السادس من الشهر الجاري"));
    assertEquals(List.of("أول يوليو/تموز = 2024-07-01"), tag("تبدأ في أول يوليو/تموز"));
  }

  @Test
  void testYears() {
    assertEquals(List.of("عام 2014 = 2014"), tag("تشكل في عام 2014"));
    assertEquals(List.of("سنة 2019 = 2019"), tag("في سنة 2019"));
    assertEquals(List.of("2025 = 2025"), tag("الانسحاب في 2025"));
    assertEquals(List.of("العام 2014 = 2014"), tag("منذ العام 2014"));
  }

  @Test
  void testBareNumbersAreNotYears() {
    assertEquals(List.of(), tag("ما يقرب من 2500 جندي"));
    assertEquals(List.of(), tag("نحو 3000 جندي بينهم 2019 أمريكي"));
    assertEquals(List.of(), tag("بين 1500 و2500 إسترليني"));
  }

  @Test
  void testYearsThatNameEvents() {
    assertEquals(List.of("2018 = 2018"), tag("في كأس العالم 2018، من خلال كرة مذهلة"));
    assertEquals(List.of("1996 = 1996"), tag("وزيرا إلى حدود 1996."));
    assertEquals(List.of(), tag("بلغ عددهم نحو 2000 شخص"));
    assertEquals(List.of("العام الماضي 2017 = 2017"),
        tag("خلال العام الماضي 2017، وفق", LocalDate.of(2018, 4, 30)));
    assertEquals(List.of("1833-1900 = 1833-01-01/1901-01-01"),
        tag("المصور إدوارد ريو (1833-1900) الرسام"));
  }

  @Test
  void testBareMonthNeedsContext() {
    assertEquals(List.of(), tag("وذكرت مصادر أن نيسان وجاغوار لاند روفر تخفضان الوظائف"));
    assertEquals(List.of("نيسان = 2024-04"), tag("زار في نيسان واشنطن"));
    assertEquals(List.of("يوليو = 2024-07", "أغسطس = 2024-08"), tag("في يوليو وأغسطس"));
  }

  @Test
  void testTheTwoIsNotMonday() {
    assertEquals(List.of(), tag("يا فلان للاثنين معاً"));
    assertEquals(List.of(), tag("العلاقة بين الاثنين"));
  }

  @Test
  void testRanges() {
    assertEquals(List.of("بين 2017 و2019 = 2017-01-01/2020-01-01"), tag("بين 2017 و2019"));
    assertEquals(List.of("من عام 2003 حتى 2007 = 2003-01-01/2008-01-01"),
        tag("في الفترة من عام 2003 حتى 2007"));
    assertEquals(List.of("14 و15 فيفري 2017 = 2017-02-14/2017-02-16"),
        tag("يومي 14 و15 فيفري 2017"));
    TemporalMention months = only("خلال شهري يوليو/تموز وأغسطس/آب المقبلين");
    assertEquals(Granularity.SPAN, months.granularity());
    assertEquals("2025-07-01/2025-09-01", months.isoValue());
  }

  @Test
  void testRelativeDays() {
    assertEquals(List.of("اليوم = 2024-09-24"), tag("قال اليوم"));
    assertEquals(List.of("أمس = 2024-09-23"), tag("صرح أمس"));
    assertEquals(List.of("أول أمس = 2024-09-22"), tag("صرح أول أمس"));
    assertEquals(List.of("البارحة = 2024-09-23"), tag("حدث البارحة"));
    assertEquals(List.of("غداً = 2024-09-25"), tag("يصل غداً"));
    assertEquals(List.of(), tag("في اليوم الوطني"));
  }

  @Test
  void testRelativeUnits() {
    assertEquals(List.of("الشهر الماضي = 2024-08"), tag("الشهر الماضي"));
    assertEquals(List.of("الشهر الجاري = 2024-09"), tag("الشهر الجاري"));
    assertEquals(List.of("العام المقبل = 2025"), tag("العام المقبل"));
    assertEquals(List.of("هذا العام = 2024"), tag("هذا العام"));
    assertEquals(List.of("الأسبوع المقبل = 2024-09-30/2024-10-07"), tag("الأسبوع المقبل"));
    assertTrue(only("العام الحالي").relative());
  }

  @Test
  void testMonthWithoutYear() {
    assertEquals(List.of("سبتمبر الحالي = 2024-09"), tag("سبتمبر الحالي"));
    assertEquals(List.of("كانون الثاني الماضي = 2024-01"), tag("في كانون الثاني الماضي"));
    assertEquals(List.of("أيلول الماضي = 2023-09"), tag("في أيلول الماضي"));
    assertEquals(List.of("يناير المقبل = 2025-01"), tag("في يناير المقبل"));
    assertEquals(List.of("ديسمبر = 2024-12"), tag("في ديسمبر"));
    assertEquals(List.of("مايو من العام الماضي = 2023-05"), tag("مقارنة مع مايو من العام الماضي"));
  }

  @Test
  void testPartsOfPeriods() {
    TemporalMention end = only("بحلول نهاية عام 2026");
    assertEquals(Granularity.PART_OF_YEAR, end.granularity());
    assertEquals("2026-10-01/2027-01-01", end.isoValue());
    assertEquals(List.of("مطلع العام = 2024-01-01/2024-04-01"), tag("مطلع العام"));
    assertEquals(List.of("منتصف العام = 2024-04-01/2024-10-01"), tag("منتصف العام"));
    assertEquals(List.of("أواخر آذار 2025 = 2025-03-21/2025-04-01"), tag("أواخر آذار 2025"));
  }

  @Test
  void testWeekdays() {
    assertEquals(List.of("الأربعاء (26 آذار 2025) = 2025-03-26"), tag("الأربعاء (26 آذار 2025)"));
    assertEquals(List.of("اليوم الجمعة = 2024-09-06"),
        tag("اليوم الجمعة", LocalDate.of(2024, 9, 6)));
    assertEquals(List.of("الاثنين = 2024-09-23"), tag("صدر الاثنين"));
    assertEquals(List.of("يوم الجمعة الماضي = 2024-09-20"), tag("ويوم الجمعة الماضي"));
    assertEquals(List.of("الأحد المقبل = 2024-09-29"), tag("الأحد المقبل"));
    assertEquals(List.of("أمس الاثنين = 2024-09-23"), tag("أمس الاثنين"));
  }

  @Test
  void testTimes() {
    TemporalMention m = only("2021/06/05 الساعة 11:13 بتوقيت غرينتش");
    assertEquals(LocalTime.of(11, 13), m.timeOfDay());
    assertEquals("2021-06-05", m.isoValue());
    assertEquals(LocalTime.of(0, 22), only("1 أغسطس, 2024: 12:22 ص").timeOfDay());
    assertEquals(LocalTime.of(1, 10, 57), only("2025-03-29@01:10:57 GMT").timeOfDay());
    assertEquals(LocalTime.of(17, 30), only("5 مايو 2015 الساعة 5:30 مساء").timeOfDay());
    assertNull(only("5 مايو 2015").timeOfDay());
  }

  @Test
  void testEnglishDates() {
    assertEquals(List.of("24th, September 2024 = 2024-09-24"),
        tag("تاريخ النشر: 24th, September 2024"));
    assertEquals(List.of("June 18, 2015 = 2015-06-18"), tag("Tunis June 18, 2015."));
    assertEquals(List.of(), tag("March for Our Lives"));
  }

  @Test
  void testDecades() {
    assertEquals(List.of("التسعينات = 1990-01-01/2000-01-01"), tag("في التسعينات"));
    assertEquals(List.of(), tag("في الثلاثينات من عمره"));
  }

  @Test
  void testSeasons() {
    assertEquals(List.of("صيف 2017 = 2017-06-01/2017-09-01"), tag("في صيف 2017"));
    assertEquals(List.of("أواخر صيف 2017 = 2017-08"), tag("جاهزة في أواخر صيف 2017"));
    assertEquals(List.of("الصيف الماضي = 2024-06-01/2024-09-01"), tag("الصيف الماضي"));
    assertEquals(Granularity.SEASON, only("ربيع 2011").granularity());
  }

  @Test
  void testCountedBack() {
    assertEquals(List.of("قبل يومين = 2024-09-22"), tag("وصل قبل يومين"));
    assertEquals(List.of("قبل عامين = 2022"), tag("انتخب قبل عامين"));
    assertEquals(List.of("قبل عام = 2023"), tag("مقارنة بما كان قبل عام"));
    assertEquals(List.of(), tag("قبل شهر واحد من الانتخابات"));
  }

  @Test
  void testFutureWeekday() {
    assertEquals(List.of("الخميس = 2024-09-26"), tag("سيتم التوقيع الخميس"));
    assertEquals(List.of("الخميس = 2024-09-19"), tag("تم التوقيع الخميس"));
  }

  @Test
  void testTatweelAsDash() {
    assertEquals(List.of("4 ــ 6 ذي الحجة 1433هـ = 2012-10-20/2012-10-23"),
        tag("عقد من 4 ــ 6 ذي الحجة 1433هـ"));
  }

  @Test
  void testSpansKeepDiacriticsWithTheirLetters() {
    String text = "حدث ذلك غدًا";
    TemporalMention m = only(text);
    assertEquals("غدًا", m.text());
    assertEquals(text.length(), m.end());
    String tatweel = "في أيلـــول 2025";
    assertEquals("أيلـــول 2025", only(tatweel).text());
  }

  @Test
  void testIsoValueForms() {
    assertEquals("2024-09-17", only("17 سبتمبر 2024").isoValue());
    assertEquals("2025-09", only("سبتمبر 2025").isoValue());
    assertEquals("2026", only("عام 2026").isoValue());
    assertFalse(only("عام 2026").relative());
    assertEquals("year", only("عام 2026").rule());
  }
}
