package org.fahras.time;

import static org.fahras.time.TaggerAssertions.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time counted from the reference: ago, ahead, within, and the last or next few units. */
class OffsetTest {
  private static final LocalDate REF = LocalDate.of(2024, 9, 24);

  @Test
  void testAgoInDigitsWordsAndDuals() {
    assertEquals(List.of("منذ ثلاثة أيام = 2024-09-21"), tag("أعلنت منذ ثلاثة أيام", REF));
    assertEquals(List.of("منذ ٥ أيام = 2024-09-19"), tag("منذ ٥ أيام", REF));
    assertEquals(List.of("قبل ثلاث سنوات = 2021"), tag("انتقل قبل ثلاث سنوات", REF));
    assertEquals(List.of("قبل خمسة وعشرين عاما = 1999"), tag("قبل خمسة وعشرين عاما", REF));
    assertEquals(List.of("قبل أسبوعين = 2024-09-09/2024-09-16"), tag("زار قبل أسبوعين", REF));
    assertEquals(List.of("قبل نحو أربعة أشهر = 2024-05"), tag("حدث قبل نحو أربعة أشهر", REF));
  }

  @Test
  void testAheadOnlyFromTheReference() {
    assertEquals(List.of("بعد خمسة أيام = 2024-09-29"), tag("ستنطلق المرحلة الثانية بعد خمسة أيام", REF));
    assertEquals(List.of("بعد عامين من الآن = 2026"), tag("تعهدت بإنجازه بعد عامين من الآن", REF));
    assertEquals(List.of("بعد 3 أيام = 2024-09-27"), tag("مباراة بعد 3 أيام", REF));
    assertEquals(List.of(), tag("وقال الأطباء إنه توفي بعد يومين من دخوله المستشفى في حالة حرجة", REF));
    assertEquals(List.of(), tag("غير أنه بعد يومين أعلن الأطباء أن حالته تحسنت بشكل ملحوظ وغادر", REF));
    assertEquals(List.of(), tag("الأوضاع تزداد سوءا عاما بعد عام، والأسعار ترتفع في الأسواق", REF));
  }

  @Test
  void testLastAndNextFewUnits() {
    assertEquals(List.of("الأيام العشرة المقبلة = 2024-09-25/2024-10-05"),
        tag("خلال الأيام العشرة المقبلة", REF));
    assertEquals(List.of("الأشهر الستة الأخيرة = 2024-03-01/2024-09-01"), tag("في الأشهر الستة الأخيرة", REF));
    assertEquals(List.of("اليومين الماضيين = 2024-09-22/2024-09-24"), tag("في اليومين الماضيين", REF));
    assertEquals(List.of(), tag("في الأعوام الأربعة الأخيرة لحكومة حزب العمال", REF));
  }

  @Test
  void testWithinInAFutureSentence() {
    assertEquals(List.of("خلال أسبوعين = 2024-09-24/2024-10-08"), tag("سيصدر القرار خلال أسبوعين", REF));
    assertEquals(List.of(), tag("قتل خمسون شخصا خلال أسبوعين من المعارك", REF));
  }

  @Test
  void testCountedFromSomethingElse() {
    assertEquals(List.of(), tag("قبل شهرين من انطلاق الموسم", REF));
    assertEquals(List.of(), tag("بعد اربعة ايام على هجوم", REF));
    assertEquals(List.of(), tag("قبل عام ونصف", REF));
    assertEquals(List.of("عام 2014 = 2014"), tag("قبل عام 2014", REF));
  }
}
