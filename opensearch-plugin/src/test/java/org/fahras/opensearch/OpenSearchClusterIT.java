package org.fahras.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.fahras.Fahras;
import org.fahras.cli.FahrasCli;
import org.fahras.document.Article;
import org.fahras.document.ArticleReader;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;
import org.fahras.time.TemporalTagger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.index.IndexRequest;
import org.opensearch.transport.client.Client;
import picocli.CommandLine;

/**
 * Fahras inside a two-node OpenSearch cluster (in-process, the plugin loaded as it is installed) against the embedded
 * engine over the same articles: the seeds, plus {@value #CORPUS_ARTICLES} corpus articles when the shared data is
 * there. Runs under {@code -Popensearch}.
 */
class OpenSearchClusterIT {
  private static final String INDEX = "articles";
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final int CORPUS_ARTICLES = 3_000;
  private static final int TOP = 5;
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String STORY = "000_87a3e13852868658.txt";
  private static final String SYNDICATED = "002_bc552f09e0fe5583.txt";
  private static final String DIALOGUE = "004_9666a38df695f233.txt";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;
  private static OpenSearchRunner runner;
  private static Fahras embedded;
  private static Set<String> seedIds;
  private static URI http;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void indexBothEngines() throws Exception {
    TemporalTagger tagger = new TemporalTagger();
    List<Article> seeds = new ArrayList<>();
    ArticleReader.forInput(SEEDS, tagger::publicationDate).read(SEEDS, seeds::add, rejection -> {});
    assertEquals(5, seeds.size(), "the five seeds");
    seedIds = seeds.stream().map(Article::id).collect(Collectors.toSet());
    List<Article> articles = new ArrayList<>(seeds);
    articles.addAll(corpusArticles(tagger));

    embedded = Fahras.open(folder.resolve("embedded"));
    embedded.add(articles);
    embedded.commit();

    runner = new OpenSearchRunner();
    // The runner's nodes have no ingest role by default; the fahras_dates pipeline needs one.
    runner.onBuild(
        (number, settings) ->
            settings.putList("node.roles", "cluster_manager", "data", "ingest").put("logger.level", "WARN"));
    runner.build(
        OpenSearchRunner.newConfigs()
            .basePath(folder.resolve("opensearch").toString())
            .clusterName("fahras-it")
            .numOfNode(2)
            .pluginTypes(FahrasPlugin.class.getName()));
    runner.ensureYellow();
    http = URI.create("http://localhost:" + runner.node().settings().get("http.port") + "/");
    // The setup as the README gives it: the same JSON bodies, over HTTP.
    send("PUT", "_ingest/pipeline/fahras", resource("fahras-pipeline.json"));
    send("PUT", INDEX, resource("fahras-index.json"));
    runner.ensureGreen(INDEX);
    Client client = runner.client();
    for (int start = 0; start < articles.size(); start += 1_000) {
      BulkRequestBuilder bulk = client.prepareBulk();
      for (Article article : articles.subList(start, Math.min(articles.size(), start + 1_000))) {
        bulk.add(new IndexRequest(INDEX).id(article.id()).source(source(article)));
      }
      BulkResponse response = bulk.get();
      assertFalse(response.hasFailures(), response.buildFailureMessage());
    }
    client.admin().indices().prepareRefresh(INDEX).get();
  }

  /**
   * The first corpus articles of the smallest corpus file. Without the shared data the parity checks run on the seeds
   * alone, which a developer may accept; under CI (environment variable {@code CI} set) that is a failure, never a
   * smaller check.
   */
  private static List<Article> corpusArticles(TemporalTagger tagger) throws IOException {
    String shared = System.getProperty("fahras.shared");
    Path file = shared == null ? null : Path.of(shared, "corpus", "ant-v1.1-jawhara.jsonl.gz");
    List<Article> corpus = new ArrayList<>();
    if (file == null || !Files.isRegularFile(file)) {
      assertTrue(System.getenv("CI") == null, "CI is set but the shared corpus is missing: " + file);
      return corpus;
    }
    ArticleReader.forInput(file, tagger::publicationDate)
        .read(
            file,
            article -> {
              if (corpus.size() < CORPUS_ARTICLES) {
                corpus.add(article);
              }
            },
            rejection -> {});
    assertEquals(CORPUS_ARTICLES, corpus.size(), "corpus articles read from " + file);
    return corpus;
  }

