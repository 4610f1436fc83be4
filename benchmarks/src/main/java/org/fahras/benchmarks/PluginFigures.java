package org.fahras.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Fahras plugin inside OpenSearch (the OpenSearch peer's second index, the README's mapping, sorted by {@code
 * published} newest first, {@code track_total_hits: false}): the {@code fahras} query against the same query with
 * recency off (BM25 alone over the same fields), and against {@code distance_feature} and {@code function_score}
 * recency over that BM25 query, each ratio per round of the OpenSearch JVM (its variants run back to back on every
 * query):
 *
 * <ul>
 *   <li>{@code opensearch_p50_fahras_vs_bm25}, {@code opensearch_p99_fahras_vs_bm25}: fahras ÷ fahras BM25, goal ≤ 1.3;
 *   <li>{@code opensearch_p50_distance_feature_vs_fahras}, {@code opensearch_p50_function_score_vs_fahras}: the
 *       alternative ÷ fahras, goal ≥ 1 (fahras faster).
 * </ul>
 *
 * <p>And the hits: each query's fahras top k from OpenSearch against the embedded engine's {@code DateAwareQuery} top
 * k on its own index of the same articles: identical (ids in order, scores within 1e-4 relative), identical but for
 * the order of tied scores (the two indexes number documents differently), or different; and the share of the
 * matching documents each ranking scored on OpenSearch's own path.
 */
final class PluginFigures {
  /** Scores equal to within this, relative: float rounding of one sum in another order. */
  private static final double TOLERANCE = 1e-4;

  private static final int DIFFERENCES_KEPT = 10;

  private PluginFigures() {}

