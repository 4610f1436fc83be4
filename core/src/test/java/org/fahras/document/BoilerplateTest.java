package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fahras.document.Boilerplate.Kind;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

  private static Kind kind(String line) {
    return Boilerplate.classify(ArabicFold.fold(line));
  }

  @Test
  void endMarkersMatchAcrossHamzaTaMarbutaYaTashkeelAndSpacing() {
    assertEquals(Kind.END, kind("آخر الأخبار"));
    assertEquals(Kind.END, kind("اخر الاخبار"));
    assertEquals(Kind.END, kind("إقرأ أيضاً:"));
    assertEquals(Kind.END, kind("اقرا  ايضا"));
    assertEquals(Kind.END, kind("مقالات مشابهة"));
    assertEquals(Kind.END, kind("مقالات ذات صله"));
    assertEquals(Kind.END, kind("يحدث الآن"));
    assertEquals(Kind.END, kind("انضم إلى المحادثة"));
    assertEquals(Kind.END, kind("انضم الى المحادثة"));
    assertEquals(Kind.END, kind("تحميل المزيد"));
    assertEquals(Kind.END, kind("\u00A0أخبار ذات صلة …"));
  }

  @Test
  void tagListsEndTheArticleWithOrWithoutTheTags() {
    assertEquals(Kind.END, kind("كلمات مفتاحية :"));
    assertEquals(Kind.END, kind("كلمات دلالية: مهمة التحالف فی العراق"));
    assertEquals(Kind.END, kind("الكلمات المفتاحية"));
  }

  @Test
  void inlineRelatedHeadlineIsDroppedAlone() {
    assertEquals(Kind.NOISE, kind("اقرأ أيضاً: السوداني يلتقي بلينكن في نيويورك"));
  }

  @Test
  void fontSizeButtons() {
    assertEquals(Kind.NOISE, kind("+A -A"));
    assertEquals(Kind.NOISE, kind("A+ A-"));
    assertEquals(Kind.CONTENT, kind("A"));
  }

  @Test
  void shareBars() {
    assertEquals(Kind.NOISE, kind("linkedin facebook pinterest youtube rss twitter instagram facebook-blank rss-blank"));
    assertEquals(Kind.NOISE, kind("شارك على فيسبوك"));
    assertEquals(Kind.NOISE, kind("فيس بوك | تويتر | واتساب | تيليجرام"));
    assertEquals(Kind.NOISE, kind("شارك"));
    assertEquals(Kind.CONTENT, kind("علي"), "a name alone is not a share bar");
  }

  @Test
  void commentCounterAndBackToTop() {
    assertEquals(Kind.NOISE, kind("255 حرف متبقي"));
    assertEquals(Kind.NOISE, kind("TOP"));
    assertEquals(Kind.NOISE, kind("إلى الأعلى"));
    assertEquals(Kind.NOISE, kind("* * *"));
  }

  @Test
  void paragraphsThatMentionTheMarkersStay() {
    assertEquals(Kind.CONTENT, kind("ونشر الوزير على فيسبوك وتويتر صوراً من الاجتماع."));
    assertEquals(Kind.CONTENT, kind("اقرأ أيضا ما كتبه المحلل في تقريره عن آخر الأخبار."));
    assertEquals(Kind.CONTENT, kind("تهديدات لأمريكا"));
    assertEquals(Kind.CONTENT, kind("قوات التحالف في العراق - رويترز"));
  }
}
