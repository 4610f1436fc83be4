package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per rule and guard of {@link ArabicLightStemmer}; inputs are already normalized. */
class ArabicLightStemmerTest {

  private static String stem(String word) {
    char[] buffer = word.toCharArray();
    return new String(buffer, 0, ArabicLightStemmer.stem(buffer, buffer.length));
  }

  @Test
  void eraMark() {
    assertEquals("2024", stem("2024م"));
    assertEquals("1446", stem("1446ه"));
    assertEquals("م2", stem("م2"));
  }

  @Test
  void articleChains() {
    assertEquals("كتاب", stem("الكتاب"));
    assertEquals("كتاب", stem("بالكتاب"));
    assertEquals("كتاب", stem("كالكتاب"));
    assertEquals("كتاب", stem("للكتاب"));
    assertEquals("كتاب", stem("والكتاب"));
    assertEquals("كتاب", stem("وبالكتاب"));
    assertEquals("كتاب", stem("فبالكتاب"));
    assertEquals("كتاب", stem("وللكتاب"));
  }

  @Test
  void articleLeavesTwoLetters() {
    assertEquals("ام", stem("الام"));
    assertEquals("الي", stem("الي"));
  }

  @Test
  void futurePrefix() {
    assertEquals("يقام", stem("سيقام"));
    assertEquals("يقام", stem("وسيقام"));
    assertEquals("سياس", stem("سياسه"));
    assertEquals("سنو", stem("سنوات"));
  }

  @Test
  void bareConjunction() {
    assertEquals("قال", stem("وقال"));
    assertEquals("وضع", stem("وضعها"));
  }

  @Test
  void barePreposition() {
    assertEquals("تشكيل", stem("لتشكيل"));
    assertEquals("كتاب", stem("كتاب"));
    assertEquals("بسبب", stem("بسبب"));
  }

  @Test
  void lookalikesKeepTheirFirstLetterSoEveryFormMeets() {
    // و, ب and ل that belong to the word: the bare form meets the form after the article.
    assertEquals(stem("الوزير"), stem("وزير"));
    assertEquals("وزير", stem("وزيره")); // وزيرة, normalized
    assertEquals("وجود", stem("وجود"));
    assertEquals("برنامج", stem("برنامج"));
    assertEquals("برنامج", stem("البرنامج"));
    // Names take no article: a real proclitic before them still goes, the name's own letter stays.
    assertEquals("بيروت", stem("بيروت"));
    assertEquals("بيروت", stem("وبيروت"));
    assertEquals("لبنان", stem("ولبنان"));
    assertEquals("واشنطن", stem("لواشنطن"));
    // Real proclitics are still removed.
    assertEquals("قال", stem("وقال"));
    assertEquals("اكد", stem("واكد"));
    assertEquals("وزير", stem("بوزير"));
  }

  @Test
  void bareFehGoesUnlessTheWordIsALookalike() {
    assertEquals("قال", stem("فقال"));
    assertEquals("اكد", stem("فاكد"));
    assertEquals("فيلم", stem("فيلم"));
    assertEquals("فريق", stem("فريق"));
    assertEquals("فرنس", stem("فرنسا"));
  }

  @Test
  void pronounSuffixes() {
    assertEquals("كتاب", stem("كتابها"));
    assertEquals("كتاب", stem("كتابهم"));
    assertEquals("كتاب", stem("كتابهن"));
    assertEquals("كتاب", stem("كتابكم"));
    assertEquals("كتاب", stem("كتابكن"));
    assertEquals("كتاب", stem("كتابنا"));
    assertEquals("كتاب", stem("كتابهما"));
    assertEquals("كتاب", stem("كتابكما"));
    assertEquals("كتاب", stem("كتابه"));
  }

  @Test
  void openTehBeforePronoun() {
    assertEquals(stem("حكومه"), stem("حكومتها"));
    assertEquals("بيت", stem("بيته"));
  }

  @Test
  void femininePluralAndPronounTogether() {
    assertEquals(stem("القوات"), stem("قواتها"));
  }

  @Test
  void soundPluralsNeedFourLetters() {
    assertEquals("لاعب", stem("لاعبون"));
    assertEquals("لاعب", stem("اللاعبين"));
    assertEquals("قانون", stem("قانون"));
    assertEquals("مليون", stem("مليون"));
  }

  @Test
  void dualNeedsFiveLetters() {
    assertEquals("سودان", stem("السودان"));
    assertEquals("مسوول", stem("مسوولان"));
  }

  @Test
  void verbSuffixes() {
    assertEquals("قال", stem("قالوا"));
    assertEquals("قال", stem("قالت"));
    assertEquals("كويت", stem("الكويت"));
    assertEquals("وقت", stem("وقت"));
  }

  @Test
  void accusativeAlef() {
    assertEquals("عام", stem("عاما"));
    assertEquals("يومي", stem("يوميا"));
    assertEquals("دعا", stem("دعا"));
  }

  @Test
  void tehMarbutaAsHeh() {
    assertEquals("مدرس", stem("المدرسه"));
    assertEquals("وفا", stem("وفاه"));
  }

  @Test
  void nisbaYehKept() {
    assertEquals("عربي", stem("العربي"));
    assertEquals("عربي", stem("العربيه"));
  }

  @Test
  void noOverStemming() {
    assertEquals("مهيمن", stem("المهيمن"));
    assertEquals("علي", stem("علي"));
    assertEquals("لدي", stem("لدي"));
    assertEquals("حتي", stem("حتي"));
  }

  @Test
  void shortAndEmptyWords() {
    assertEquals("", stem(""));
    assertEquals("و", stem("و"));
    assertEquals("ال", stem("ال"));
  }
}
