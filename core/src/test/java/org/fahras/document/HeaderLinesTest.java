package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeaderLinesTest {

  private static boolean timestamp(String line) {
    return HeaderLines.isTimestamp(ArabicFold.fold(line));
  }

  private static boolean publication(String line) {
    return HeaderLines.isPublicationLine(ArabicFold.fold(line));
  }

  @Test
  void timestampsInSeveralShapes() {
    assertTrue(timestamp("6-09-2024, 18:04"));
    assertTrue(timestamp("2025-03-29@01:10:57 GMT"));
    assertTrue(timestamp("الأحد 5 مايو 2024"));
    assertTrue(timestamp("١٥ أيلول ٢٠٢٥"));
    assertFalse(timestamp("العراق وامريكا يتفقان على سحب قوات التحالف الدولي في 2025"));
    assertFalse(timestamp("2025"));
  }

  @Test
  void publicationLinesNeedALabelAndANumber() {
    assertTrue(publication("تاريخ النشر: 24th, September 2024 GMT"));
    assertTrue(publication("تم النشر: 2021/06/05 الساعة 11:13 بتوقيت غرينتش"));
    assertTrue(publication("تم التحديث: 2021/06/05 الساعة 11:13 بتوقيت غرينتش"));
    assertTrue(publication("نشر في: 1 أغسطس, 2024: 12:22 ص"));
    assertFalse(publication("نشر الجيش 3000 جندي في المدينة"), "a one-word label needs its colon");
    assertFalse(publication("تاريخ النشر: غير معروف"));
  }

  @Test
  void dispatchLinesNameTheOutletOnEitherSide() {
    assertEquals("الغد برس", HeaderLines.dispatchSource("الغد برس/ متابعة"));
    assertEquals("المدى", HeaderLines.dispatchSource("خاص/ المدى"));
    assertEquals("بغداد اليوم", HeaderLines.dispatchSource("بغداد اليوم -  متابعة"));
    assertNull(HeaderLines.dispatchSource("بغداد/ تميم الحسن"), "a city and an author name no outlet");
    assertNull(HeaderLines.dispatchSource("قوات التحالف في العراق - رويترز"));
  }

  @Test
  void outletLabels() {
    assertEquals("الحرة", HeaderLines.colonOutlet("الحرة:"));
    assertNull(HeaderLines.colonOutlet("وأضاف الوزير في بيان صحفي:"), "too long for a name");
    assertEquals("الحرة", HeaderLines.sourceLabel("المصدر: الحرة", ArabicFold.fold("المصدر: الحرة")));
    assertNull(HeaderLines.sourceLabel("المصدر الأمني قال إن", ArabicFold.fold("المصدر الأمني قال إن")));
    assertTrue(HeaderLines.isOutletName("عربي بوست"));
    assertFalse(HeaderLines.isOutletName("تم النشر: 2021"));
  }

  @Test
  void breadcrumbsButNotQuotes() {
    assertArrayEquals(
        new String[] {"جريدة المدى", "سياسية", "صراعات المنطقة"},
        HeaderLines.breadcrumb("جريدة المدى > سياسية > صراعات المنطقة"));
    assertNull(HeaderLines.breadcrumb("أن هناك «نقطة صفر» لغاية الآن"));
  }

  @Test
  void bylines() {
    assertTrue(HeaderLines.isByline(ArabicFold.fold("بقلم محمد علي")));
    assertTrue(HeaderLines.isByline(ArabicFold.fold("كتب: محمد علي")));
    assertFalse(HeaderLines.isByline(ArabicFold.fold("كتب الوزير رسالة إلى البرلمان")));
  }
}
