package org.fahras.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fahras.Fahras;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API and the page's files over loopback: answers, defaults, errors, headers and what is never served. */
class SearchServerTest {
  private static final String QUERY = "انسحاب قوات التحالف";

  @TempDir static Path folder;
  static Fahras fahras;
  static SearchServer server;
  static Http http;
  static final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    fahras = Fixture.open(folder.resolve("index"));
    Clock clock = Clock.fixed(Fixture.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    server = SearchServer.start(fahras, new InetSocketAddress("127.0.0.1", 0), clock, log::add);
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    fahras.close();
    assertEquals(List.of(), log, "no request made the server fail");
  }

  private static JsonNode search(String... pairs) throws Exception {
    Http.Reply reply = http.get(Http.path("/api/search", pairs));
    assertEquals(200, reply.status(), reply.body());
    assertEquals("application/json; charset=utf-8", reply.header("Content-Type"));
    return reply.json();
  }

  /** The ids of the hits (not of their folded copies). */
  private static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private static JsonNode error(int status, String... pairs) throws Exception {
    Http.Reply reply = http.get(Http.path("/api/search", pairs));
    assertEquals(status, reply.status(), reply.body());
    JsonNode body = reply.json();
    assertEquals(status, body.get("status").asInt());
    assertFalse(reply.body().contains("at org."), "no stack trace: " + reply.body());
    return body;
  }

  @Test
  void searchAnswersWhatTheLibraryAnswersWithItsDefaults() throws Exception {
    JsonNode body = search("q", QUERY);
    SearchResults library = fahras.search(SearchRequest.builder(QUERY, Fixture.AS_OF).build());
    assertEquals(Fixture.AS_OF.toString(), body.get("as_of").asText(), "as-of today (the server's clock) by default");
    assertEquals(library.total(), body.get("total").asLong());
    assertEquals(library.totalIsExact(), body.get("total_is_exact").asBoolean());
    assertEquals(library.hasMore(), body.get("has_more").asBoolean());
    assertEquals(10, body.get("limit").asInt());
    assertEquals(1, body.get("page").asInt());
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    assertEquals(library.hits().stream().map(Hit::id).toList(), ids);
    assertFalse(body.has("histogram"), "no histogram unless asked for");
    assertTrue(body.get("intent").isNull());
    JsonNode first = body.get("hits").get(0);
    for (String field : List.of("id", "title", "published", "hijri", "source", "url", "score", "snippet", "duplicates")) {
      assertTrue(first.has(field), field + " in " + first);
    }
    assertFalse(first.has("explain"), "no explanation unless asked for");
  }

  @Test
  void snippetHighlightsAreWholeWordsInsideTheText() throws Exception {
    int spans = 0;
    for (JsonNode hit : search("q", QUERY, "limit", "50").get("hits")) {
      String text = hit.get("snippet").get("text").asText();
      for (JsonNode span : hit.get("snippet").get("highlights")) {
        int start = span.get(0).asInt();
        int end = span.get(1).asInt();
        assertTrue(0 <= start && start < end && end <= text.length(), span + " in " + text);
        assertTrue(start == 0 || !Character.isLetter(text.charAt(start - 1)), "starts a word: " + text.substring(start, end));
        assertTrue(end == text.length() || !Character.isLetter(text.charAt(end)), "ends a word: " + text.substring(start, end));
        spans++;
      }
    }
    assertTrue(spans > 10, "highlights: " + spans);
  }

  @Test
  void hijriDateBesideTheGregorianDay() throws Exception {
    JsonNode hit = search("q", "البرلمان يصوّت على جدول انسحاب", "as_of", "2025-10-01").get("hits").get(0);
    assertEquals("copy-a", hit.get("id").asText());
    assertEquals("2025-09-20", hit.get("published").asText());
    // Umm al-Qura: 1 Rabi' al-Awwal 1447 is 24 August 2025.
    assertEquals("٢٨ ربيع الأول ١٤٤٧ هـ", hit.get("hijri").asText());
  }

