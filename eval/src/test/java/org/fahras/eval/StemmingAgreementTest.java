package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StemmingAgreementTest {
  private static final Path GOLD =
      Path.of(System.getProperty("fahras.shared", "../shared"), "eval", "stemming", "wikinews-segmentation-dev.tsv");

  /** Lucene's two Arabic filters alone, as the stock baseline is defined (no stopwords). */
  private static Analyzer stockChain() throws IOException {
    return CustomAnalyzer.builder()
        .withTokenizer("standard")
        .addTokenFilter("arabicNormalization")
        .addTokenFilter("arabicStem")
        .build();
  }

  @Test
  void countsOnlyContentTokensAndExactSingleStems(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(
        gold,
        String.join(
            "\n",
            "refTok\trefPOS",
            "و+ال+كتاب\tCONJ+DET+NOUN", // stock: كتاب, agrees
            "على\tPREP", // not a content token
            "ل+ال+مؤتمر\tPREP+DET+NOUN", // written للمؤتمر; stock: مؤتمر normalized, agrees
            "عربي\tADJ", // stock strips the nisba ي: disagrees
            "a+b\tNOUN"), // segment and tag counts differ: skipped
        StandardCharsets.UTF_8);
    StemmingResult result = StemmingAgreement.measure(gold, stockChain());
    assertEquals(3, result.tokens());
    assertEquals(2, result.agreeing());
    assertEquals(2 / 3.0, result.agreement(), 1e-9);
  }

  @Test
  void fahrasAgreesWithTheGoldFarMoreThanStockLucene() throws IOException {
    SharedData.require("eval/stemming/wikinews-segmentation-dev.tsv");
    StemmingResult stock = StemmingAgreement.measure(GOLD, stockChain());
    StemmingResult fahras = StemmingAgreement.measure(GOLD, AnalyzerProfile.FAHRAS.newAnalyzer());
    System.out.printf(
        "stemming agreement: stock %d/%d = %.4f, fahras %d/%d = %.4f%n",
        stock.agreeing(), stock.tokens(), stock.agreement(), fahras.agreeing(), fahras.tokens(), fahras.agreement());
    // The stock chain scores 4297/6349 = 67.7% under this definition, 0.4 points above the 67.3% the issue quotes.
    assertEquals(6349, stock.tokens());
    assertEquals(4297, stock.agreeing());
    assertTrue(fahras.agreement() >= 0.85, "fahras agreement " + fahras.agreement());
  }
}
