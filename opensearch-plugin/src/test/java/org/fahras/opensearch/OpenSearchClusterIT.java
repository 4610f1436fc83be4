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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.index.IndexRequest;
import org.opensearch.action.search.SearchType;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.SearchHit;
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
    runner.build(
        OpenSearchRunner.newConfigs()
            .basePath(folder.resolve("opensearch").toString())
            .clusterName("fahras-it")
            .numOfNode(2)
            .pluginTypes(FahrasPlugin.class.getName()));
    runner.ensureYellow();
    Client client = runner.client();
    client.admin().cluster().preparePutPipeline("fahras", new BytesArray(resource("fahras-pipeline.json")), XContentType.JSON).get();
    client.admin().indices().prepareCreate(INDEX).setSource(resource("fahras-index.json"), XContentType.JSON).get();
    runner.ensureGreen(INDEX);
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

  /** The first corpus articles of the smallest corpus file, or none when the shared data is absent. */
  private static List<Article> corpusArticles(TemporalTagger tagger) throws IOException {
    String shared = System.getProperty("fahras.shared");
    Path file = shared == null ? null : Path.of(shared, "corpus", "ant-v1.1-jawhara.jsonl.gz");
    List<Article> corpus = new ArrayList<>();
    if (file != null && Files.isRegularFile(file)) {
      ArticleReader.forInput(file, tagger::publicationDate)
          .read(
              file,
              article -> {
                if (corpus.size() < CORPUS_ARTICLES) {
                  corpus.add(article);
                }
              },
              rejection -> {});
    }
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
  void analyzeEqualsTheCliTokenForToken() throws IOException {
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
      for (AnalyzeAction.AnalyzeToken token :
          runner.client().admin().indices().prepareAnalyze(INDEX, text).setAnalyzer(FahrasPlugin.ANALYZER).get().getTokens()) {
        fromOpenSearch.add(
            token.getTerm() + "@" + token.getPosition() + ":" + token.getStartOffset() + "-" + token.getEndOffset());
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

  private static List<String> openSearchTop(String query) throws IOException {
    Map<String, Object> body = new HashMap<>();
    body.put("fahras", Map.of("query", query, "as_of", AS_OF.toString()));
    List<String> ids = new ArrayList<>();
    for (SearchHit hit :
        runner
            .client()
            .prepareSearch(INDEX)
            .setSearchType(SearchType.DFS_QUERY_THEN_FETCH)
            .setQuery(QueryBuilders.wrapperQuery(JSON.writeValueAsString(body)))
            .setSize(TOP)
            .get()
            .getHits()) {
      ids.add(hit.getId());
    }
    return ids;
  }

  private static List<String> embeddedTop(String query) throws IOException {
    List<String> ids = new ArrayList<>();
    SearchRequest request =
        SearchRequest.builder(query, AS_OF).limit(TOP).collapseDuplicates(false).snippets(false).build();
    for (Hit hit : embedded.search(request).hits()) {
      ids.add(hit.id());
    }
    return ids;
  }

  /** The top hits OpenSearch returns, checked equal to the embedded engine's. */
  private static List<String> sameTopHits(String query) throws IOException {
    List<String> expected = embeddedTop(query);
    List<String> actual = openSearchTop(query);
    assertFalse(expected.isEmpty(), query);
    assertEquals(expected, actual, query);
    return actual;
  }

  private static List<String> seedsOnly(List<String> ids) {
    return ids.stream().filter(seedIds::contains).toList();
  }

  @Test
  void theStoryRanksFirst() throws IOException {
    List<String> top = sameTopHits("انسحاب قوات التحالف");
    assertTrue(Set.of(STORY, SYNDICATED).contains(top.get(0)), top.toString());
  }

  @Test
  void levantineAndEgyptianMonthNamesAskTheSameTime() throws IOException {
    List<String> levantine = sameTopHits("سحب القوات في أيلول 2025");
    List<String> egyptian = sameTopHits("سحب القوات سبتمبر ٢٠٢٥");
    assertEquals(levantine.get(0), egyptian.get(0));
    assertTrue(Set.of(STORY, SYNDICATED).contains(levantine.get(0)), levantine.toString());
  }

  @Test
  void dateFiltersKeepOnlyThatWindow() throws IOException {
    List<String> top = sameTopHits("الحوار الأمني after:2024-07-01 before:2024-08-31");
    assertEquals(List.of(DIALOGUE), seedsOnly(top));
  }

  @Test
  void clitics() throws IOException {
    sameTopHits("بالعراق");
  }

  @Test
  void exactPhrase() throws IOException {
    List<String> top = sameTopHits("\"قاعدة عين الأسد\"");
    assertTrue(top.containsAll(List.of(STORY, SYNDICATED)), top.toString());
  }
}
