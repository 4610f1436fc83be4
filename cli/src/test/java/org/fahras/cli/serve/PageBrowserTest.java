package org.fahras.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fahras.Fahras;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): type a query,
 * see hits with highlights and the time asked for, click a month of the histogram, page, open a folded copy, filter by
 * a source, explain, reload from the URL, and see the hostile article as text; screenshots in {@code
 * target/serve-page.png} and {@code target/serve-page-phone.png}. Under CI (the {@code CI} variable set) a missing
 * browser fails the test; elsewhere it is skipped with a message saying what to install.
 */
class PageBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** Records, before the page's own scripts run, every CSP violation and script error the page causes. */
  private static final String WATCH =
      "window.__problems = [];"
          + "document.addEventListener('securitypolicyviolation', e => window.__problems.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));"
          + "window.addEventListener('error', e => window.__problems.push('error ' + e.message));"
          + "window.addEventListener('unhandledrejection', e => window.__problems.push('rejection ' + e.reason));";

  @TempDir static Path folder;
  static Fahras fahras;
  static SearchServer server;
  static WebDriver browser;
  static final List<String> serverLog = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Path[] binaries = WebDriver.binaries();
    if (binaries == null) {
      String message = "the browser test needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver";
      if (System.getenv("CI") != null) {
        fail("CI is set and " + message);
      }
      Assumptions.abort("skipped: " + message);
    }
    fahras = Fixture.open(folder.resolve("index"));
    Clock clock = Clock.fixed(Fixture.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    server = SearchServer.start(fahras, new InetSocketAddress("127.0.0.1", 0), clock, serverLog::add);
    browser = new WebDriver(binaries[0], binaries[1], folder.resolve("profile"), Path.of("target", "chromedriver.log"));
    browser.beforeEveryPage(WATCH);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (fahras != null) {
      fahras.close();
    }
    assertEquals(List.of(), serverLog);
  }

  /** Whether the page has rendered since {@link #andWait} marked it stale (a new page: since it loaded). */
  private static boolean rendered() {
    try {
      JsonNode value = browser.script("return document.body ? document.body.dataset.renders || 'none' : 'none';");
      return value.asText().matches("\\d+");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code action} and waits until the page (this one, or the one it opened) has rendered its answer. */
  private static void andWait(IoAction action) throws Exception {
    browser.script("if (document.body) document.body.dataset.renders = 'stale';");
    action.run();
    try {
      WebDriver.waitUntil(WAIT, "the page to render a search", PageBrowserTest::rendered);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; the page at " + browser.url() + " says: "
          + read("return document.getElementById('status').textContent + ' ' + JSON.stringify(window.__problems);"), e);
    }
  }

  @FunctionalInterface
  interface IoAction {
    void run() throws IOException;
  }

  private static JsonNode read(String script, Object... arguments) throws IOException {
    return browser.script(script, arguments);
  }

  private static List<String> hitIds() throws IOException {
    List<String> ids = new ArrayList<>();
    read("return [...document.querySelectorAll('#hits > li.hit')].map(li => li.dataset.id);").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  private static String parameter(String url, String name) {
    String query = URI.create(url).getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts[0].equals(name)) {
        return URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void noProblems() throws IOException {
    assertEquals("[]", read("return window.__problems;").toString(), "no CSP violation and no script error");
  }

  @Test
  void searchThePage() throws Exception {
    andWait(() -> browser.open(server.uri().resolve("/?as_of=" + Fixture.AS_OF)));
    assertEquals("rtl", read("return document.documentElement.dir;").asText());
    assertEquals("ar", read("return document.documentElement.lang;").asText());
    assertEquals(Fixture.AS_OF.toString(), read("return document.getElementById('as_of').value;").asText());

    // Type a query and search: hits, highlights of whole words, the time asked for.
    String query = browser.find("#q");
    browser.click(query);
    browser.type(query, "انسحاب قوات سبتمبر ٢٠٢٥");
    andWait(() -> browser.click(browser.find("#go")));
    assertEquals("انسحاب قوات سبتمبر ٢٠٢٥", parameter(browser.url(), "q"), "the URL carries the query");
    List<String> firstPage = hitIds();
    assertEquals(10, firstPage.size(), firstPage.toString());
    JsonNode marks = read("return [...document.querySelectorAll('#hits mark')].map(m => m.textContent);");
    assertTrue(marks.size() >= 10, marks.toString());
    for (JsonNode mark : marks) {
      assertTrue(List.of("انسحاب", "قوات").contains(mark.asText()), "a highlight is a whole query word: " + mark);
    }
    JsonNode wordsSplit =
        read("return [...document.querySelectorAll('#hits mark')].filter(m => {"
            + " const before = m.previousSibling ? m.previousSibling.textContent.slice(-1) : '';"
            + " const after = m.nextSibling ? m.nextSibling.textContent.slice(0, 1) : '';"
            + " return /\\p{L}/u.test(before) || /\\p{L}/u.test(after); }).length;");
    assertEquals(0, wordsSplit.asInt(), "no highlight starts or ends inside a word");
    assertEquals("الزمن المطلوب: سبتمبر ٢٠٢٥ → 2025-09-01 … 2025-09-30", read("return document.getElementById('intent').textContent;").asText());
    JsonNode order = read("const v = document.querySelector('#intent .value'); const words = v.querySelector('bdi').getBoundingClientRect();"
        + " const range = document.createRange(); range.selectNodeContents(v.lastChild); const dates = range.getBoundingClientRect();"
        + " return words.right <= dates.left + 1;");
    assertTrue(order.asBoolean(), "the words, then → and the days, left to right");
    JsonNode hijri = read("return document.querySelector('#hits .hijri').textContent;");
    assertTrue(hijri.asText().matches("\\([٠-٩]+ \\p{IsArabic}.* [٠-٩]{4} هـ\\)"), hijri.toString());
    browser.screenshot(Path.of("target", "serve-page.png"));

    // Page 2: other stories, ranks from 11.
    andWait(() -> browser.click(browser.find("#next")));
    assertEquals("2", parameter(browser.url(), "page"));
    List<String> secondPage = hitIds();
    assertFalse(secondPage.isEmpty());
    Set<String> both = new HashSet<>(firstPage);
    both.retainAll(secondPage);
    assertEquals(Set.of(), both, "a story is never on two pages");
    assertTrue(read("return document.querySelector('#hits h3').textContent;").asText().startsWith("11. "));
    andWait(() -> browser.click(browser.find("#prev")));
    assertEquals(firstPage, hitIds());

    // A month of the histogram: every hit from that month, the filter shown and removable.
    JsonNode bar = read("const b = [...document.querySelectorAll('#histogram .bar')].find(b => b.dataset.month === '2025-03');"
        + " return b ? b.dataset.count : null;");
    assertTrue(bar.asInt() > 0, "March 2025 has matches: " + bar);
    andWait(() -> browser.click(browser.find("#histogram .bar[data-month='2025-03']")));
    assertEquals("2025-03", parameter(browser.url(), "after"));
    assertEquals("2025-04", parameter(browser.url(), "before"));
    JsonNode days = read("return [...document.querySelectorAll('#hits > li.hit .meta time')].map(t => t.dateTime);");
    assertEquals(bar.asInt(), days.size(), days.toString());
    days.forEach(day -> assertTrue(day.asText().startsWith("2025-03-"), days.toString()));
    assertEquals(1, read("return document.querySelectorAll('#histogram .bar').length;").asInt());
    assertTrue(read("return document.querySelector('#filters .chip').textContent;").asText().contains("2025-03"));
    andWait(() -> browser.click(browser.find("#filters .chip")));
    assertEquals(null, parameter(browser.url(), "after"));

    // The story told twice: its other copy folded, opened by a click.
    andWait(() -> {
      String box = browser.find("#q");
      browser.clear(box);
      browser.type(box, "البرلمان يصوّت على جدول انسحاب");
      browser.click(browser.find("#go"));
    });
    assertEquals("copy-a", hitIds().get(0));
    assertFalse(read("return document.querySelector('#hits details.copies').open;").asBoolean(), "folded");
    assertFalse(read("return document.querySelector('#hits details.copies li.copy').checkVisibility();").asBoolean(), "folded");
    browser.click(browser.find("#hits details.copies summary"));
    assertTrue(read("return document.querySelector('#hits details.copies').open;").asBoolean());
    assertTrue(read("return document.querySelector('#hits details.copies li.copy').checkVisibility();").asBoolean(),
        "the copy shows once opened");
    assertEquals("copy-b", read("return document.querySelector('#hits details.copies li.copy').dataset.id;").asText());
    // With no copy listed (copies=0 in the URL), the story still says it has one, and that it was not shown.
    String listedNone = browser.url() + "&copies=0";
    andWait(() -> browser.open(URI.create(listedNone)));
    assertEquals(0, read("return document.querySelectorAll('#hits details.copies li.copy').length;").asInt());
    assertTrue(read("return document.querySelector('#hits details.copies summary').textContent;").asText()
        .contains("نسخة أخرى"));
    assertEquals("ونسخة أخرى لم تُعرض", read("return document.querySelector('#hits details.copies li.copy-more').textContent;").asText());

    // Explain: each hit's text, recency and time parts.
    andWait(() -> browser.click(browser.find("#explain")));
    assertEquals("1", parameter(browser.url(), "explain"));
    assertEquals(hitIds().size(), read("return document.querySelectorAll('#hits > li.hit dl.explain').length;").asInt());
    assertEquals(4, read("return document.querySelectorAll('#hits > li.hit:first-child dl.explain dt').length;").asInt());

    // A source from the index's counts: only its articles.
    andWait(() -> browser.click(browser.find("#sources button[data-source='المدى']")));
    assertEquals("المدى", parameter(browser.url(), "source"));
    JsonNode sources = read("return [...document.querySelectorAll('#hits > li.hit .meta .source')].map(s => s.textContent);");
    assertTrue(sources.size() > 0);
    sources.forEach(source -> assertEquals("المدى", source.asText()));

    // The URL carries the search: reloading it shows the same hits.
    List<String> before = hitIds();
    String url = browser.url();
    andWait(() -> browser.open(URI.create(url)));
    assertEquals(before, hitIds());
    assertTrue(read("return document.getElementById('explain').checked;").asBoolean());
    noProblems();
  }

  @Test
  void theHostileArticleRendersAsText() throws Exception {
    andWait(() -> browser.open(server.uri().resolve("/?as_of=2025-10-01&q=" + java.net.URLEncoder.encode("قافلة الإمدادات", StandardCharsets.UTF_8))));
    assertEquals("xss", hitIds().get(0));
    assertEquals(Fixture.XSS_TITLE, read("return document.querySelector('#hits .title').textContent;").asText());
    assertTrue(read("return document.querySelector('#hits .snippet').textContent;").asText().contains("<script>"));
    assertEquals("<i>مصدر</i>", read("return document.querySelector('#hits .source').textContent;").asText());
    assertEquals(0, read("return document.querySelectorAll('#hits img, #hits script, #hits b, #hits i, #hits [onerror], #hits [onmouseover]').length;").asInt());
    assertEquals("SPAN", read("return document.querySelector('#hits .title').tagName;").asText(), "a javascript: address is no link");
    assertTrue(read("return window.__xss === undefined;").asBoolean(), "no script of the article ran");
    noProblems();
  }

  @Test
  void aBadQuerySaysWhereAndThePageFitsAPhone() throws Exception {
    browser.windowSize(390, 844);
    try {
      andWait(() -> browser.open(server.uri().resolve("/?as_of=2025-10-01&q=" + java.net.URLEncoder.encode("قوات \"التحالف", StandardCharsets.UTF_8))));
      String status = read("return document.getElementById('status').textContent;").asText();
      assertTrue(status.contains("unclosed quote") && status.contains("5"), status);
      andWait(() -> browser.open(server.uri().resolve("/?as_of=2025-10-01&q=" + java.net.URLEncoder.encode("انسحاب قوات", StandardCharsets.UTF_8))));
      assertEquals(10, hitIds().size());
      assertTrue(read("return document.documentElement.scrollWidth <= window.innerWidth;").asBoolean(), "no sideways scrolling on a phone");
      browser.screenshot(Path.of("target", "serve-page-phone.png"));
      noProblems();
    } finally {
      browser.windowSize(1280, 1600);
    }
  }
}
