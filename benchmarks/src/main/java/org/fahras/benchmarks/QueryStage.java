package org.fahras.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.internal.index.Schema;
import org.fahras.internal.search.QueryReader;
import org.fahras.internal.search.Searcher;
import org.fahras.peers.Latencies;
import org.fahras.peers.Text;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;
import org.fahras.time.TemporalTagger;

/**
 * Query latency, BM25 alone against date-aware ranking, on the {@link QueryIndex}, over a seeded {@link QueryLog}.
 *
 * <p>First every query of the log is checked: the engine's top k (through {@link Searcher}, and through the date-aware
 * query with Lucene's top-k collector) must be exactly the top k of BM25 + date computed by scoring every match. Then the log is timed in
 * several rounds, each in a new seeded order, with BM25 and date-aware runs of the same query back to back (their
 * order alternating), so noise from the shared machine falls on both alike. Two levels are timed:
 *
 * <ul>
 *   <li><b>search</b>: {@link Searcher#search}, what {@code Fahras.search} runs (parsing, ranking, reading the stored
 *       fields of the hits; no snippets, no collapse, so ranking is what differs);
 *   <li><b>ranking</b>: only the ranking of an already parsed query: Lucene's top-k collector on the BM25 query
 *       against the same collector on the {@link org.fahras.search.DateAwareQuery}.
 * </ul>
 *
 * <p>The query cache is off, so repeated rounds do not turn the mention filter into a cached bit set.
 */
final class QueryStage {
  /** Hits asked for, as the CLI shows by default. */
  static final int K = 10;

  private static final double HALF_LIFE_DAYS = 30;
  private static final double TIE_TOLERANCE = 1e-5;
  private static final int MISMATCHES_KEPT = 20;
  private static final String[] VARIANTS = {"search_bm25", "search_dateaware", "ranking_bm25", "ranking_dateaware"};

  /**
   * What the stage measured.
   *
   * @param topkIdentical "n/n": queries whose top k equals the exhaustive one, document for document
   * @param topkIdenticalWithinFloatTies queries whose top-k scores equal the exhaustive ones within {@value
   *     #TIE_TOLERANCE} (relative) at every rank: differences only in the order of float ties
   * @param mismatches the queries that were not identical, for inspection
   * @param documentsMatchingByKind documents matching, summed per kind of query
   * @param scoredShare documents the date-aware query had scored and collected / documents matching, over the whole log
   * @param scoredShareByKind the same per kind of query
   * @param latency per variant, over the whole log
   * @param latencyByKind per kind of query, per variant
   * @param log the queries, so a run can be reproduced and a mismatch inspected
   */
  record Result(
      int queries,
      int queriesWithIntent,
      String topkIdentical,
      String topkIdenticalWithinFloatTies,
      List<String> mismatches,
      long documentsMatching,
      long documentsScored,
      Map<QueryLog.Kind, Long> documentsMatchingByKind,
      double scoredShare,
      Map<QueryLog.Kind, Double> scoredShareByKind,
      Map<String, Latencies.Summary> latency,
      Map<QueryLog.Kind, Map<String, Latencies.Summary>> latencyByKind,
      int rounds,
      int segments,
      List<QueryLog.Query> log,
      double verifySeconds,
      double timingSeconds) {}

  private final QueryIndex index;
  private final SuiteSettings settings;
  private final List<Article> corpus;

  /** @param corpus the articles the query log's words are drawn from */
  QueryStage(QueryIndex index, SuiteSettings settings, List<Article> corpus) {
    this.index = index;
    this.settings = settings;
    this.corpus = corpus;
  }

