package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interleaved peer figures: a ratio per round paired by round number, its median and spread, the table showing
 * the spread in the table's one reading, the order engines take turns in, and the OpenSearch plugin's top-k check.
 */
class PeerFiguresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private static Map<String, Object> round(int round, String variant, double p50, double p99) {
    return Map.of("round", round, variant, Map.of("p50_ms", p50, "p99_ms", p99));
  }

  @Test
  void aPeerRatioIsTheMedianOfItsRoundsPairedByNumber() {
    JsonNode peer =
        JSON.valueToTree(
            Map.of("query", Map.of("per_round", List.of(round(1, "recency", 2, 8), round(2, "recency", 3, 9), round(3, "recency", 9, 9)))));
    JsonNode fahras =
        JSON.valueToTree(
            Map.of("query", Map.of("per_round", List.of(round(3, "d", 3, 3), round(1, "d", 1, 4), round(2, "d", 1, 3)))));
    PeerFigures.Spread spread = PeerFigures.perRound(peer, fahras, (p, f) -> PeerFigures.ms(p, "recency", "p50_ms") / PeerFigures.ms(f, "d", "p50_ms"));
    assertEquals(List.of(2.0, 3.0, 3.0), spread.values());
    assertEquals(3.0, spread.median());
    assertEquals(2.0, spread.min());
    assertEquals(3.0, spread.max());
    assertEquals(2.5, PeerFigures.Spread.of(List.of(3.0, 2.0)).median());
  }

  @Test
  void indexingPairsRepetitions() {
    JsonNode peer = JSON.valueToTree(Map.of("indexing", Map.of("runs", List.of(Map.of("documents_per_second", 4000), Map.of("documents_per_second", 5000)))));
    JsonNode fahras = JSON.valueToTree(Map.of("indexing", Map.of("runs", List.of(Map.of("documents_per_second", 1000), Map.of("documents_per_second", 1500)))));
    assertEquals(List.of(0.25, 0.3), PeerFigures.indexing(peer, fahras).values());
  }

  @Test
  void theTableShowsTheSpreadInItsOwnReading() throws Exception {
    Report report = new Report();
    report.ratio("query_p50_fahras_vs_solr", 1.25);
    report.spread("query_p50_fahras_vs_solr", 1.0, 2.0);
    report.goal("query_p50_fahras_vs_solr", true, 1.0);
    report.row("Solr: search p50, ms", "1.25", "1.00", "query_p50_fahras_vs_solr");
    report.ratio("opensearch_p50_fahras_vs_bm25", 1.1);
    report.spread("opensearch_p50_fahras_vs_bm25", 1.05, 1.2);
    report.goal("opensearch_p50_fahras_vs_bm25", false, 1.3);
    report.row("plugin p50", "1.00", "1.10", "opensearch_p50_fahras_vs_bm25");
    report.ratio("opensearch_p50_function_score_vs_fahras", 4.0);
    report.spread("opensearch_p50_function_score_vs_fahras", 2.0, 5.0);
    report.goal("opensearch_p50_function_score_vs_fahras", true, 1.0);
    report.row("function_score p50", "4.00", "1.00", "opensearch_p50_function_score_vs_fahras");
    report.write(folder);
    String md = Files.readString(folder.resolve("latest.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("| Solr: search p50, ms | 1.25 | 1.00 | 0.80× (0.50–1.00) | ≤ 1.00 ✅ |"), md);
    assertTrue(md.contains("| plugin p50 | 1.00 | 1.10 | 1.10× (1.05–1.20) | ≤ 1.30 ✅ |"), md);
    assertTrue(md.contains("| function_score p50 | 4.00 | 1.00 | 0.25× (0.20–0.50) | ≤ 1.00 ✅ |"), md);
    JsonNode json = JSON.readTree(folder.resolve("latest.json").toFile());
    assertEquals(4.0, json.at("/ratios/opensearch_p50_function_score_vs_fahras").asDouble());
  }

  @Test
  void enginesTakeTurnsTheFirstRotating() {
    List<String> engines = List.of("fahras", "solr", "opensearch");
    assertEquals(engines, PeerStage.rotated(engines, 0));
    assertEquals(List.of("solr", "opensearch", "fahras"), PeerStage.rotated(engines, 1));
    assertEquals(List.of("opensearch", "fahras", "solr"), PeerStage.rotated(engines, 5));
  }

  private static FahrasSide.Ranked hit(String id, float score) {
    return new FahrasSide.Ranked(id, score);
  }

  @Test
  void topKAgreementTellsTiesFromDifferences() throws Exception {
    Path file = folder.resolve("fahras-top.tsv");
    Files.writeString(file, "0\t1\ta\t3.0\n0\t2\tb\t2.0\n1\t1\tc\t2.0\n1\t2\td\t2.0\n2\t1\te\t1.5\n", StandardCharsets.UTF_8);
    List<List<FahrasSide.Ranked>> openSearch = PluginFigures.readTop(file, 4);
    List<List<FahrasSide.Ranked>> embedded =
        List.of(
            List.of(hit("a", 3.00001f), hit("b", 2f)), // identical within float rounding
            List.of(hit("d", 2f), hit("c", 2f)), // a tie in another order
            List.of(hit("e", 1.6f)), // another score
            List.of()); // nothing on either side
    PluginFigures.Agreement agreement = PluginFigures.agreement(openSearch, embedded);
    assertEquals(2, agreement.identical());
    assertEquals(1, agreement.tieOrder());
    assertEquals(1, agreement.different());
    assertEquals(List.of("query 2, rank 1: OpenSearch Ranked[id=e, score=1.5], embedded Ranked[id=e, score=1.6]"),
        agreement.differences());
  }
}
