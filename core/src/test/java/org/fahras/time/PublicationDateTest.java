package org.fahras.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which header date counts as the publication date. */
class PublicationDateTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final String BODY = "قال مسؤول إن الاتفاق الذي تم التوصل إليه في 5 مارس 2020 "
      + "سيدخل حيز التنفيذ بعد موافقة البرلمان عليه في جلسة تعقد خلال الأسابيع المقبلة.\n";

  @Test
  void labelledDateBeatsPageTimestamp() {
    String article = "الموقع\n2025-03-29@01:10:57 GMT\nالعنوان\nنشر بتاريخ: 12/04/2023\n" + BODY;
    assertEquals(Optional.of(LocalDate.of(2023, 4, 12)), TAGGER.publicationDate(article));
  }

  @Test
  void labelAloneOnItsLine() {
    String article = "العنوان\nتاريخ النشر\n١٢ نيسان ٢٠٢٣\n" + BODY;
    assertEquals(Optional.of(LocalDate.of(2023, 4, 12)), TAGGER.publicationDate(article));
  }

  @Test
  void publicationBeatsUpdate() {
    String article = "العنوان\nآخر تحديث: 2021/06/07\nتم النشر: 2021/06/05\n" + BODY;
    assertEquals(Optional.of(LocalDate.of(2021, 6, 5)), TAGGER.publicationDate(article));
  }

  @Test
  void unlabelledHeaderTimestamp() {
    String article = "العنوان في 2025\n\n6-09-2024, 18:04\n\n" + BODY;
    assertEquals(Optional.of(LocalDate.of(2024, 9, 6)), TAGGER.publicationDate(article));
  }

  @Test
  void bodyDatesAreNeverUsed() {
    assertEquals(Optional.empty(), TAGGER.publicationDate(BODY + "نشر في: 1 أغسطس 2024\n"));
    assertEquals(Optional.empty(), TAGGER.publicationDate("العنوان\nاليوم الجمعة\n" + BODY));
  }
}
