package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ScrapedPageTest {

  private static final String PARAGRAPH = "قالت الحكومة اليوم إن المفاوضات مع الشركاء الدوليين ستستأنف الأسبوع المقبل في العاصمة.";

  @Test
  void anEndMarkerAboveTheArticleIsDroppedNotObeyed() {
    ScrapedPage page = ScrapedPage.parse("آخر الأخبار\nالعنوان هنا\n" + PARAGRAPH + "\nاقرأ أيضا\nعنوان آخر\n");
    assertEquals("العنوان هنا", page.title());
    assertEquals(PARAGRAPH, page.body());
  }

  @Test
  void anInlineRelatedLinkDoesNotCutTheArticle() {
    ScrapedPage page = ScrapedPage.parse("العنوان\n" + PARAGRAPH + "\nاقرأ أيضاً: خبر آخر\n" + PARAGRAPH);
    assertEquals(PARAGRAPH + "\n" + PARAGRAPH, page.body());
  }

  @Test
  void headerShapesInsideTheArticleAreText() {
    String dispatchLike = "خاص/ المدى";
    ScrapedPage page = ScrapedPage.parse("العنوان\n" + PARAGRAPH + "\n" + dispatchLike + "\n6-09-2024, 18:04");
    assertEquals(PARAGRAPH + "\n" + dispatchLike + "\n6-09-2024, 18:04", page.body());
    assertNull(page.source());
  }

  @Test
  void theSourceLabelWinsOverTheOtherClues() {
    ScrapedPage page =
        ScrapedPage.parse("موقع الأخبار > سياسة > العنوان\nالعنوان\nالغد برس/ متابعة\n" + PARAGRAPH + "\nالمصدر: رويترز");
    assertEquals("رويترز", page.source());
    assertEquals(PARAGRAPH, page.body());
  }

  @Test
  void aPageOfFurnitureOnlyHasNoText() {
    ScrapedPage page = ScrapedPage.parse("+A -A\nفيسبوك تويتر\n");
    assertEquals("", page.title());
    assertEquals("", page.body());
  }
}