  /** Checks the log's top k, then times it. */
  Result run() throws IOException {
    try (FSDirectory directory = FSDirectory.open(index.folder());
        DirectoryReader reader = DirectoryReader.open(directory);
        Analyzer analyzer = new Schema(AnalyzerProfile.FAHRAS).newAnalyzer()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      TemporalTagger tagger = new TemporalTagger();
      QueryReader queries = new QueryReader(tagger);
      Searcher engine = new Searcher(new Schema(AnalyzerProfile.FAHRAS), analyzer, tagger);
      Searcher.MentionsQuery mentions = Schema::newMentionsWithinQuery;
      List<QueryLog.Query> log =
          QueryLog.generate(
              corpus,
              settings.queriesPerType(),
              settings.seed(),
              query -> RankedQuery.isPlainText(queries.read(query.text(), index.asOf())));

      List<RankedQuery> ranked = new ArrayList<>();
      List<SearchRequest> bm25 = new ArrayList<>();
      List<SearchRequest> dateAware = new ArrayList<>();
      int withIntent = 0;
      for (QueryLog.Query query : log) {
        SearchRequest dateAwareRequest = request(query).build();
        SearchRequest bm25Request = request(query).recencyWeight(0).intentWeights(0, 0).build();
        boolean intent = queries.read(query.text(), index.asOf()).intent() != null;
        RankedQuery one =
            new RankedQuery(
                searcher, engine.query(bm25Request, mentions), engine.query(dateAwareRequest, mentions), intent, K);
        ranked.add(one);
        withIntent += one.hasIntent() ? 1 : 0;
        bm25.add(bm25Request);
        dateAware.add(dateAwareRequest);
      }

      long start = System.nanoTime();
      Verification verification = verify(searcher, engine, log, ranked, dateAware);
      double verifySeconds = (System.nanoTime() - start) / 1e9;
      Progress.say("top-k identical for %d/%d queries (%.0f s)", verification.identical, log.size(), verifySeconds);

      start = System.nanoTime();
      Map<String, Latencies> all = new LinkedHashMap<>();
      Map<QueryLog.Kind, Map<String, Latencies>> byKind = new EnumMap<>(QueryLog.Kind.class);
      for (String variant : VARIANTS) {
        all.put(variant, new Latencies());
      }
      for (QueryLog.Kind kind : QueryLog.Kind.values()) {
        Map<String, Latencies> perVariant = new LinkedHashMap<>();
        for (String variant : VARIANTS) {
          perVariant.put(variant, new Latencies());
        }
        byKind.put(kind, perVariant);
      }
      SplittableRandom order = new SplittableRandom(settings.seed());
      // Round 0 warms the JIT and the page cache up and is not recorded.
      for (int round = 0; round <= settings.queryRounds(); round++) {
        int[] permutation = Text.shuffled(log.size(), order);
        for (int position = 0; position < permutation.length; position++) {
          int q = permutation[position];
          long[] nanos = timeOne(searcher, engine, ranked.get(q), bm25.get(q), dateAware.get(q), position % 2 == 0);
          if (round > 0) {
            for (int v = 0; v < VARIANTS.length; v++) {
              all.get(VARIANTS[v]).add(nanos[v]);
              byKind.get(log.get(q).kind()).get(VARIANTS[v]).add(nanos[v]);
            }
          }
        }
      }
      double timingSeconds = (System.nanoTime() - start) / 1e9;

      Map<String, Latencies.Summary> latency = new LinkedHashMap<>();
      all.forEach((variant, latencies) -> latency.put(variant, latencies.summary()));
      Map<QueryLog.Kind, Map<String, Latencies.Summary>> latencyByKind = new EnumMap<>(QueryLog.Kind.class);
      byKind.forEach(
          (kind, perVariant) -> {
            Map<String, Latencies.Summary> summaries = new LinkedHashMap<>();
            perVariant.forEach((variant, latencies) -> summaries.put(variant, latencies.summary()));
            latencyByKind.put(kind, summaries);
          });
      return new Result(
          log.size(),
          withIntent,
          verification.identical + "/" + log.size(),
          verification.withinTies + "/" + log.size(),
          verification.mismatches,
          verification.matching,
          verification.scored,
          verification.matchingByKind(),
          verification.matching == 0 ? Double.NaN : (double) verification.scored / verification.matching,
          verification.shareByKind(),
          latency,
          latencyByKind,
          settings.queryRounds(),
          reader.leaves().size(),
          log,
          verifySeconds,
          timingSeconds);
    }
  }

  private SearchRequest.Builder request(QueryLog.Query query) {
    return SearchRequest.builder(query.text(), index.asOf())
        .limit(K)
        .recencyHalfLifeDays(HALF_LIFE_DAYS)
        .requireAllWords(query.requireAllWords())
        .collapseDuplicates(false)
        .snippets(false);
  }