  @Test
  void theStorysOtherCopyIsFoldedUnderIt() throws Exception {
    JsonNode hit = search("q", "البرلمان يصوّت على جدول انسحاب").get("hits").get(0);
    JsonNode copies = hit.get("duplicates");
    assertEquals(1, copies.size(), hit.toString());
    JsonNode copy = copies.get(0);
    assertEquals("copy-b", copy.get("id").asText());
    assertEquals("الحرة", copy.get("source").asText());
    assertTrue(copy.has("hijri") && copy.has("title") && copy.has("published") && copy.has("url"));
    assertEquals(List.of(), List.copyOf(search("q", "البرلمان يصوّت على جدول انسحاب", "collapse", "0").get("hits").get(0).get("duplicates").findValuesAsText("id")));
    assertEquals(1, hit.get("duplicate_count").asInt());
    JsonNode counted = search("q", "البرلمان يصوّت على جدول انسحاب", "copies", "0").get("hits").get(0);
    assertEquals(0, counted.get("duplicates").size(), counted.toString());
    assertEquals(1, counted.get("duplicate_count").asInt(), "copies not listed are still counted");
    assertEquals("copies", error(400, "q", QUERY, "copies", "101").get("parameter").asText());
    assertEquals("copies", error(400, "q", QUERY, "copies", "-1").get("parameter").asText());
  }

  @Test
  void pagesNeverRepeatAStory() throws Exception {
    JsonNode one = search("q", QUERY);
    JsonNode two = search("q", QUERY, "page", "2");
    assertTrue(one.get("has_more").asBoolean());
    assertEquals(2, two.get("page").asInt());
    Set<String> seen = new HashSet<>(ids(one));
    for (JsonNode hit : two.get("hits")) {
      assertFalse(seen.contains(hit.get("id").asText()), hit.get("id").asText());
    }
    assertEquals(10, two.get("hits").size());
  }

  @Test
  void timeIntentAndHistogramWhenAskedFor() throws Exception {
    JsonNode body = search("q", "انسحاب سبتمبر ٢٠٢٥", "histogram", "1");
    JsonNode intent = body.get("intent");
    assertEquals("سبتمبر ٢٠٢٥", intent.get("words").asText());
    assertEquals("2025-09-01", intent.get("first").asText());
    assertEquals("2025-09-30", intent.get("last").asText());
    long sum = 0;
    List<String> months = new ArrayList<>();
    for (JsonNode bar : body.get("histogram")) {
      months.add(bar.get("month").asText());
      sum += bar.get("count").asLong();
    }
    assertEquals("2025-01", months.get(0));
    assertEquals("2025-09", months.get(months.size() - 1));
    assertEquals(body.get("total").asLong(), sum, "every match is dated in the fixture");
    assertTrue(body.get("total_is_exact").asBoolean(), "the histogram counts every match");
  }

  @Test
  void sourceAfterAndBeforeAreAddedAsQuerySyntax() throws Exception {
    JsonNode body = search("q", QUERY, "source", "المدى", "after", "2025-03", "before", "2025-04", "limit", "50");
    assertEquals("source:\"المدى\" after:2025-03 before:2025-04 " + QUERY, body.get("query").asText());
    assertTrue(body.get("hits").size() > 0);
    for (JsonNode hit : body.get("hits")) {
      assertEquals("المدى", hit.get("source").asText());
      assertTrue(hit.get("published").asText().startsWith("2025-03"), hit.toString());
    }
    // The same filters typed in the query give the same hits.
    JsonNode typed = search("q", QUERY + " source:\"المدى\" after:2025-03 before:2025-04", "limit", "50");
    assertEquals(ids(typed), ids(body));
    // A source of two words, and an empty query with only a filter.
    assertEquals(0, search("q", "", "source", "مصدر غير موجود").get("total").asInt());
  }

  @Test
  void explainGivesTheScoresParts() throws Exception {
    for (JsonNode hit : search("q", "انسحاب سبتمبر ٢٠٢٥", "explain", "1").get("hits")) {
      JsonNode parts = hit.get("explain");
      double sum = parts.get("text").asDouble() + parts.get("recency").asDouble() + parts.get("intent").asDouble();
      assertEquals(hit.get("score").asDouble(), sum, 1e-3, hit.toString());
    }
  }

  @Test
  void aQuerySyntaxErrorIs400WithItsPosition() throws Exception {
    JsonNode body = error(400, "q", "قوات \"التحالف");
    assertEquals("q", body.get("parameter").asText());
    assertEquals(5, body.get("position").asInt());
    assertTrue(body.get("error").asText().contains("unclosed quote"), body.toString());
    assertEquals(10, error(400, "q", "قوات sort:sideways").get("position").asInt());
    // An unclosed quote in q cannot swallow a filter given as a parameter: the error is q's, at its place in q.
    JsonNode unclosed = error(400, "q", "قوات \"التحالف", "source", "المدى", "after", "2025");
    assertEquals("q", unclosed.get("parameter").asText());
    assertEquals(5, unclosed.get("position").asInt());
    assertEquals("unclosed quote (at position 5)", unclosed.get("error").asText());
    JsonNode tooLong = error(400, "q", "ق".repeat(5_000));
    assertTrue(tooLong.get("error").asText().contains("4096"), tooLong.toString());
  }

