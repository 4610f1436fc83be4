package org.fahras.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fahras.peers.Latencies;

/**
 * Puts the peer engines in the report: their raw figures beside the Fahras figures they are compared with, the ratios
 * {@code indexing_fahras_vs_<engine>}, {@code query_p50_fahras_vs_<engine>}, {@code query_p99_fahras_vs_<engine>}
 * (date-aware Fahras against the peer's recency ranking) and {@code query_p50_bm25_fahras_vs_<engine>},
 * {@code query_p99_bm25_fahras_vs_<engine>} (BM25 alone on both sides), and their rows in the table.
 *
 * <p>Every peer ratio reads "> 1 means Fahras is better": throughput is Fahras ÷ peer, latency is peer ÷ Fahras.
 * Indexing compares the best single-thread run of each on the same first articles of the corpus; queries compare the
 * {@code Searcher.search} level of Fahras (parsing, ranking, reading the hits' stored fields) with a full request to
 * the peer, on indexes of the same whole corpus, over the same log in the same orders.
 */
final class PeerFigures {
  private PeerFigures() {}

  /**
   * @param indexing this run's indexing runs (the Fahras side of the indexing ratios)
   * @param index the Fahras index of the whole corpus the peers are compared on
   * @param queries the query stage on {@code index}
   */
  static void add(
      Report report,
      List<IndexingStage.Run> indexing,
      QueryIndex index,
      QueryStage.Result queries,
      List<PeerStage.Outcome> outcomes,
      double seconds) {
    IndexingStage.Run fahrasIndexing = IndexingFigures.find(indexing, IndexPipeline.Kind.FAHRAS.id(), 1);
    Latencies.Summary bm25 = queries.latency().get("search_bm25");
    Latencies.Summary dateAware = queries.latency().get("search_dateaware");

    Map<String, Object> fahras = new LinkedHashMap<>();
    fahras.put("indexing_documents", fahrasIndexing.documents());
    fahras.put("indexing_documents_per_second", fahrasIndexing.documentsPerSecond());
    fahras.put("query_index_articles", index.articles());
    fahras.put("query_index_cached", index.cached());
    fahras.put("documents_matching", queries.documentsMatching());
    fahras.put("documents_matching_by_kind", queries.documentsMatchingByKind());
    fahras.put("topk_identical", queries.topkIdentical());
    fahras.put("search_bm25", bm25);
    fahras.put("search_dateaware", dateAware);
    Map<String, Object> engines = new LinkedHashMap<>();
    for (PeerStage.Outcome outcome : outcomes) {
      engines.put(outcome.engine(), outcome.ok() ? outcome.figures() : Map.of("status", "failed", "reason", outcome.failure()));
    }
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("status", "run");
    section.put("seconds", seconds);
    section.put("fahras", fahras);
    section.put("engines", engines);
    report.put("peers", section);

    String articles = String.format(Locale.ROOT, "%,d", index.articles());
    for (PeerStage.Outcome outcome : outcomes) {
      String engine = outcome.engine();
      if (!outcome.ok()) {
        report.note("Peer " + engine + " failed: " + outcome.failure() + ".");
        continue;
      }
      JsonNode peer = outcome.figures();
      String name = peer.get("version").asText().replaceFirst(" on Lucene .*", "");
      double peerIndexing = peer.at("/indexing/documents_per_second").asDouble();
      JsonNode peerBm25 = peer.at("/query/bm25");
      JsonNode peerRecency = peer.at("/query/recency");
      String ratio = "_fahras_vs_" + engine;
      report.ratio("indexing" + ratio, fahrasIndexing.documentsPerSecond() / peerIndexing);
      report.ratio("query_p50" + ratio, peerRecency.get("p50_ms").asDouble() / dateAware.p50Ms());
      report.ratio("query_p99" + ratio, peerRecency.get("p99_ms").asDouble() / dateAware.p99Ms());
      report.ratio("query_p50_bm25" + ratio, peerBm25.get("p50_ms").asDouble() / bm25.p50Ms());
      report.ratio("query_p99_bm25" + ratio, peerBm25.get("p99_ms").asDouble() / bm25.p99Ms());
      for (String goal : new String[] {"indexing", "query_p50", "query_p99"}) {
        report.goal(goal + ratio, true, 1.0);
      }
      report.row(
          String.format(
              Locale.ROOT, "%s: indexing %,d articles, 1 thread, docs/s", name, fahrasIndexing.documents()),
          Report.format(peerIndexing),
          Report.format(fahrasIndexing.documentsPerSecond()),
          "indexing" + ratio);
      report.row(
          name + ": search p50, ms (" + articles + " articles, recency → date-aware)",
          QueryFigures.ms(peerRecency.get("p50_ms").asDouble()),
          QueryFigures.ms(dateAware.p50Ms()),
          "query_p50" + ratio);
      report.row(name + ": search p99, ms (recency → date-aware)", QueryFigures.ms(peerRecency.get("p99_ms").asDouble()), QueryFigures.ms(dateAware.p99Ms()), "query_p99" + ratio);
      report.row(name + ": search p50, ms (BM25 alone)", QueryFigures.ms(peerBm25.get("p50_ms").asDouble()), QueryFigures.ms(bm25.p50Ms()), "query_p50_bm25" + ratio);
      report.row(name + ": search p99, ms (BM25 alone)", QueryFigures.ms(peerBm25.get("p99_ms").asDouble()), QueryFigures.ms(bm25.p99Ms()), "query_p99_bm25" + ratio);
      report.row(
          name + ": documents the log matches",
          String.format(Locale.ROOT, "%,d", peer.at("/query/documents_matching").asLong()),
          String.format(Locale.ROOT, "%,d", queries.documentsMatching()),
          "");
    }
    report.note(
        "Peer rows: the baseline column is the peer. Indexing: best single-thread run of each on the same first"
            + " articles. Queries: "
            + articles
            + " articles (the whole corpus) in every engine, the same log in the same orders; Fahras at the"
            + " Searcher.search level, the peers through their in-process clients; all read the stored fields of the top "
            + QueryStage.K
            + " and count hits exactly up to 1,000.");
    report.note(
        "Peer query semantics: words match title or body (Solr edismax, OpenSearch simple_query_string; Fahras also"
            + " matches exact forms and stem grams); AND = every word, phrase = phrase query; a temporal query is plain"
            + " words for the peers (no intent boost). Recency: Solr {!boost b=recip(ms(NOW,published),3.16e-11,1,1)}"
            + " (half at a year), OpenSearch function_score gauss on published (half at 30 days, undated documents"
            + " undecayed), both multiplicative and scoring every match; Fahras adds a 30-day half-life recency and intent"
            + " in its collector. Stock Arabic analysis for both peers.");
    report.note(matchesByKind(queries, outcomes));
    report.note("Peer stage: " + Report.duration(seconds) + ".");
  }

  /** One line: documents each engine matches per kind of query, so a difference in query semantics shows. */
  private static String matchesByKind(QueryStage.Result queries, List<PeerStage.Outcome> outcomes) {
    StringBuilder line = new StringBuilder("Documents the log matches by kind of query (Fahras");
    for (PeerStage.Outcome outcome : outcomes) {
      if (outcome.ok()) {
        line.append(" / ").append(outcome.engine());
      }
    }
    line.append("):");
    queries
        .documentsMatchingByKind()
        .forEach(
            (kind, fahras) -> {
              String name = kind.name().toLowerCase(Locale.ROOT);
              line.append(String.format(Locale.ROOT, " %s %,d", name, fahras));
              for (PeerStage.Outcome outcome : outcomes) {
                if (outcome.ok()) {
                  line.append(String.format(
                      Locale.ROOT, " / %,d", outcome.figures().at("/query/documents_matching_by_kind/" + name).asLong()));
                }
              }
              line.append(';');
            });
    return line.toString();
  }
}
