package org.fahras.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * Puts the peer engines in the report: their raw figures beside the Fahras figures they are compared with, the ratios
 * {@code indexing_fahras_vs_<engine>}, {@code query_p50_fahras_vs_<engine>}, {@code query_p99_fahras_vs_<engine>}
 * (date-aware Fahras against the peer's recency ranking) and {@code query_p50_bm25_fahras_vs_<engine>},
 * {@code query_p99_bm25_fahras_vs_<engine>} (BM25 alone on both sides), their rows in the table, and the OpenSearch
 * plugin's own figures ({@link PluginFigures}).
 *
 * <p>Every peer ratio reads "> 1 means Fahras is better": throughput is Fahras ÷ peer, latency is peer ÷ Fahras.
 * Each is computed per indexing repetition or query round, pairing Fahras's repetition or round N with the peer's,
 * which ran moments apart ({@link PeerStage}); {@code latest.json} holds the median over them, and the peers section
 * holds min, median, max and every value. Indexing compares each on the same first articles of the corpus; queries
 * compare the {@code Searcher.search} level of Fahras (parsing, ranking, reading the hits' stored fields) with a full
 * request to the peer, on indexes of the same whole corpus, over the same log in the same orders.
 */
final class PeerFigures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PeerFigures() {}

  /** A ratio over repetitions or rounds: median, min, max, and each one's value in order. */
  record Spread(double median, double min, double max, List<Double> values) {
    static Spread of(List<Double> values) {
      if (values.isEmpty()) {
        return new Spread(Double.NaN, Double.NaN, Double.NaN, values);
      }
      List<Double> sorted = values.stream().sorted().toList();
      int n = sorted.size();
      double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
      return new Spread(median, sorted.getFirst(), sorted.getLast(), List.copyOf(values));
    }

    Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("median", median);
      map.put("min", min);
      map.put("max", max);
      map.put("values", values);
      return map;
    }
  }

  /**
   * One ratio per round: {@code ratio(peerRound, fahrasRound)} over the rounds both have, paired by number.
   *
   * @param peer a peer's figures
   * @param fahras Fahras's, in the same shape
   */
  static Spread perRound(JsonNode peer, JsonNode fahras, ToDoubleBiFunction<JsonNode, JsonNode> ratio) {
    Map<Integer, JsonNode> fahrasRounds = new LinkedHashMap<>();
    fahras.at("/query/per_round").forEach(round -> fahrasRounds.put(round.get("round").asInt(), round));
    List<Double> values = new ArrayList<>();
    for (JsonNode round : peer.at("/query/per_round")) {
      JsonNode other = fahrasRounds.get(round.get("round").asInt());
      if (other != null) {
        values.add(ratio.applyAsDouble(round, other));
      }
    }
    return Spread.of(values);
  }

  /** One ratio per round of one engine's own variants (say the OpenSearch plugin's two rankings). */
  static Spread perRound(JsonNode figures, ToDoubleBiFunction<JsonNode, JsonNode> ratio) {
    List<Double> values = new ArrayList<>();
    figures.at("/query/per_round").forEach(round -> values.add(ratio.applyAsDouble(round, round)));
    return Spread.of(values);
  }

  /** Fahras's docs/s ÷ the peer's, repetition by repetition. */
  static Spread indexing(JsonNode peer, JsonNode fahras) {
    JsonNode peerRuns = peer.at("/indexing/runs");
    JsonNode fahrasRuns = fahras.at("/indexing/runs");
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < Math.min(peerRuns.size(), fahrasRuns.size()); i++) {
      values.add(fahrasRuns.get(i).get("documents_per_second").asDouble() / peerRuns.get(i).get("documents_per_second").asDouble());
    }
    return Spread.of(values);
  }

  /** Records {@code spread} as ratio {@code name}: its median in the ratios, min–max in the table. */
  static void ratio(Report report, Map<String, Object> spreads, String name, Spread spread) {
    report.ratio(name, spread.median());
    report.spread(name, spread.min(), spread.max());
    spreads.put(name, spread.toMap());
  }

  /** The per-variant p50 or p99 of one round. */
  static double ms(JsonNode round, String variant, String percentile) {
    return round.get(variant).get(percentile).asDouble();
  }

  /**
   * @param index the Fahras index of the whole corpus the peers are compared on
   * @param queries the query stage on {@code index} (its top-k check and counts)
   * @param stage what the interleaved peer stage measured
   */
  static void add(Report report, QueryIndex index, QueryStage.Result queries, PeerStage.Result stage, double seconds) {
    JsonNode fahras = JSON.valueToTree(stage.fahras());
    JsonNode fahrasRuns = fahras.at("/indexing/runs");
    double fahrasBest = 0;
    for (JsonNode run : fahrasRuns) {
      fahrasBest = Math.max(fahrasBest, run.get("documents_per_second").asDouble());
    }
    int timedDocs = fahras.at("/indexing/documents").asInt();
    JsonNode bm25 = fahras.at("/query/" + FahrasSide.BM25);
    JsonNode dateAware = fahras.at("/query/" + FahrasSide.DATE_AWARE);

    Map<String, Object> fahrasSection = new LinkedHashMap<>();
    fahrasSection.put("indexing_documents", timedDocs);
    fahrasSection.put("indexing_documents_per_second", fahrasBest);
    fahrasSection.put("query_index_articles", index.articles());
    fahrasSection.put("query_index_cached", index.cached());
    fahrasSection.put("documents_matching", queries.documentsMatching());
    fahrasSection.put("documents_matching_by_kind", queries.documentsMatchingByKind());
    fahrasSection.put("topk_identical", queries.topkIdentical());
    fahrasSection.put("search_bm25", bm25);
    fahrasSection.put("search_dateaware", dateAware);
    fahrasSection.put("interleaved", fahras);
    Map<String, Object> engines = new LinkedHashMap<>();
    for (PeerStage.Outcome outcome : stage.outcomes()) {
      engines.put(outcome.engine(), outcome.ok() ? outcome.figures() : Map.of("status", "failed", "reason", outcome.failure()));
    }
    Map<String, Object> spreads = new LinkedHashMap<>();
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("status", "run");
    section.put("seconds", seconds);
    section.put("interleaving", Map.of("indexing_repetitions", stage.repetitions(), "query_rounds", stage.rounds()));
    section.put("fahras", fahrasSection);
    section.put("engines", engines);
    section.put("ratios_over_rounds", spreads);
    report.put("peers", section);

    String articles = String.format(Locale.ROOT, "%,d", index.articles());
    for (PeerStage.Outcome outcome : stage.outcomes()) {
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
      ratio(report, spreads, "indexing" + ratio, indexing(peer, fahras));
      ratio(report, spreads, "query_p50" + ratio,
          perRound(peer, fahras, (p, f) -> ms(p, "recency", "p50_ms") / ms(f, FahrasSide.DATE_AWARE, "p50_ms")));
      ratio(report, spreads, "query_p99" + ratio,
          perRound(peer, fahras, (p, f) -> ms(p, "recency", "p99_ms") / ms(f, FahrasSide.DATE_AWARE, "p99_ms")));
      ratio(report, spreads, "query_p50_bm25" + ratio,
          perRound(peer, fahras, (p, f) -> ms(p, "bm25", "p50_ms") / ms(f, FahrasSide.BM25, "p50_ms")));
      ratio(report, spreads, "query_p99_bm25" + ratio,
          perRound(peer, fahras, (p, f) -> ms(p, "bm25", "p99_ms") / ms(f, FahrasSide.BM25, "p99_ms")));
      for (String goal : new String[] {"indexing", "query_p50", "query_p99"}) {
        report.goal(goal + ratio, true, 1.0);
      }
      report.row(
          String.format(Locale.ROOT, "%s: indexing %,d articles, 1 thread, docs/s", name, timedDocs),
          Report.format(peerIndexing),
          Report.format(fahrasBest),
          "indexing" + ratio);
      report.row(
          name + ": search p50, ms (" + articles + " articles, recency → date-aware)",
          QueryFigures.ms(peerRecency.get("p50_ms").asDouble()),
          QueryFigures.ms(dateAware.get("p50_ms").asDouble()),
          "query_p50" + ratio);
      report.row(name + ": search p99, ms (recency → date-aware)", QueryFigures.ms(peerRecency.get("p99_ms").asDouble()),
          QueryFigures.ms(dateAware.get("p99_ms").asDouble()), "query_p99" + ratio);
      report.row(name + ": search p50, ms (BM25 alone)", QueryFigures.ms(peerBm25.get("p50_ms").asDouble()),
          QueryFigures.ms(bm25.get("p50_ms").asDouble()), "query_p50_bm25" + ratio);
      report.row(name + ": search p99, ms (BM25 alone)", QueryFigures.ms(peerBm25.get("p99_ms").asDouble()),
          QueryFigures.ms(bm25.get("p99_ms").asDouble()), "query_p99_bm25" + ratio);
      report.row(
          name + ": documents the log matches",
          String.format(Locale.ROOT, "%,d", peer.at("/query/documents_matching").asLong()),
          String.format(Locale.ROOT, "%,d", queries.documentsMatching()),
          "");
      if (peer.has("fahras_plugin")) {
        PluginFigures.add(report, spreads, peer, stage, articles);
      }
    }
    report.note(
        "Peer rows: the baseline column is the peer, and the ratio column reads as every ratio does, Fahras ÷ peer"
            + " (ms below 1: Fahras answers faster; docs/s below 1: Fahras indexes slower). Engines ran interleaved: all started up front, then each"
            + " indexing repetition and each query round taken by every engine in turn (the first rotating), so a"
            + " ratio pairs runs seconds apart. A peer ratio is the median over the "
            + stage.repetitions()
            + " repetitions or "
            + stage.rounds()
            + " rounds of the per-repetition or per-round ratio, (min–max) beside it; the columns are each engine's"
            + " best repetition, or its percentiles over all rounds pooled. Indexing: the same first articles. Queries: "
            + articles
            + " articles (the whole corpus) in every engine, the same log in the same orders; Fahras at the"
            + " Searcher.search level, the peers through their in-process clients; all read the stored fields of the top "
            + QueryStage.K
            + "; the stock peers count hits exactly up to 1,000.");
    report.note(
        "Peer query semantics: words match title or body (Solr edismax, OpenSearch simple_query_string; Fahras also"
            + " matches exact forms and stem grams); AND = every word, phrase = phrase query; a temporal query is plain"
            + " words for the stock peers (no intent boost). Recency: Solr {!boost b=recip(ms(NOW,published),3.16e-11,1,1)}"
            + " (half at a year), OpenSearch function_score gauss on published (half at 30 days, undated documents"
            + " undecayed), both multiplicative and scoring every match; Fahras adds a 30-day half-life recency and intent"
            + " in its DateAwareQuery. Stock Arabic analysis for the stock peers.");
    report.note(matchesByKind(queries, stage.outcomes()));
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