  /** An article as the JSON a client sends: {@code published} as an ISO day, the pipeline does the rest. */
  private static Map<String, Object> source(Article article) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("title", article.title());
    source.put("body", article.body());
    article.sourceValue().ifPresent(value -> source.put("source", value));
    article.categoryValue().ifPresent(value -> source.put("category", value));
    article.urlValue().ifPresent(value -> source.put("url", value));
    article.publishedValue().ifPresent(day -> source.put("published", day.toString()));
    return source;
  }

  /** Sends {@code body} to the cluster's REST API and returns the response, which must be a success. */
  private static JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(http.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), method + " " + path + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = OpenSearchClusterIT.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void close() throws IOException {
    if (runner != null) {
      runner.close();
      runner.clean();
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  @Test
  void analyzeEqualsTheCliTokenForToken() throws Exception {
    List<String> texts =
        List.of(
            "أعلنت إسرائيل وآلاف المواطنين إلى الإمارات",
            "وبالكتاب والمكتبات للمدرسة فسيكتبونها",
            "قرأتُ الكِتَابَ في المدرســــة",
            "سحب القوات سبتمبر ٢٠٢٥ و ۱۲ أيلول 2025 NATO",
            "مسؤول رئيسة المؤتمر ﻻ يوجد");
    for (String text : texts) {
      List<String> fromCli = cliTokens(text);
      List<String> fromOpenSearch = new ArrayList<>();
      JsonNode analyzed =
          send("POST", INDEX + "/_analyze", JSON.writeValueAsString(Map.of("analyzer", FahrasPlugin.ANALYZER, "text", text)));
      for (JsonNode token : analyzed.get("tokens")) {
        fromOpenSearch.add(
            token.get("token").asText() + "@" + token.get("position").asInt() + ":" + token.get("start_offset").asInt()
                + "-" + token.get("end_offset").asInt());
      }
      assertFalse(fromCli.isEmpty(), text);
      assertEquals(fromCli, fromOpenSearch, text);
    }
  }

  /** {@code fahras analyze --json TEXT}, run in-process, as term@position:start-end. */
  private static List<String> cliTokens(String text) throws IOException {
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new FahrasCli()).setOut(new PrintWriter(out)).execute("analyze", "--json", text);
    assertEquals(FahrasCli.OK, exit);
    List<String> tokens = new ArrayList<>();
    for (JsonNode token : JSON.readTree(out.toString()).get("tokens")) {
      tokens.add(
          token.get("term").asText() + "@" + token.get("position").asInt() + ":" + token.get("start").asInt() + "-"
              + token.get("end").asInt());
    }
    return tokens;
  }

  /** One hit: its id and score. */
  private record Ranked(String id, double score) {}

  /** The search as the README gives it, over HTTP; dfs_query_then_fetch so two shards score like one index. */
  private static List<Ranked> openSearchTop(String query) throws Exception {
    Map<String, Object> body =
        Map.of("size", TOP, "query", Map.of("fahras", Map.of("query", query, "as_of", AS_OF.toString())));
    List<Ranked> ranked = new ArrayList<>();
    JsonNode found =
        send("POST", INDEX + "/_search?search_type=dfs_query_then_fetch", JSON.writeValueAsString(body));
    for (JsonNode hit : found.get("hits").get("hits")) {
      ranked.add(new Ranked(hit.get("_id").asText(), hit.get("_score").asDouble()));
    }
    return ranked;
  }

  private static List<Ranked> embeddedTop(String query) throws IOException {
    List<Ranked> ranked = new ArrayList<>();
    SearchRequest request =
        SearchRequest.builder(query, AS_OF).limit(TOP).collapseDuplicates(false).snippets(false).build();
    for (Hit hit : embedded.search(request).hits()) {
      ranked.add(new Ranked(hit.id(), hit.score()));
    }
    return ranked;
  }

  /** The ids of the top hits, checked equal, with equal scores, to the embedded engine's. */
  private static List<String> sameTopHits(String query) throws Exception {
    List<Ranked> expected = embeddedTop(query);
    List<Ranked> actual = openSearchTop(query);
    assertFalse(expected.isEmpty(), query);
    List<String> ids = actual.stream().map(Ranked::id).toList();
    assertEquals(expected.stream().map(Ranked::id).toList(), ids, query);
    for (int i = 0; i < expected.size(); i++) {
      // The same BM25 and date score; only float rounding of their sum may differ.
      assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-4 * expected.get(i).score(), query + " " + ids.get(i));
    }
    return ids;
  }

  private static List<String> seedsOnly(List<String> ids) {
    return ids.stream().filter(seedIds::contains).toList();
  }

  @Test
  void theStoryRanksFirst() throws Exception {
    List<String> top = sameTopHits("انسحاب قوات التحالف");
    assertTrue(Set.of(STORY, SYNDICATED).contains(top.get(0)), top.toString());
  }

  @Test
  void levantineAndEgyptianMonthNamesAskTheSameTime() throws Exception {
    List<String> levantine = sameTopHits("سحب القوات في أيلول 2025");
    List<String> egyptian = sameTopHits("سحب القوات سبتمبر ٢٠٢٥");
    assertEquals(levantine.get(0), egyptian.get(0));
    assertTrue(Set.of(STORY, SYNDICATED).contains(levantine.get(0)), levantine.toString());
  }

  @Test
  void dateFiltersKeepOnlyThatWindow() throws Exception {
    List<String> top = sameTopHits("الحوار الأمني after:2024-07-01 before:2024-08-31");
    assertEquals(List.of(DIALOGUE), seedsOnly(top));
  }

  @Test
  void clitics() throws Exception {
    sameTopHits("بالعراق");
  }

  @Test
  void highlightingMarksTheQueryWords() throws Exception {
    Map<String, Object> body =
        Map.of(
            "size", 1,
            "query", Map.of("fahras", Map.of("query", "بالعراق", "as_of", AS_OF.toString())),
            "highlight", Map.of("fields", Map.of("body", Map.of())));
    JsonNode hit =
        send("POST", INDEX + "/_search?search_type=dfs_query_then_fetch", JSON.writeValueAsString(body))
            .get("hits").get("hits").get(0);
    String snippet = hit.get("highlight").get("body").get(0).asText();
    assertTrue(snippet.contains("<em>العراق</em>"), snippet);
  }

  @Test
  void exactPhrase() throws Exception {
    List<String> top = sameTopHits("\"قاعدة عين الأسد\"");
    assertTrue(top.containsAll(List.of(STORY, SYNDICATED)), top.toString());
  }
}
