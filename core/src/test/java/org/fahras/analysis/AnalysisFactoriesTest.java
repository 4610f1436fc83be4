package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisFactoriesTest {

  static Analyzer chainOfAllFactories() throws IOException {
    return CustomAnalyzer.builder()
        .withTokenizer("standard")
        .addTokenFilter("lowercase")
        .addTokenFilter(FahrasArabicNormalizationFilterFactory.NAME)
        .addTokenFilter(FahrasArabicStopFilterFactory.NAME)
        .addTokenFilter(FahrasArabicLightStemFilterFactory.NAME)
        .build();
  }

  @Test
  void factoriesAreFoundBySpiName() {
    assertEquals(
        FahrasArabicNormalizationFilterFactory.class,
        TokenFilterFactory.lookupClass("fahrasArabicNormalization"));
    assertEquals(FahrasArabicLightStemFilterFactory.class, TokenFilterFactory.lookupClass("fahrasArabicLightStem"));
    assertEquals(FahrasArabicStopFilterFactory.class, TokenFilterFactory.lookupClass("fahrasArabicStop"));
    assertInstanceOf(
        FahrasArabicNormalizationFilterFactory.class,
        TokenFilterFactory.forName("fahrasArabicNormalization", new HashMap<>()));
  }

  @Test
  void customAnalyzerChainMatchesFahrasAnalyzer() throws IOException {
    String text = "وبالكتاب على المسؤولين ﻻعب ٢٠٢٤م";
    assertEquals(
        AnalyzedToken.listOf(new FahrasAnalyzer(), "f", text), AnalyzedToken.listOf(chainOfAllFactories(), "f", text));
    assertEquals(List.of("كتاب", "مسوول", "لاعب", "2024"),
        AnalyzedToken.listOf(chainOfAllFactories(), "f", text).stream().map(AnalyzedToken::term).toList());
  }

  @Test
  void onlyNormalizationRunsForMultiTermQueries() throws IOException {
    assertEquals("وبالكتاب", chainOfAllFactories().normalize("f", "وبالكِتاب").utf8ToString());
  }

  @Test
  void factoryArgumentsGiveStopwordsAndStemExclusions(@TempDir Path config) throws IOException {
    Files.writeString(config.resolve("stop.txt"), "# our stopwords\nأعلنت\n", StandardCharsets.UTF_8);
    Files.writeString(config.resolve("keep.txt"), "الجزيرة\n", StandardCharsets.UTF_8);
    Analyzer chain =
        CustomAnalyzer.builder(config)
            .withTokenizer("standard")
            .addTokenFilter("lowercase")
            .addTokenFilter(FahrasArabicNormalizationFilterFactory.NAME)
            .addTokenFilter(FahrasArabicStopFilterFactory.NAME, "words", "stop.txt")
            .addTokenFilter(FahrasArabicLightStemFilterFactory.NAME, "protected", "keep.txt")
            .build();
    String text = "اعلنت على الجزيرة والجزيرة";
    CharArraySet stop = new CharArraySet(List.of("أعلنت"), false);
    CharArraySet keep = new CharArraySet(List.of("الجزيرة"), false);
    assertEquals(AnalyzedToken.listOf(new FahrasAnalyzer(stop, keep), "f", text), AnalyzedToken.listOf(chain, "f", text));
    assertEquals(List.of("علي", "الجزيره", "جزير"),
        AnalyzedToken.listOf(chain, "f", text).stream().map(AnalyzedToken::term).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fahrasArabicNormalization", "fahrasArabicLightStem", "fahrasArabicStop"})
  void bogusArgumentsAreRejected(String name) {
    Map<String, String> args = new HashMap<>(Map.of("bogus", "1"));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> TokenFilterFactory.forName(name, args));
    assertEquals("Unknown parameters: {bogus=1}", error.getMessage());
  }
}
