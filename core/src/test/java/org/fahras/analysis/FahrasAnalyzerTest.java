package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FahrasAnalyzerTest {
  /** The seed articles ship in the repository; tests run from core/. */
  private static final Path SEEDS = Path.of("..", "seeds");

  private static List<String> terms(Analyzer analyzer, String text) {
    return AnalyzedToken.listOf(analyzer, "body", text).stream().map(AnalyzedToken::term).toList();
  }

  @Test
  void conjunctionPrepositionArticleChainGivesTheBareNoun() {
    assertEquals(List.of(new AnalyzedToken("كتاب", 0, 8, 0)), AnalyzedToken.listOf(new FahrasAnalyzer(), "body", "وبالكتاب"));
  }

  @Test
  void seedConflations() {
    Analyzer analyzer = new FahrasAnalyzer();
    assertEquals(
        List.of("عراق", "عراق", "عراق", "عراق"), terms(analyzer, "العراق بالعراق والعراق للعراق"));
    assertEquals(terms(analyzer, "الولايات"), terms(analyzer, "والولايات"));
    assertEquals(terms(analyzer, "القوات"), terms(analyzer, "قواتها"));
  }

  @Test
  void stopwordsAreRemovedHoweverTheyAreSpelled() {
    // على and its spelling without the alef maqsura normalize alike, so both are stopped (not left as عل).
    assertEquals(List.of("كتاب"), terms(new FahrasAnalyzer(), "على علي الكتاب"));
    assertEquals(
        List.of(new AnalyzedToken("كتاب", 4, 10, 1)), AnalyzedToken.listOf(new FahrasAnalyzer(), "body", "على الكتاب"));
  }

  @Test
  void userStopwordsReplaceTheDefaultsAndAreNormalizedAsGiven() {
    // أعلنت written with hamza in the set stops اعلنت in the text; على is no longer a stopword.
    Analyzer analyzer = new FahrasAnalyzer(new CharArraySet(List.of("أعلنت"), false));
    assertEquals(List.of("علي", "وزار"), terms(analyzer, "اعلنت على الوزارة"));
    assertTrue(FahrasAnalyzer.getDefaultStopSet().contains("علي"));
    assertEquals(List.of("اعلن", "وزار"), terms(new FahrasAnalyzer(FahrasAnalyzer.getDefaultStopSet()), "اعلنت على الوزارة"));
  }

  @Test
  void stemExclusionsAreLeftAsWritten() {
    CharArraySet keep = new CharArraySet(List.of("الجزيرة"), false);
    Analyzer analyzer = new FahrasAnalyzer(FahrasAnalyzer.getDefaultStopSet(), keep);
    // The excluded word stays whole (normalized only); a clitic form of it is another word and is stemmed.
    assertEquals(List.of("الجزيره", "جزير", "كتاب"), terms(analyzer, "الجزيرة والجزيرة الكتاب"));
    assertEquals(List.of("جزير", "جزير", "كتاب"), terms(new FahrasAnalyzer(), "الجزيرة والجزيرة الكتاب"));
  }

  @Test
  void exactAnalyzerKeepsAffixes() {
    assertEquals(List.of("وبالكتاب", "مسوولون"), terms(FahrasAnalyzer.exact(), "وبالكتاب في مسؤولون"));
  }

  @Test
  void normalizeForMultiTermQueriesDoesNotStem() {
    assertEquals("وبالكتاب", new FahrasAnalyzer().normalize("body", "وبالكِتاب").utf8ToString());
  }

  @Test
  void datesInEitherDigitSetMeet() {
    assertEquals(terms(new FahrasAnalyzer(), "2024"), terms(new FahrasAnalyzer(), "٢٠٢٤م"));
  }

  @ParameterizedTest
  @EnumSource(AnalyzerProfile.class)
  void seedOffsetsSliceTheOriginalText(AnalyzerProfile profile) throws IOException {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, seeds.size());
    Analyzer stemmed = profile.newAnalyzer();
    Analyzer exact = profile.newExactAnalyzer();
    for (Path seed : seeds) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      List<AnalyzedToken> stems = AnalyzedToken.listOf(stemmed, "body", text);
      List<AnalyzedToken> surfaces = AnalyzedToken.listOf(exact, "body", text);
      assertEquals(surfaces.size(), stems.size(), seed.toString());
      assertTrue(stems.size() > 50, seed.toString());
      for (int i = 0; i < stems.size(); i++) {
        AnalyzedToken stem = stems.get(i);
        AnalyzedToken surface = surfaces.get(i);
        assertEquals(surface.start(), stem.start());
        assertEquals(surface.end(), stem.end());
        assertEquals(surface.position(), stem.position());
        String slice = text.substring(stem.start(), stem.end());
        assertEquals(surface.term(), exact.normalize("body", slice).utf8ToString(), seed + " at " + stem.start());
      }
    }
  }

  @Test
  void profilesByIdAndTheirAnalyzers() {
    assertEquals(AnalyzerProfile.FAHRAS, AnalyzerProfile.byId(" Fahras "));
    assertEquals("standard, lucene-arabic, fahras, fahras-lean", AnalyzerProfile.ids());
    assertEquals(AnalyzerProfile.FAHRAS_LEAN, AnalyzerProfile.byId("fahras-lean"));
    assertTrue(AnalyzerProfile.FAHRAS.newGramAnalyzer().isPresent());
    assertTrue(AnalyzerProfile.FAHRAS_LEAN.newGramAnalyzer().isEmpty(), "the lean profile has no gram view");
    assertEquals(List.of("كتاب"), terms(AnalyzerProfile.FAHRAS_LEAN.newAnalyzer(), "وبالكتاب"));
    assertThrows(IllegalArgumentException.class, () -> AnalyzerProfile.byId("arabic"));
    assertEquals(List.of("كتاب"), terms(AnalyzerProfile.FAHRAS.newAnalyzer(), "وبالكتاب"));
    assertEquals(List.of("وبالكتاب"), terms(AnalyzerProfile.FAHRAS.newExactAnalyzer(), "وبالكتاب"));
    assertEquals(List.of("بالكتاب"), terms(AnalyzerProfile.LUCENE_ARABIC.newAnalyzer(), "وبالكتاب"));
    assertEquals(List.of("وبالكتاب"), terms(AnalyzerProfile.LUCENE_ARABIC.newExactAnalyzer(), "وبالكتاب"));
    assertEquals(List.of("وبالكتاب"), terms(AnalyzerProfile.STANDARD.newExactAnalyzer(), "وبالكتاب"));
  }

  @Test
  void stemGramsCutEachStemIntoTrigrams() {
    // والكتب → stem كتب (three letters: its own only gram); للمدينة → stem مدين → مدي، دين (not the stem itself,
    // which the stemmed view has).
    assertEquals(List.of("كتب", "مدي", "دين"), terms(FahrasAnalyzer.stemGrams(), "والكتب للمدينة"));
  }

  @Test
  void derivationsLightStemmingKeepsApartShareGrams() {
    List<String> elections = terms(FahrasAnalyzer.stemGrams(), "الانتخابات");
    List<String> elects = terms(FahrasAnalyzer.stemGrams(), "ينتخب");
    assertTrue(elections.contains("نتخ") && elects.contains("نتخ"), elections + " / " + elects);
    assertTrue(!terms(new FahrasAnalyzer(), "الانتخابات").equals(terms(new FahrasAnalyzer(), "ينتخب")));
  }
}
