package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quality gates on the shared retrieval sets: the Fahras chain must beat Lucene's stock Arabic analyzer. The floors
 * are the measured values rounded down, so a change that loses quality fails here. BM25 over an in-memory index built
 * in one thread is deterministic, so the numbers do not wobble between runs.
 */
class RetrievalQualityTest {
  private static final Path EVAL = Path.of(System.getProperty("fahras.shared", "../shared"), "eval");

  private static RetrievalHarness.Scores measure(String set, AnalyzerProfile profile) throws IOException {
    Path dir = EVAL.resolve(set);
    Assumptions.assumeTrue(Files.isDirectory(dir), "shared eval data not present: " + dir);
    RetrievalHarness.Scores scores = RetrievalHarness.evaluate(dir, profile.newAnalyzer());
    System.out.printf(
        Locale.ROOT, "%s %-13s MRR@10 %.4f MAP@100 %.4f%n", set, profile.id(), scores.mrrAt10(), scores.mapAt100());
    return scores;
  }

  @Test
  void fahrasBeatsStockLuceneOnArcdMrr() throws IOException {
    double standard = measure("arcd-train", AnalyzerProfile.STANDARD).mrrAt10();
    double stock = measure("arcd-train", AnalyzerProfile.LUCENE_ARABIC).mrrAt10();
    double fahras = measure("arcd-train", AnalyzerProfile.FAHRAS).mrrAt10();
    // Measured: standard 0.6966, lucene-arabic 0.8123, fahras 0.8177. The goal of +0.02 over lucene-arabic
    // is not reached; what is pinned is the margin that is.
    assertTrue(fahras >= stock + 0.005, "ARCD MRR@10 fahras " + fahras + " vs lucene-arabic " + stock);
    assertTrue(fahras > standard, "ARCD MRR@10 fahras " + fahras + " vs standard " + standard);
  }

  @Test
  void fahrasBeatsStockLuceneOnQuranMap() throws IOException {
    double standard = measure("quran-qa-2023", AnalyzerProfile.STANDARD).mapAt100();
    double stock = measure("quran-qa-2023", AnalyzerProfile.LUCENE_ARABIC).mapAt100();
    double fahras = measure("quran-qa-2023", AnalyzerProfile.FAHRAS).mapAt100();
    // Measured: standard 0.1700, lucene-arabic 0.2347, fahras 0.2702.
    assertTrue(fahras >= stock + 0.03, "Quran MAP@100 fahras " + fahras + " vs lucene-arabic " + stock);
    assertTrue(fahras > standard, "Quran MAP@100 fahras " + fahras + " vs standard " + standard);
  }
}
