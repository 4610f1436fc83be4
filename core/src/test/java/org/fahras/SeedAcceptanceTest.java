package org.fahras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fahras.document.ReadListener;
import org.fahras.document.ReadSummary;
import org.fahras.search.Hit;
import org.fahras.search.QuerySyntaxException;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's acceptance criteria on the five seed articles, as of 2024-10-01. */
class SeedAcceptanceTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String STORY = "000_87a3e13852868658.txt";
  private static final String SYNDICATED = "002_bc552f09e0fe5583.txt";
  private static final String OLD_2021 = "003_93952b5621d37da0.txt";
  private static final String DIALOGUE = "004_9666a38df695f233.txt";

  @TempDir static Path folder;
  private static Fahras fahras;

  @BeforeAll
  static void indexSeeds() throws IOException {
    fahras = Fahras.open(folder.resolve("index"));
    ReadSummary summary = fahras.addFrom(SEEDS, ReadListener.of(article -> {}, rejection -> {}));
    assertEquals(5, summary.read());
    assertEquals(0, summary.rejected());
    fahras.commit();
  }

  @AfterAll
  static void close() throws IOException {
    fahras.close();
  }

  private static SearchResults search(String query) throws IOException {
    return fahras.search(SearchRequest.builder(query, AS_OF).build());
  }

  private static List<String> ids(SearchResults results) {
    List<String> ids = new ArrayList<>();
    for (Hit hit : results.hits()) {
      ids.add(hit.id());
    }
    return ids;
  }

  @Test
  void syndicatedCopiesFoldIntoOneHitAboveTheOldStory() throws IOException {
    SearchResults results = search("انسحاب قوات التحالف");
    Hit first = results.hits().get(0);
    List<String> story = new ArrayList<>(List.of(first.id()));
    first.duplicates().forEach(copy -> story.add(copy.id()));
    assertEquals(List.of(STORY, SYNDICATED), story.stream().sorted().toList(), "one hit for the story");
    // 002 lost its header: undated, its title only its first sentence. The dated copy with the outlet's headline shows.
    assertEquals(STORY, first.id(), "the dated, titled copy represents the story");
    assertEquals(LocalDate.of(2024, 9, 6), first.published());
    List<String> ranked = ids(results);
    assertTrue(ranked.indexOf(OLD_2021) > 0, "003 (2021) ranks below the story: " + ranked);
    assertEquals(4, ranked.size(), "five articles, one pair folded");
  }

  @Test
  void withoutRecencyTheOrderIsBm25Alone() throws IOException {
    SearchRequest textOnly = SearchRequest.builder("انسحاب قوات التحالف", AS_OF).recencyHalfLifeDays(0).explain(true).build();
    SearchResults results = fahras.search(textOnly);
    float previous = Float.MAX_VALUE;
    for (Hit hit : results.hits()) {
      assertEquals(0, hit.explanation().recency(), 1e-9, "no recency part");
      assertEquals(hit.score(), hit.explanation().text(), 1e-4, "score is the text score");
      assertTrue(hit.score() <= previous, "sorted by BM25");
      previous = hit.score();
    }
  }

  /**
   * Recency moves newer articles up: every pair of hits whose order recency changes ends with the newer one first (an
   * undated article counts as one half-life old). It would fail with recency off (nothing moves) or inverted (older
   * articles move up).
   */
  @Test
  void recencyMovesNewerArticlesUp() throws IOException {
    SearchRequest.Builder query = SearchRequest.builder("انسحاب قوات التحالف", AS_OF).collapseDuplicates(false);
    List<Hit> textOnly = fahras.search(query.recencyHalfLifeDays(0).build()).hits();
    List<Hit> recent = fahras.search(query.recencyHalfLifeDays(30).build()).hits();
    List<String> before = textOnly.stream().map(Hit::id).toList();
    int moved = 0;
    for (int i = 0; i < recent.size(); i++) {
      for (int j = i + 1; j < recent.size(); j++) {
        Hit first = recent.get(i);
        Hit second = recent.get(j);
        if (before.indexOf(first.id()) > before.indexOf(second.id())) {
          moved++;
          assertTrue(
              age(first) < age(second),
              first.id() + " moved above " + second.id() + " but is not newer: " + before + " → " + ids(recent));
        }
      }
    }
    assertTrue(moved > 0, "recency must move something: " + before);
  }

  /** Days before the as-of day; an undated article is ranked as one 30-day half-life old. */
  private static long age(Hit hit) {
    return hit.published() == null ? 30 : java.time.temporal.ChronoUnit.DAYS.between(hit.published(), AS_OF);
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  @Test
  void levantineAndEgyptianMonthNamesAskTheSameTime() throws IOException {
    SearchResults levantine = search("سحب القوات في أيلول 2025");
    SearchResults egyptian = search("سحب القوات سبتمبر ٢٠٢٥");
    assertEquals(levantine.hits().get(0).id(), egyptian.hits().get(0).id());
    Hit top = levantine.hits().get(0);
    List<String> story = new ArrayList<>(List.of(top.id()));
    top.duplicates().forEach(copy -> story.add(copy.id()));
    assertTrue(story.contains(STORY) && story.contains(SYNDICATED), "the story that talks about September 2025");
    assertTrue(levantine.intent() != null && egyptian.intent() != null, "both queries carry a time");
  }

  @Test
  void dateFiltersKeepOnlyThatWindow() throws IOException {
    assertEquals(List.of(DIALOGUE), ids(search("الحوار الأمني after:2024-07-01 before:2024-08-31")));
  }

  @Test
  void clitics() throws IOException {
    List<String> found = ids(fahras.search(SearchRequest.builder("بالعراق", AS_OF).collapseDuplicates(false).limit(10).build()));
    assertEquals(5, found.size(), "every seed writes العراق: " + found);
  }

  @Test
  void exactPhrase() throws IOException {
    SearchResults results =
        fahras.search(SearchRequest.builder("\"قاعدة عين الأسد\"", AS_OF).collapseDuplicates(false).build());
    assertTrue(ids(results).containsAll(List.of(STORY, SYNDICATED)), ids(results).toString());
    for (Hit hit : results.hits()) {
      assertTrue(
          hit.snippet() != null && hit.snippet().highlightedText().containsAll(List.of("قاعدة", "عين", "الأسد")),
          "snippet marks the phrase: " + hit.snippet());
    }
  }

  @Test
  void reindexingKeepsFiveDocuments() throws IOException {
    fahras.addFrom(SEEDS, ReadListener.of(article -> {}, rejection -> {}));
    fahras.commit();
    assertEquals(5, fahras.stats().documents());
  }

  @Test
  void statsDescribeTheIndex() throws IOException {
    IndexStats stats = fahras.stats();
    assertEquals(LocalDate.of(2021, 6, 5), stats.publishedMin());
    assertEquals(LocalDate.of(2024, 9, 24), stats.publishedMax());
    assertEquals(org.fahras.analysis.AnalyzerProfile.FAHRAS, stats.profile());
    assertTrue(stats.bytes() > 0);
  }

  @Test
  void histogramCountsEveryMatchByMonth() throws IOException {
    SearchResults results =
        fahras.search(SearchRequest.builder("العراق", AS_OF).histogram(true).build());
    assertEquals(5, results.total());
    long dated = results.histogram().stream().mapToLong(SearchResults.MonthCount::count).sum();
    assertEquals(4, dated, "002 has no date: " + results.histogram());
    assertEquals(java.time.YearMonth.of(2021, 6), results.histogram().get(0).month());
  }

  @Test
  void syntaxErrorsNameThePosition() {
    QuerySyntaxException unclosed = assertThrows(QuerySyntaxException.class, () -> search("قوات \"التحالف"));
    assertEquals(5, unclosed.position());
    QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> search("قوات colour:red"));
    assertEquals(5, field.position());
    assertThrows(QuerySyntaxException.class, () -> search("after:2024-13-45"));
  }

  @Test
  void anotherProfileCannotOpenTheIndex() {
    assertThrows(
        IllegalStateException.class,
        () -> Fahras.builder(folder.resolve("index")).profile(org.fahras.analysis.AnalyzerProfile.STANDARD).open());
  }

}
