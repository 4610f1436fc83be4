package org.fahras.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.tests.util.TestUtil;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's randomized checks (reset/close contract, offsets, reuse across threads) on every analyzer profile and on
 * a chain built from every factory. JUnit 4: it runs under the vintage engine.
 */
public class FahrasAnalysisRandomTest extends BaseTokenStreamTestCase {

  public void testEveryProfileSurvivesRandomText() throws IOException {
    for (AnalyzerProfile profile : AnalyzerProfile.values()) {
      try (Analyzer analyzer = profile.newAnalyzer();
          Analyzer exact = profile.newExactAnalyzer()) {
        checkRandomData(random(), analyzer, 1000);
        checkRandomData(random(), exact, 1000);
      }
    }
  }

  public void testAnalyzerWithUserSetsSurvivesRandomText() throws IOException {
    CharArraySet stopwords = new CharArraySet(List.of("في", "من"), false);
    CharArraySet keep = new CharArraySet(List.of("الجزيرة", "بيروت"), false);
    try (Analyzer analyzer = new FahrasAnalyzer(stopwords, keep)) {
      checkRandomData(random(), analyzer, 1000);
    }
  }

  public void testStemGramsSurviveRandomText() throws IOException {
    try (Analyzer grams = FahrasAnalyzer.stemGrams()) {
      checkRandomData(random(), grams, 1000);
    }
  }

  public void testStemGramFilterEmitsWhatLucenesNGramFilterEmits() throws IOException {
    try (Analyzer ours = whitespaceThen(source -> new StemGramFilter(source, 3));
        Analyzer lucenes = whitespaceThen(source -> new NGramTokenFilter(source, 3, 3, true))) {
      assertAnalyzesTo(
          ours, "انتخاب كتب من", new String[] {"انت", "نتخ", "تخا", "خاب", "كتب", "من"}, new int[] {1, 0, 0, 0, 1, 1});
      for (int i = 0; i < 2_000; i++) {
        String text = TestUtil.randomAnalysisString(random(), 40, random().nextBoolean());
        // Lucene's filter, keeping originals, emits every gram and then each term longer than a gram: ours leaves
        // those out and is otherwise the same.
        List<AnalyzedToken> expected =
            AnalyzedToken.listOf(lucenes, "f", text).stream()
                .filter(token -> token.term().codePointCount(0, token.term().length()) <= 3)
                .toList();
        assertEquals(text, expected, AnalyzedToken.listOf(ours, "f", text));
      }
      checkRandomData(random(), ours, 1000);
    }
  }

  private static Analyzer whitespaceThen(java.util.function.Function<Tokenizer, TokenStream> filter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(source, filter.apply(source));
      }
    };
  }

  public void testStemGramsCutEachStem() throws IOException {
    try (Analyzer grams = FahrasAnalyzer.stemGrams()) {
      assertAnalyzesTo(grams, "الكتاب كتب", new String[] {"كتا", "تاب", "كتب"});
    }
  }

  public void testFactoryChainSurvivesRandomText() throws IOException {
    try (Analyzer analyzer = AnalysisFactoriesTest.chainOfAllFactories()) {
      checkRandomData(random(), analyzer, 1000);
    }
  }

  public void testFiltersAloneSurviveRandomText() throws IOException {
    try (Analyzer analyzer =
        whitespaceThen(source -> new FahrasArabicLightStemFilter(new FahrasArabicNormalizationFilter(source)))) {
      checkRandomData(random(), analyzer, 1000);
    }
  }

  public void testLigatureGrowsTheTermButNotTheOffsets() throws IOException {
    try (Analyzer analyzer = new FahrasAnalyzer()) {
      assertAnalyzesTo(analyzer, "ﻻعب الكتاب", new String[] {"لاعب", "كتاب"}, new int[] {0, 4}, new int[] {3, 10});
    }
  }

  public void testStemmerRespectsKeywords() throws IOException {
    CharArraySet keywords = new CharArraySet(List.of("الكتاب"), false);
    try (Analyzer analyzer =
        whitespaceThen(source -> new FahrasArabicLightStemFilter(new SetKeywordMarkerFilter(source, keywords)))) {
      assertAnalyzesTo(analyzer, "الكتاب والكتاب", new String[] {"الكتاب", "كتاب"});
    }
  }
}
