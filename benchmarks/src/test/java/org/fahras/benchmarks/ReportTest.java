package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code latest.md} says what produced it and reads every ratio one way: the Fahras column ÷ the baseline column, goals
 * included; {@code latest.json} keeps its ratio keys and values.
 */
class ReportTest {
  @TempDir Path folder;

  /** A report with a row of each kind the suite writes, figures from a real full run with peers. */
  private static Report sample() {
    Report report = new Report();
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", 2);
    machine.put("jdk", "25.0.3");
    machine.put("vm", "OpenJDK 64-Bit Server VM 25.0.3+9-LTS");
    machine.put("os", "Linux amd64");
    machine.put("max_heap_bytes", 6442450944L);
    machine.put("date", "2026-11-23T07:30:45.334573703Z");
    machine.put("mode", "full");
    machine.put("seed", 20240906L);
    report.put("machine", machine);
    report.ratio("indexing_fahras_vs_stock", 1102.0 / 5191.0);
    report.goal("indexing_fahras_vs_stock", true, 0.7);
    report.row("indexing 72,659 articles, 1 thread, docs/s", "5,191", "1,102", "indexing_fahras_vs_stock");
    report.ratio("indexing_fahras_2_threads_vs_1", 2.13);
    report.ratio("indexing_stock_2_threads_vs_1", 1.67);
    report.goal("indexing_fahras_2_threads_vs_1", true, 1.6);
    report.row("indexing speed-up, 2 threads ÷ 1 thread", "1.67×", "2.13×", "indexing_fahras_2_threads_vs_1");
    report.ratio("query_p50_dateaware_vs_bm25", 2.66 / 2.30);
    report.goal("query_p50_dateaware_vs_bm25", false, 1.2);
    report.row("search p50, ms (1,000,000 articles, BM25 → date-aware)", "2.30", "2.66", "query_p50_dateaware_vs_bm25");
    report.ratio("query_p50_fahras_vs_solr", 0.94 / 0.90);
    report.goal("query_p50_fahras_vs_solr", true, 1.0);
    report.row("Solr 9.10.1: search p50, ms (72,659 articles, recency → date-aware)", "0.94", "0.90", "query_p50_fahras_vs_solr");
    report.ratio("indexing_fahras_vs_solr", 1102.0 / 3985.0);
    report.goal("indexing_fahras_vs_solr", true, 1.0);
    report.row("Solr 9.10.1: indexing 72,659 articles, 1 thread, docs/s", "3,985", "1,102", "indexing_fahras_vs_solr");
    report.row("temporal tagger, MB/s", "", "41.1", "");
    report.note("Peer rows: the baseline column is the peer.");
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put("corpus_load", 3.2);
    seconds.put("analysis_and_tagger", 81.5);
    seconds.put("query_index_obtain", 567.9);
    seconds.put("total", 1189.3);
    report.put("seconds", seconds);
    return report;
  }

  /** The cells of each table row: figure, baseline, Fahras, ratio, goal. */
  private static List<String[]> rows(String md) {
    List<String[]> rows = new ArrayList<>();
    for (String line : md.split("\n")) {
      if (line.startsWith("| ") && !line.startsWith("| figure") && !line.startsWith("| ---")) {
        String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
        rows.add(cells);
      }
    }
    return rows;
  }

  private static double number(String cell) {
    return Double.parseDouble(cell.replace(",", "").replace("×", ""));
  }

  @Test
  void theReportSaysWhatProducedItAndReadsEveryRatioOneWay() throws Exception {
    sample().write(folder);
    String md = Files.readString(folder.resolve("latest.md"), StandardCharsets.UTF_8);
    List<String> lines = md.lines().toList();

    assertTrue(lines.get(0).startsWith("Produced by `"), lines.get(0));
    assertTrue(lines.get(0).contains(" on 2026-11-23 07:30 UTC (19 min 49 s), full mode, seed 20240906."), lines.get(0));
    assertEquals("Machine: Linux amd64, 2 cores, JDK 25.0.3 (OpenJDK 64-Bit Server VM 25.0.3+9-LTS), 6.0 GB heap.",
        lines.get(1));
    assertEquals(1, md.split("Fahras column ÷ the baseline column", -1).length - 1, "the reading is said once");
    assertTrue(md.indexOf(Report.READING) < md.indexOf("| figure |"), "the reading comes before the table");
    assertFalse(md.contains("> 1 when Fahras is better"), md);

    for (String[] row : rows(md)) {
      if (row[3].isEmpty()) {
        continue;
      }
      double expected = number(row[2]) / number(row[1]);
      assertEquals(expected, number(row[3]), 0.02 * expected, "Fahras ÷ baseline in: " + String.join(" | ", row));
    }
    Map<String, String> goals = new LinkedHashMap<>();
    for (String[] row : rows(md)) {
      goals.put(row[0], row[4]);
    }
    assertEquals("≥ 0.70 ❌", goals.get("indexing 72,659 articles, 1 thread, docs/s"));
    assertEquals("Fahras ≥ 1.60× ✅", goals.get("indexing speed-up, 2 threads ÷ 1 thread"));
    assertEquals("≤ 1.20 ✅", goals.get("search p50, ms (1,000,000 articles, BM25 → date-aware)"));
    assertEquals("≤ 1.00 ✅", goals.get("Solr 9.10.1: search p50, ms (72,659 articles, recency → date-aware)"));
    assertEquals("≥ 1.00 ❌", goals.get("Solr 9.10.1: indexing 72,659 articles, 1 thread, docs/s"));

    assertTrue(md.contains("Stage times: loading the corpus 3 s, analysis and tagger 1 min 22 s, query index (built, or"
        + " loaded when cached) 9 min 28 s, total 19 min 49 s."), md);
    assertFalse(md.contains("corpus_load="), md);
  }

  @Test
  void theJsonKeepsItsRatioKeysAndValues() throws Exception {
    sample().write(folder);
    JsonNode json = new ObjectMapper().readTree(folder.resolve("latest.json").toFile());
    List<String> keys = new ArrayList<>();
    json.get("ratios").fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("indexing_fahras_vs_stock", "indexing_fahras_2_threads_vs_1", "indexing_stock_2_threads_vs_1",
        "query_p50_dateaware_vs_bm25", "query_p50_fahras_vs_solr", "indexing_fahras_vs_solr"), keys);
    assertEquals(0.94 / 0.90, json.get("ratios").get("query_p50_fahras_vs_solr").asDouble(), 1e-12);
    assertTrue(json.has("command"), json.toString());
  }

  @Test
  void durationsReadAsMinutesAndSeconds() {
    assertEquals("48 s", Report.duration(48.4));
    assertEquals("5 min 5 s", Report.duration(305.1));
    assertEquals("1 h 2 min", Report.duration(3725));
  }
}