  /** How the OpenSearch top k of the log compares with the embedded engine's. */
  record Agreement(int queries, int identical, int tieOrder, List<String> differences) {
    int different() {
      return queries - identical - tieOrder;
    }

    Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("queries", queries);
      map.put("identical", identical);
      map.put("identical_but_tie_order", tieOrder);
      map.put("different", different());
      map.put("differences", differences);
      return map;
    }
  }

  static void add(Report report, Map<String, Object> spreads, JsonNode peer, PeerStage.Result stage, String articles) {
    JsonNode plugin = peer.get("fahras_plugin");
    String name = peer.get("version").asText().replaceFirst(" on Lucene .*", "") + " + Fahras plugin";
    PeerFigures.ratio(report, spreads, "opensearch_p50_fahras_vs_bm25",
        PeerFigures.perRound(peer, (r, same) -> ms(r, "fahras", "p50_ms") / ms(r, "fahras_bm25", "p50_ms")));
    PeerFigures.ratio(report, spreads, "opensearch_p99_fahras_vs_bm25",
        PeerFigures.perRound(peer, (r, same) -> ms(r, "fahras", "p99_ms") / ms(r, "fahras_bm25", "p99_ms")));
    PeerFigures.ratio(report, spreads, "opensearch_p50_distance_feature_vs_fahras",
        PeerFigures.perRound(peer, (r, same) -> ms(r, "distance_feature", "p50_ms") / ms(r, "fahras", "p50_ms")));
    PeerFigures.ratio(report, spreads, "opensearch_p50_function_score_vs_fahras",
        PeerFigures.perRound(peer, (r, same) -> ms(r, "function_score", "p50_ms") / ms(r, "fahras", "p50_ms")));
    // Reported beside them, without a goal: the tails of the alternatives.
    spreads.put("opensearch_p99_distance_feature_vs_fahras",
        PeerFigures.perRound(peer, (r, same) -> ms(r, "distance_feature", "p99_ms") / ms(r, "fahras", "p99_ms")).toMap());
    spreads.put("opensearch_p99_function_score_vs_fahras",
        PeerFigures.perRound(peer, (r, same) -> ms(r, "function_score", "p99_ms") / ms(r, "fahras", "p99_ms")).toMap());
    // What counting hits costs: the same fahras query with OpenSearch's default count (10,000) and with every hit.
    boolean counts = peer.at("/query/per_round/0").has("fahras_count_all");
    if (counts) {
      PeerFigures.ratio(report, spreads, "opensearch_p50_fahras_count_10000_vs_count_false",
          PeerFigures.perRound(peer, (r, same) -> ms(r, "fahras_count_10000", "p50_ms") / ms(r, "fahras", "p50_ms")));
      PeerFigures.ratio(report, spreads, "opensearch_p50_fahras_count_all_vs_count_false",
          PeerFigures.perRound(peer, (r, same) -> ms(r, "fahras_count_all", "p50_ms") / ms(r, "fahras", "p50_ms")));
    }
    report.goal("opensearch_p50_fahras_vs_bm25", false, 1.3);
    report.goal("opensearch_p99_fahras_vs_bm25", false, 1.3);
    report.goal("opensearch_p50_distance_feature_vs_fahras", true, 1.0);
    report.goal("opensearch_p50_function_score_vs_fahras", true, 1.0);

    JsonNode query = peer.get("query");
    report.row(
        name + ": search p50, ms (" + articles + " articles, track_total_hits false; fahras BM25 → fahras with recency)",
        QueryFigures.ms(pooled(query, "fahras_bm25", "p50_ms")),
        QueryFigures.ms(pooled(query, "fahras", "p50_ms")),
        "opensearch_p50_fahras_vs_bm25");
    report.row(
        name + ": search p99, ms (fahras BM25 → fahras with recency)",
        QueryFigures.ms(pooled(query, "fahras_bm25", "p99_ms")),
        QueryFigures.ms(pooled(query, "fahras", "p99_ms")),
        "opensearch_p99_fahras_vs_bm25");
    report.row(
        name + ": search p50, ms (distance_feature recency → fahras with recency)",
        QueryFigures.ms(pooled(query, "distance_feature", "p50_ms")),
        QueryFigures.ms(pooled(query, "fahras", "p50_ms")),
        "opensearch_p50_distance_feature_vs_fahras");
    report.row(
        name + ": search p50, ms (function_score gauss recency → fahras with recency)",
        QueryFigures.ms(pooled(query, "function_score", "p50_ms")),
        QueryFigures.ms(pooled(query, "fahras", "p50_ms")),
        "opensearch_p50_function_score_vs_fahras");

    if (counts) {
      report.row(
          name + ": search p50, ms (fahras, track_total_hits false → default, exact up to 10,000)",
          QueryFigures.ms(pooled(query, "fahras", "p50_ms")),
          QueryFigures.ms(pooled(query, "fahras_count_10000", "p50_ms")),
          "opensearch_p50_fahras_count_10000_vs_count_false");
      report.row(
          name + ": search p50, ms (fahras, track_total_hits false → true)",
          QueryFigures.ms(pooled(query, "fahras", "p50_ms")),
          QueryFigures.ms(pooled(query, "fahras_count_all", "p50_ms")),
          "opensearch_p50_fahras_count_all_vs_count_false");
    }

    Agreement agreement = agreement(readTop(Path.of(plugin.get("top_file").asText()), stage.fahrasTop().size()), stage.fahrasTop());
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("top_k_against_embedded", agreement.toMap());
    section.put("embedded_segments", stage.fahrasSegments());
    report.put("opensearch_plugin", section);
    report.row(
        name + ": fahras top " + QueryStage.K + " = embedded DateAwareQuery top " + QueryStage.K
            + " (identical / + tied scores in another order)",
        "",
        String.format(Locale.ROOT, "%d/%d + %d", agreement.identical(), agreement.queries(), agreement.tieOrder()),
        "");
    JsonNode shares = plugin.get("scored_share");
    List<String> scored = new ArrayList<>();
    List<String> variants = new ArrayList<>();
    shares.fieldNames().forEachRemaining(variants::add);
    for (String variant : variants) {
      scored.add(percent(shares.get(variant)));
    }
    report.row(
        name + ": share of matching documents scored (" + String.join(" / ", variants) + ")",
        "",
        String.join(" / ", scored),
        "");
    report.note(
        "Fahras plugin in OpenSearch: the README's pipeline and mapping (plus a published_date date field, which"
            + " distance_feature needs) on one shard sorted by published desc, "
            + String.format(Locale.ROOT, "%,d", plugin.get("documents").asLong())
            + " articles in "
            + plugin.get("segments").asInt()
            + " segments; size "
            + QueryStage.K
            + ", track_total_hits false, the same stored fields read. fahras = the fahras query (recency half-life 30"
            + " days, temporal intent, as_of the corpus's newest day); fahras BM25 = the same with"
            + " recency_half_life_days 0, intent_weight 0, mention_weight 0; distance_feature = bool must fahras BM25,"
            + " should distance_feature on published_date (origin as_of, pivot 30d, boost 1); function_score ="
            + " fahras BM25 × gauss on published (origin as_of, scale 30 days, decay 0.5); fahras_count_10000 and"
            + " fahras_count_all = fahras with track_total_hits left at OpenSearch's default (exact up to 10,000) and"
            + " true. The share of matches scored"
            + " is the shard's own collected count (track_total_hits "
            + QueryStage.K
            + ", which prunes as false does) over the documents the text matches; top-k agreement: "
            + agreement.different()
            + " queries differ"
            + (agreement.differences().isEmpty() ? "" : " (first: " + agreement.differences().getFirst() + ")")
            + ".");
  }

  private static double ms(JsonNode round, String variant, String percentile) {
    return PeerFigures.ms(round, variant, percentile);
  }

  private static double pooled(JsonNode query, String variant, String percentile) {
    return query.get(variant).get(percentile).asDouble();
  }

  private static String percent(JsonNode share) {
    return share == null || share.isNull() ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share.asDouble());
  }

  /** The {@code fahras-top.tsv} the OpenSearch peer wrote: query number, rank, id, score. */
  static List<List<FahrasSide.Ranked>> readTop(Path file, int queries) {
    List<List<FahrasSide.Ranked>> tops = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      tops.add(new ArrayList<>());
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isEmpty()) {
          continue;
        }
        String[] parts = line.split("\t");
        tops.get(Integer.parseInt(parts[0])).add(new FahrasSide.Ranked(parts[2], Float.parseFloat(parts[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tops;
  }

  /** Compares the OpenSearch top k of each query with the embedded engine's. */
  static Agreement agreement(List<List<FahrasSide.Ranked>> openSearch, List<List<FahrasSide.Ranked>> embedded) {
    int identical = 0;
    int tieOrder = 0;
    List<String> differences = new ArrayList<>();
    for (int q = 0; q < embedded.size(); q++) {
      List<FahrasSide.Ranked> got = openSearch.get(q);
      List<FahrasSide.Ranked> expected = embedded.get(q);
      boolean sameScores = got.size() == expected.size();
      boolean sameIds = sameScores;
      int firstDifference = -1;
      for (int i = 0; sameScores && i < expected.size(); i++) {
        if (!close(got.get(i).score(), expected.get(i).score())) {
          sameScores = false;
          firstDifference = i;
        } else if (!got.get(i).id().equals(expected.get(i).id())) {
          sameIds = false;
          firstDifference = firstDifference < 0 ? i : firstDifference;
        }
      }
      if (sameScores && sameIds) {
        identical++;
      } else if (sameScores && tiesOnly(got, expected)) {
        tieOrder++;
      } else if (differences.size() < DIFFERENCES_KEPT) {
        int at = Math.max(0, firstDifference);
        differences.add(String.format(
            Locale.ROOT,
            "query %d, rank %d: OpenSearch %s, embedded %s",
            q,
            at + 1,
            at < got.size() ? got.get(at) : "none (" + got.size() + " hits)",
            at < expected.size() ? expected.get(at) : "none (" + expected.size() + " hits)"));
      }
    }
    return new Agreement(embedded.size(), identical, tieOrder, differences);
  }

  /**
   * True when every rank where the ids differ holds a score some other rank shares, and the ids at those tied ranks
   * are the same set but for the last tied group, which may continue past rank k in either engine.
   */
  private static boolean tiesOnly(List<FahrasSide.Ranked> got, List<FahrasSide.Ranked> expected) {
    int i = 0;
    while (i < expected.size()) {
      int end = i + 1;
      while (end < expected.size() && close(expected.get(end).score(), expected.get(i).score())) {
        end++;
      }
      List<String> a = got.subList(i, end).stream().map(FahrasSide.Ranked::id).sorted().toList();
      List<String> b = expected.subList(i, end).stream().map(FahrasSide.Ranked::id).sorted().toList();
      if (!a.equals(b) && end < expected.size()) {
        return false;
      }
      i = end;
    }
    return true;
  }

  private static boolean close(float a, float b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
  }
}
