package org.fahras.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd, invalid and random input never throws and never yields a broken span. */
class RobustnessTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final String[] PIECES = {
    "2024", "13", "45", "31", "02", "1436", "9999", "0", "/", "-", ".", ":", "@", "(", ")", "،",
    " ", " ", " ", "\n", "هـ", "م", "سبتمبر", "أيلول", "كانون", "الثاني", "آب", "صفر", "رجب",
    "ربيع", "الأول", "ذو", "الحجة", "عام", "من", "بين", "و", "الى", "نهاية", "الماضي", "اليوم",
    "أمس", "الجمعة", "يوم", "شهري", "السابع", "عشر", "الحادي", "والعشرين", "الساعة", "ص",
    "َ", "ـ", "١٢", "۲۰۲۴", "th", "September", "\uD83D\uDE00", "الـ", "1300", "1600", "999",
    "عيد", "الفطر", "الأضحى", "الميلاد", "الفصح", "رأس", "السنة", "الهجرية", "المولد", "النبوي", "عاشوراء",
    "قبل", "بعد", "منذ", "خلال", "ثلاثة", "عشرين", "أيام", "يومين", "أسابيع", "الأيام", "العشرة", "المقبلة",
    "الربع", "النصف", "الثلث", "القرن", "العقد", "التسعينات", "أول", "آخر", "ثاني", "خميس", "الأخير", "الأسبوع",
    "بكرة", "مبارح", "غد", "الجاي", "نص", "غرة", "شهر", "9", "المقرر", "سيعقد", "كان", "هذا", "العشر", "الأواخر"
  };

  @Test
  void invalidDatesAreNotMentions() {
    for (String text : List.of("2024-13-45", "31/02/2024", "29/02/2023", "0/0/0000", "00-00-2024",
        "32/01/2024", "30 فبراير 2024", "99/99/1436هـ", "1 محرم 9999هـ", "عام 99999")) {
      assertEquals(List.of(), TAGGER.tag(text, LocalDate.of(2024, 1, 1)), text);
    }
  }

  @Test
  void extremeReferenceDates() {
    for (LocalDate ref : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1))) {
      assertDoesNotThrow(() -> TAGGER.tag("أمس وغدا والشهر الماضي والعام المقبل "
          + "وكانون الثاني الماضي و3 رمضان الجاري وشهر رمضان الماضي والجمعة الماضي", ref));
      assertDoesNotThrow(() -> TAGGER.tag("عيد الفطر وعيد الميلاد المقبل ورأس السنة الهجرية وقبل ثلاثة أيام "
          + "وبعد عامين من الآن والأيام العشرة المقبلة والربع الحالي وآخر جمعة من رمضان والعقد الماضي "
          + "والقرن المقبل وسيعقد الخميس 12 مايو والأسبوع الأخير من يونيو", ref));
    }
  }

  @Test
  void randomInputNeverThrows() {
    Random random = new Random(20240924L);
    for (int i = 0; i < 6000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int j = 0; j < n; j++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextBoolean()) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      for (TemporalMention m : TAGGER.tag(text, LocalDate.of(2024, 9, 24))) {
        assertEquals(m.text(), text.substring(m.start(), m.end()), text);
        assertTrue(m.until().isAfter(m.from()), text);
        assertTrue(!Character.isLowSurrogate(text.charAt(m.start())), text);
      }
      assertDoesNotThrow(() -> TAGGER.publicationDate(text));
    }
  }

  @Test
  void emptyText() {
    assertEquals(List.of(), TAGGER.tag("", LocalDate.of(2024, 1, 1)));
    assertTrue(TAGGER.publicationDate("").isEmpty());
  }
}