  @Test
  void aBadParameterIs400NamingIt() throws Exception {
    assertEquals("q", error(400).get("parameter").asText());
    assertEquals("page", error(400, "q", QUERY, "page", "0").get("parameter").asText());
    assertEquals("page", error(400, "q", QUERY, "page", "1001", "limit", "10").get("parameter").asText());
    assertEquals("limit", error(400, "q", QUERY, "limit", "1001").get("parameter").asText());
    assertEquals("limit", error(400, "q", QUERY, "limit", "ten").get("parameter").asText());
    assertEquals("as_of", error(400, "q", QUERY, "as_of", "yesterday").get("parameter").asText());
    assertEquals("half_life", error(400, "q", QUERY, "half_life", "soon").get("parameter").asText());
    assertEquals("and", error(400, "q", QUERY, "and", "maybe").get("parameter").asText());
    assertEquals("asof", error(400, "q", QUERY, "asof", "2025-01-01").get("parameter").asText());
    assertEquals("after", error(400, "q", QUERY, "after", "2025-13").get("parameter").asText());
    assertEquals("after", error(400, "q", QUERY, "after", "2025 OR x").get("parameter").asText());
    assertEquals("source", error(400, "q", QUERY, "source", "a\" OR \"b").get("parameter").asText());
    assertEquals("source", error(400, "q", QUERY, "source", " ").get("parameter").asText());
    Http.Reply twice = http.get("/api/search?q=a&q=b");
    assertEquals(400, twice.status());
    assertEquals("q", twice.json().get("parameter").asText());
    String badEscape = http.raw("GET /api/search?q=%E2%ZZ HTTP/1.1\r\nHost: " + server.uri().getAuthority() + "\r\nConnection: close\r\n\r\n");
    assertTrue(badEscape.startsWith("HTTP/1.1 400"), badEscape);
  }

  @Test
  void halfLifeTakesTheCliDurations() throws Exception {
    JsonNode off = search("q", QUERY, "half_life", "0", "explain", "1");
    for (JsonNode hit : off.get("hits")) {
      assertEquals(0, hit.get("explain").get("recency").asDouble(), 1e-9);
    }
    SearchResults library =
        fahras.search(SearchRequest.builder(QUERY, Fixture.AS_OF).recencyHalfLifeDays(14).build());
    assertEquals(library.hits().stream().map(Hit::id).toList(), ids(search("q", QUERY, "half_life", "2w")));
  }