  /** Runs the four variants of one query; BM25 first or date-aware first as {@code bm25First} says. */
  private static long[] timeOne(
      IndexSearcher searcher,
      Searcher engine,
      RankedQuery ranked,
      SearchRequest bm25,
      SearchRequest dateAware,
      boolean bm25First)
      throws IOException {
    long[] nanos = new long[VARIANTS.length];
    for (int turn = 0; turn < 2; turn++) {
      boolean textOnly = (turn == 0) == bm25First;
      long start = System.nanoTime();
      int hits = engine.search(searcher, textOnly ? bm25 : dateAware).hits().size();
      long searched = System.nanoTime();
      int ranks = textOnly ? ranked.bm25().scoreDocs.length : ranked.dateAware().scoreDocs.length;
      long end = System.nanoTime();
      nanos[textOnly ? 0 : 1] = searched - start;
      nanos[textOnly ? 2 : 3] = end - searched;
      if (hits != ranks) {
        throw new IllegalStateException("the engine and the ranking disagree on the number of hits: " + hits + " vs " + ranks);
      }
    }
    return nanos;
  }

  /** Compares every query's top k with the exhaustive one and counts what the collector scored. */
  private static Verification verify(
      IndexSearcher searcher,
      Searcher engine,
      List<QueryLog.Query> log,
      List<RankedQuery> ranked,
      List<SearchRequest> dateAware)
      throws IOException {
    Verification verification = new Verification();
    for (int q = 0; q < ranked.size(); q++) {
      RankedQuery query = ranked.get(q);
      ScoreDoc[] expected = query.exhaustive().scoreDocs;
      TopDocs collected = query.dateAware();
      List<Hit> hits = engine.search(searcher, dateAware.get(q)).hits();
      boolean identical = expected.length == collected.scoreDocs.length && expected.length == hits.size();
      boolean withinTies = expected.length == collected.scoreDocs.length;
      for (int i = 0; withinTies && i < expected.length; i++) {
        ScoreDoc got = collected.scoreDocs[i];
        identical &=
            got.doc == expected[i].doc
                && got.score == expected[i].score
                && hits.get(i).id().equals(idOf(searcher, expected[i].doc));
        withinTies &= Math.abs(got.score - expected[i].score) <= TIE_TOLERANCE * Math.max(1, Math.abs(expected[i].score));
      }
      int matching = query.matches();
      verification.count(log.get(q).kind(), matching, collected.totalHits.value());
      if (identical) {
        verification.identical++;
      } else if (verification.mismatches.size() < MISMATCHES_KEPT) {
        verification.mismatches.add(log.get(q).text());
      }
      if (identical || withinTies) {
        verification.withinTies++;
      }
    }
    return verification;
  }

  private static String idOf(IndexSearcher searcher, int doc) throws IOException {
    return searcher.storedFields().document(doc, Set.of(Schema.ID)).get(Schema.ID);
  }

  /** Running counts of the verification pass. */
  private static final class Verification {
    int identical;
    int withinTies;
    final List<String> mismatches = new ArrayList<>();
    long matching;
    long scored;
    final Map<QueryLog.Kind, long[]> byKind = new EnumMap<>(QueryLog.Kind.class);

    void count(QueryLog.Kind kind, long matches, long collected) {
      matching += matches;
      scored += collected;
      long[] counts = byKind.computeIfAbsent(kind, k -> new long[2]);
      counts[0] += matches;
      counts[1] += collected;
    }

    Map<QueryLog.Kind, Long> matchingByKind() {
      Map<QueryLog.Kind, Long> matches = new EnumMap<>(QueryLog.Kind.class);
      byKind.forEach((kind, counts) -> matches.put(kind, counts[0]));
      return matches;
    }

    Map<QueryLog.Kind, Double> shareByKind() {
      Map<QueryLog.Kind, Double> shares = new EnumMap<>(QueryLog.Kind.class);
      byKind.forEach((kind, counts) -> shares.put(kind, counts[0] == 0 ? Double.NaN : (double) counts[1] / counts[0]));
      return shares;
    }
  }
}
