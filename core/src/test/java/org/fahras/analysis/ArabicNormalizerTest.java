package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/** One test per normalization rule of {@link ArabicNormalizer}. */
class ArabicNormalizerTest {

  private static String normalize(String text) {
    char[] buffer = new char[ArabicNormalizer.requiredCapacity(text.toCharArray(), text.length())];
    text.getChars(0, text.length(), buffer, 0);
    return new String(buffer, 0, ArabicNormalizer.normalize(buffer, text.length()));
  }

  @Test
  void alefWithHamzaAndMadda() {
    assertEquals("احمد امام امن", normalize("أحمد إمام آمن"));
  }

  @Test
  void alefWasla() {
    assertEquals("الحمد", normalize("ٱلحمد"));
  }

  @Test
  void alefWithWavyHamza() {
    assertEquals("ا ا ا", normalize("\u0672 \u0673 \u0675"));
  }

  @Test
  void hamzaOnWaw() {
    assertEquals("مسوول", normalize("مسؤول"));
  }

  @Test
  void hamzaOnYeh() {
    assertEquals("رييس", normalize("رئيس"));
  }

  @Test
  void alefMaqsura() {
    assertEquals("علي", normalize("على"));
  }

  @Test
  void tehMarbuta() {
    assertEquals("مدرسه", normalize("مدرسة"));
  }

  @Test
  void persianYeh() {
    assertEquals("علي", normalize("علی"));
  }

  @Test
  void persianKeheh() {
    assertEquals("كتاب", normalize("کتاب"));
  }

  @Test
  void urduHehAndYehBarree() {
    assertEquals("مدرسه مدرسه نيي", normalize("مدرسۀ مدرسہ نیے"));
  }

  @Test
  void arabicIndicDigits() {
    assertEquals("2024م", normalize("٢٠٢٤م"));
  }

  @Test
  void persianDigits() {
    assertEquals("1403", normalize("۱۴۰۳"));
  }

  @Test
  void tatweel() {
    assertEquals("كتاب", normalize("كـــتاب"));
  }

  @Test
  void harakat() {
    assertEquals("محمد", normalize("مُحَمَّدٌ"));
  }

  @Test
  void superscriptAlef() {
    assertEquals("الرحمن", normalize("الرحمٰن"));
  }

  @Test
  void maddahAndHamzaMarks() {
    // Decomposed أ (ا + hamza above), إ (ا + hamza below) and آ (ا + maddah) end where the composed letters do.
    assertEquals("احمد امام امن", normalize("ا\u0654حمد ا\u0655مام ا\u0653من"));
  }

  @Test
  void quranicMarks() {
    assertEquals("الكتاب لاريب", normalize("الكتاب\u06DA لا\u06E1ريب\u0617"));
  }

  @Test
  void zeroWidthAndBidiMarks() {
    assertEquals("كتاب", normalize("ك\u200Cت\u200Dا\u200F\u200Eب\u061C\u2067"));
  }

  @Test
  void presentationForms() {
    assertEquals("بسم", normalize("\uFE91\uFEB4\uFEE2"));
  }

  @Test
  void lamAlefLigatureGrows() {
    char[] exact = "ﻻعب".toCharArray();
    assertEquals(4, ArabicNormalizer.requiredCapacity(exact, exact.length));
    assertThrows(IllegalArgumentException.class, () -> ArabicNormalizer.normalize(exact, exact.length));
    assertEquals("لاعب", normalize("ﻻعب"));
    assertEquals("لاعب لا", normalize("\uFEFBعب \uFEF5"));
  }

  @Test
  void phraseLigaturesStay() {
    assertEquals("\uFDFA", normalize("\uFDFA"));
  }

  @Test
  void tokenizerKeepsTheseCharactersInsideTheWord() {
    String text = "ك\u200Cت\u0640ا\u0670\u06D6ب \uFEFBعب";
    Analyzer analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new FahrasArabicNormalizationFilter(source);
            return new TokenStreamComponents(source, result);
          }
        };
    assertEquals(
        List.of(new AnalyzedToken("كتاب", 0, 8, 0), new AnalyzedToken("لاعب", 9, 12, 1)),
        AnalyzedToken.listOf(analyzer, "f", text));
  }

  @Test
  void foldOfOneCharacterIsWhatNormalizeMakesOfIt() {
    // The shared fold (tagger, readers, near-duplicate signature) agrees with the analyzer on every UTF-16 unit; it
    // differs only where normalization writes two letters for one (a lam-alef ligature), where it keeps the character.
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char[] buffer = new char[4];
      buffer[0] = (char) c;
      int length = ArabicNormalizer.normalize(buffer, 1);
      char expected = length == 0 ? ArabicNormalizer.DELETED : length == 1 ? buffer[0] : (char) c;
      String where = "U+" + Integer.toHexString(c);
      assertEquals(expected, ArabicNormalizer.fold((char) c), where);
    }
    assertEquals('\uFEFB', ArabicNormalizer.fold('\uFEFB'));
    assertEquals('ب', ArabicNormalizer.fold('\uFE91'));
  }
}