  @Test
  void unknownRoutesAre404AndNothingOutsideThePageIsServed() throws Exception {
    for (String path :
        List.of(
            "/api/nope", "/api/searchx", "/api/search/", "/api", "/nope", "/org/fahras/cli/serve/page/app.js",
            "/page/app.js", "/app.js/", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/static/",
            "/FahrasCli.class", "/index.html/")) {
      Http.Reply reply = http.get(path);
      assertEquals(404, reply.status(), path + ": " + reply.body());
      assertTrue(reply.header("Content-Type").startsWith("application/json"), path);
      assertEquals(404, reply.json().get("status").asInt());
    }
    for (String raw : List.of("/../../etc/passwd", "/./app.js/../../pom.xml", "//etc/passwd")) {
      String answer = http.raw("GET " + raw + " HTTP/1.1\r\nHost: " + server.uri().getAuthority() + "\r\nConnection: close\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"), raw + ": " + answer);
      assertFalse(answer.contains("root:"), answer);
    }
  }

  @Test
  void otherMethodsAre405() throws Exception {
    for (String path : List.of("/api/search?q=x", "/api/stats", "/")) {
      Http.Reply reply = http.send(HttpRequest.newBuilder(server.uri().resolve(path)).POST(HttpRequest.BodyPublishers.ofString("{}")));
      assertEquals(405, reply.status(), path);
      assertEquals("GET, HEAD", reply.header("Allow"));
      assertEquals(405, reply.json().get("status").asInt());
    }
    Http.Reply delete = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/stats")).DELETE());
    assertEquals(405, delete.status());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/app.js", "/style.css", "/api/stats", "/api/search?q=x", "/nope")) {
      Http.Reply reply = http.get(path);
      String policy = reply.header("Content-Security-Policy");
      assertNotNull(policy, path);
      assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'"), policy);
      assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
      assertTrue(policy.contains("default-src 'none'"), policy);
      assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
    }
  }

  @Test
  void anotherHostIsRefused() throws Exception {
    String answer = http.raw("GET /api/stats HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    String local = http.raw("GET /api/stats HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");
    assertTrue(local.startsWith("HTTP/1.1 200"), local);
  }

  @Test
  void theHostileArticleIsJustData() throws Exception {
    JsonNode hit = search("q", "قافلة الإمدادات").get("hits").get(0);
    assertEquals("xss", hit.get("id").asText());
    assertEquals(Fixture.XSS_TITLE, hit.get("title").asText(), "the title is returned as it is: the page inserts it as text");
    assertEquals("javascript:window.__xss=5", hit.get("url").asText());
  }

  @Test
  void statsAsTheCliPrintsThem() throws Exception {
    Http.Reply reply = http.get("/api/stats");
    assertEquals(200, reply.status());
    JsonNode body = reply.json();
    assertEquals(Fixture.STORIES + 3, body.get("documents").asInt());
    assertEquals("fahras", body.get("profile").asText());
    assertEquals("2025-01-01", body.get("published_min").asText());
    assertEquals(Fixture.STORIES / 4 + 1, body.get("sources").get("رويترز").asInt());
    assertEquals(400, http.get("/api/stats?x=1").status());
  }

  @Test
  void analyzeAndDatesAsTheCliPrintsThem() throws Exception {
    JsonNode tokens = http.get(Http.path("/api/analyze", "text", "وبالكتاب")).json();
    assertEquals("fahras", tokens.get("profile").asText());
    assertEquals("كتاب", tokens.get("tokens").get(0).get("term").asText());
    assertEquals(8, tokens.get("tokens").get(0).get("end").asInt());
    assertEquals("lucene-arabic", http.get(Http.path("/api/analyze", "text", "الكتاب", "profile", "lucene-arabic")).json().get("profile").asText());
    Http.Reply badProfile = http.get(Http.path("/api/analyze", "text", "x", "profile", "klingon"));
    assertEquals(400, badProfile.status());
    assertEquals("profile", badProfile.json().get("parameter").asText());
    assertEquals("text", http.get("/api/analyze").json().get("parameter").asText());

    JsonNode dates = http.get(Http.path("/api/dates", "text", "بحلول ايلول 2025", "ref", "2024-10-01")).json();
    assertEquals("2025-09", dates.get("mentions").get(0).get("value").asText());
    assertEquals("month", dates.get("mentions").get(0).get("granularity").asText());
    assertTrue(dates.get("published").isNull());
    assertEquals("2024-10-01", dates.get("ref").asText());
    String article = Files.readString(Path.of("..", "seeds", "001_a4f69e2f7e4ae359.txt"), StandardCharsets.UTF_8);
    JsonNode fromArticle = http.get(Http.path("/api/dates", "text", article, "article", "1")).json();
    assertEquals("2024-09-24", fromArticle.get("published").asText());
    assertEquals("2024-09-24", fromArticle.get("ref").asText(), "an article's relative dates resolve against its day");
    assertEquals("ref", http.get(Http.path("/api/dates", "text", "أمس", "ref", "أمس")).json().get("parameter").asText());
    assertEquals(Fixture.AS_OF.toString(), http.get(Http.path("/api/dates", "text", "أمس")).json().get("ref").asText());
  }

  @Test
  void thePageIsRightToLeftArabicAndLoadsNothingFromElsewhere() throws Exception {
    Http.Reply page = http.get("/");
    assertEquals(200, page.status());
    assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
    assertTrue(page.body().contains("<html lang=\"ar\" dir=\"rtl\">"), page.body());
    assertEquals(page.body(), http.get("/?q=x&as_of=2025-01-01").body(), "the page's state is its own query string");
    String script = http.get("/app.js").body();
    String style = http.get("/style.css").body();
    assertEquals("text/javascript; charset=utf-8", http.get("/app.js").header("Content-Type"));
    for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function")) {
      assertFalse(script.contains(sink), "app.js must not use " + sink);
    }
    assertFalse(page.body().contains("<script>") || page.body().contains("style="), "no inline script or style");
    for (String asset : List.of(page.body(), style)) {
      assertFalse(asset.matches("(?s).*(src|href)=\"(https?:)?//.*"), "only local assets");
      assertFalse(asset.contains("@import") || asset.contains("url("), "no fetched fonts or images");
    }
    Http.Reply head = http.send(HttpRequest.newBuilder(server.uri()).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, head.status());
    assertEquals("", head.body());
  }
}
