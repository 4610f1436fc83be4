package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.fahras.internal.search.Searcher;
import org.fahras.peers.Folders;
import org.fahras.peers.Latencies;
import org.fahras.peers.Text;
import org.fahras.search.SearchRequest;
import org.fahras.time.TemporalTagger;

/**
 * Fahras's turns in the peer stage, the same steps the peers take ({@code org.fahras.peers.PeerBench}), so that the
 * stage can alternate them with the peers' and every peer ratio compares steps run moments apart:
 *
 * <ul>
 *   <li>{@code warm-up} and {@code index N}: the whole Fahras pipeline on the first articles, one thread, as the
 *       indexing stage times it (a new index each repetition, timed from the first article to the close);
 *   <li>{@code round N}: one pass over the log on the Fahras index of the whole corpus at the {@link Searcher#search}
 *       level, BM25 alone and date-aware back to back, their order alternating, in the seeded order of round N that
 *       the peers use too; round 0 warms up and is not recorded.
 * </ul>
 *
 * <p>It also gives the embedded engine's date-aware top k of each query, which the OpenSearch plugin's must equal.
 */
final class FahrasSide implements AutoCloseable {
  /** The two variants, as the query stage names them. */
  static final String BM25 = "search_bm25";

  static final String DATE_AWARE = "search_dateaware";

  /** The recency half-life of the log's date-aware requests: the query stage's, and the plugin's default. */
  private static final double HALF_LIFE_DAYS = 30;

  /** One hit of a top k: the article id and its score. */
  record Ranked(String id, float score) {}

  private final List<Article> timedArticles;
  private final Path work;
  private final List<QueryLog.Query> log;
  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final Analyzer analyzer;
  private final IndexSearcher searcher;
  private final Searcher engine;
  private final List<SearchRequest> bm25 = new ArrayList<>();
  private final List<SearchRequest> dateAware = new ArrayList<>();
  private final SplittableRandom order;

  private final List<Map<String, Object>> indexingRuns = new ArrayList<>();
  private final Map<String, Latencies> all = new LinkedHashMap<>();
  private final List<Map<String, Object>> perRound = new ArrayList<>();
  private int nextRound;
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  /**
   * @param corpus the articles, in the order the peers read them
   * @param timedDocs articles of each timed indexing repetition (the first ones), as the peers are told
   * @param whole the Fahras index of the whole corpus the queries run on
   * @param log the query log
   */
  FahrasSide(List<Article> corpus, int timedDocs, QueryIndex whole, List<QueryLog.Query> log, SuiteSettings settings)
      throws IOException {
    this.timedArticles = corpus.subList(0, Math.min(timedDocs, corpus.size()));
    this.work = settings.work().resolve("peers").resolve("fahras");
    this.log = log;
    this.directory = FSDirectory.open(whole.folder());
    this.reader = DirectoryReader.open(directory);
    this.analyzer = new Schema(AnalyzerProfile.FAHRAS).newAnalyzer();
    this.searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    this.engine = new Searcher(new Schema(AnalyzerProfile.FAHRAS), analyzer, new TemporalTagger());
    for (QueryLog.Query query : log) {
      SearchRequest.Builder request =
          SearchRequest.builder(query.text(), whole.asOf())
              .limit(QueryStage.K)
              .recencyHalfLifeDays(HALF_LIFE_DAYS)
              .requireAllWords(query.requireAllWords())
              .collapseDuplicates(false)
              .snippets(false);
      dateAware.add(request.build());
      bm25.add(request.recencyWeight(0).intentWeights(0, 0).build());
    }
    this.order = new SplittableRandom(settings.seed());
    all.put(BM25, new Latencies());
    all.put(DATE_AWARE, new Latencies());
  }

  /** Indexes the warm-up articles, untimed, as the peers do. */
  String warmUp() throws IOException {
    long start = System.nanoTime();
    index(timedArticles.subList(0, Math.min(IndexingStage.WARM_UP_DOCS, timedArticles.size())));
    seconds.put("warm_up", (System.nanoTime() - start) / 1e9);
    return "warmed up";
  }

