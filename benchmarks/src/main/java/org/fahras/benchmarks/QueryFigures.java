package org.fahras.benchmarks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fahras.peers.Latencies;

/** Puts the query stage in the report: the index, the top-k check, the scored share, latencies and their ratios. */
final class QueryFigures {
  private QueryFigures() {}

  static void add(Report report, QueryIndex index, QueryStage.Result result) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("index_articles", index.articles());
    section.put("index_build_seconds", index.buildSeconds());
    section.put("index_cached", index.cached());
    section.put("as_of", index.asOf().toString());
    section.put("k", QueryStage.K);
    section.put("result", result);
    report.put("query", section);

    Latencies.Summary bm25 = result.latency().get("search_bm25");
    Latencies.Summary dateAware = result.latency().get("search_dateaware");
    Latencies.Summary rankBm25 = result.latency().get("ranking_bm25");
    Latencies.Summary rankDateAware = result.latency().get("ranking_dateaware");
    report.ratio("query_p50_dateaware_vs_bm25", dateAware.p50Ms() / bm25.p50Ms());
    report.ratio("query_p99_dateaware_vs_bm25", dateAware.p99Ms() / bm25.p99Ms());
    report.ratio("query_qps_dateaware_vs_bm25", dateAware.qps() / bm25.qps());
    report.ratio("ranking_p50_dateaware_vs_bm25", rankDateAware.p50Ms() / rankBm25.p50Ms());
    report.ratio("ranking_p99_dateaware_vs_bm25", rankDateAware.p99Ms() / rankBm25.p99Ms());
    report.goal("query_p50_dateaware_vs_bm25", false, 1.2);
    report.goal("query_p99_dateaware_vs_bm25", false, 1.2);

    String size = String.format(Locale.ROOT, "%,d", index.articles());
    report.row("search p50, ms (" + size + " articles, BM25 → date-aware)", ms(bm25.p50Ms()), ms(dateAware.p50Ms()), "query_p50_dateaware_vs_bm25");
    report.row("search p99, ms", ms(bm25.p99Ms()), ms(dateAware.p99Ms()), "query_p99_dateaware_vs_bm25");
    report.row("search QPS, 1 thread", Report.format(bm25.qps()), Report.format(dateAware.qps()), "query_qps_dateaware_vs_bm25");
    report.row("ranking only p50, ms", ms(rankBm25.p50Ms()), ms(rankDateAware.p50Ms()), "ranking_p50_dateaware_vs_bm25");
    report.row("ranking only p99, ms", ms(rankBm25.p99Ms()), ms(rankDateAware.p99Ms()), "ranking_p99_dateaware_vs_bm25");
    report.row(
        "top-k identical to exhaustive BM25+recency",
        "",
        result.topkIdentical() + " (within float ties: " + result.topkIdenticalWithinFloatTies() + ")",
        "");
    report.row(
        "matching documents the date-aware collector scored",
        "",
        String.format(Locale.ROOT, "%.1f%% (%,d of %,d)", 100 * result.scoredShare(), result.documentsScored(), result.documentsMatching()),
        "");
    StringBuilder byKind = new StringBuilder("Search p50 by kind of query, ms (BM25 → date-aware):");
    result
        .latencyByKind()
        .forEach(
            (kind, variants) ->
                byKind.append(
                    String.format(
                        Locale.ROOT,
                        " %s %.2f → %.2f;",
                        kind.name().toLowerCase(Locale.ROOT),
                        variants.get("search_bm25").p50Ms(),
                        variants.get("search_dateaware").p50Ms())));
    report.note(byKind.toString());
    report.note(
        String.format(
            Locale.ROOT,
            "Query log: %d queries (%d name a time), %d timed rounds, k=%d, %d segments; query index %s articles,"
                + " built in %.0f s%s.",
            result.queries(),
            result.queriesWithIntent(),
            result.rounds(),
            QueryStage.K,
            result.segments(),
            size,
            index.buildSeconds(),
            index.cached() ? " (cached by an earlier run)" : ""));
  }

  static String ms(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