  /** Timed indexing repetition {@code repetition}. */
  String index(int repetition) throws IOException {
    double took = index(timedArticles);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("repetition", repetition);
    run.put("seconds", took);
    run.put("documents_per_second", timedArticles.size() / took);
    indexingRuns.add(run);
    Progress.say("peer fahras: indexing %,d articles, repetition %d: %.0f docs/s", timedArticles.size(), repetition,
        timedArticles.size() / took);
    return String.format(Locale.ROOT, "%.1f docs/s", timedArticles.size() / took);
  }

  private double index(List<Article> articles) throws IOException {
    Path folder = work.resolve("index");
    Folders.delete(folder);
    long start = System.nanoTime();
    try (IndexPipeline pipeline = IndexPipeline.Kind.FAHRAS.open(folder)) {
      ParallelFeed.feed(pipeline, articles.size(), articles::get, 1);
    }
    double took = (System.nanoTime() - start) / 1e9;
    Folders.delete(folder);
    return took;
  }

  /** One pass over the log; round 0 warms up and is not recorded. */
  String round(int round) throws IOException {
    if (round != nextRound++) {
      throw new IllegalStateException("round " + round + " out of order");
    }
    long start = System.nanoTime();
    Map<String, Latencies> thisRound = new LinkedHashMap<>();
    thisRound.put(BM25, new Latencies());
    thisRound.put(DATE_AWARE, new Latencies());
    int[] permutation = Text.shuffled(log.size(), order);
    for (int position = 0; position < permutation.length; position++) {
      int q = permutation[position];
      for (int turn = 0; turn < 2; turn++) {
        boolean textOnly = (turn == 0) == (position % 2 == 0);
        long searched = System.nanoTime();
        engine.search(searcher, textOnly ? bm25.get(q) : dateAware.get(q));
        long nanos = System.nanoTime() - searched;
        if (round > 0) {
          String variant = textOnly ? BM25 : DATE_AWARE;
          all.get(variant).add(nanos);
          thisRound.get(variant).add(nanos);
        }
      }
    }
    double took = (System.nanoTime() - start) / 1e9;
    if (round > 0) {
      perRound.add(Latencies.round(round, took, thisRound));
    }
    return String.format(Locale.ROOT, "round %d %.1f s", round, took);
  }

  /** Each query's date-aware top k on the embedded index (Lucene's top-k collector, as the engine ranks). */
  List<List<Ranked>> dateAwareTop() throws IOException {
    List<List<Ranked>> tops = new ArrayList<>(log.size());
    for (int q = 0; q < log.size(); q++) {
      RankedQuery ranked =
          new RankedQuery(
              searcher,
              engine.query(bm25.get(q), Schema::newMentionsWithinQuery),
              engine.query(dateAware.get(q), Schema::newMentionsWithinQuery),
              false,
              QueryStage.K);
      TopDocs top = ranked.dateAware();
      List<Ranked> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        hits.add(new Ranked(searcher.storedFields().document(hit.doc, Set.of(Schema.ID)).get(Schema.ID), hit.score));
      }
      tops.add(hits);
    }
    return tops;
  }

  /** Segments of the index the queries run on. */
  int segments() {
    return reader.leaves().size();
  }

  /** What this side measured, in the shape of a peer's figures: {@code indexing.runs}, {@code query.per_round}. */
  Map<String, Object> figures() {
    Map<String, Object> indexing = new LinkedHashMap<>();
    indexing.put("documents", timedArticles.size());
    indexing.put("threads", 1);
    indexing.put("runs", indexingRuns);
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("queries", log.size());
    query.put("segments", segments());
    all.forEach((variant, latencies) -> query.put(variant, latencies.summary().toMap()));
    query.put("per_round", perRound);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("indexing", indexing);
    figures.put("query", query);
    figures.put("seconds", seconds);
    return figures;
  }

  /** The pooled latencies of {@code variant} over every recorded round. */
  Latencies.Summary latency(String variant) {
    return all.get(variant).summary();
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
