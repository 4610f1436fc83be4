package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fahras.Fahras;
import org.fahras.document.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paging, stories, {@code sort:date}, the histogram and intra-query concurrency through the facade, on 1,200 generated
 * articles over three years, one in six a syndicated copy of an earlier one, one in ten undated.
 */
class SearchPagesTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final String[] WORDS = {
    "الحكومة", "البرلمان", "الانتخابات", "الاقتصاد", "النفط", "الوزير", "المدينة", "الجيش", "المفاوضات", "الاتفاق",
    "الأمم", "المتحدة", "الرئيس", "السلام", "الحدود", "التجارة", "الأسواق", "الطاقة", "المياه", "الزراعة"
  };

  @TempDir static Path folder;
  private static Fahras fahras;
  private static ExecutorService executor;
  private static Fahras parallel;

  @BeforeAll
  static void index() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      LocalDate published = random.nextInt(10) == 0 ? null : AS_OF.minusDays(random.nextInt(3 * 365));
      if (i % 6 == 5) {
        Article original = articles.get(random.nextInt(articles.size()));
        articles.add(Article.builder("copy" + i).title(original.title()).body(original.body() + " المصدر وكالة").source("wire").published(published).build());
        continue;
      }
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 40 + random.nextInt(60); w++) {
        // A third news words (Zipf-like), the rest made-up words, so articles differ as real ones do.
        body.append(
                random.nextInt(3) == 0
                    ? WORDS[(int) Math.floor(Math.pow(WORDS.length, random.nextDouble()))]
                    : madeUpWord(random))
            .append(' ');
      }
      String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i;
      articles.add(Article.builder("a" + i).title(title).body(body.toString()).source("paper").published(published).build());
    }
    fahras = Fahras.builder(folder.resolve("index")).commitEvery(300, java.time.Duration.ofHours(1)).open();
    fahras.add(articles);
    fahras.commit();
    executor = Executors.newFixedThreadPool(2);
    parallel = Fahras.builder(folder.resolve("index")).searchExecutor(executor).open();
  }

  /** Three to five letters of the Arabic alphabet. */
  private static String madeUpWord(SplittableRandom random) {
    StringBuilder word = new StringBuilder();
    for (int letter = 3 + random.nextInt(3); letter > 0; letter--) {
      word.append((char) ('\u0628' + random.nextInt(18)));
    }
    return word.toString();
  }

  @AfterAll
  static void close() throws IOException {
    parallel.close();
    fahras.close();
    executor.shutdown();
  }

  private static SearchRequest.Builder request(String query) {
    return SearchRequest.builder(query, AS_OF).snippets(false);
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(Hit::id).toList();
  }

  @Test
  void pagesOneToFiveOfTenAreTheTopFiftyAndNoStoryComesTwice() throws IOException {
    for (String query : new String[] {"الانتخابات النفط", "المفاوضات", "الحكومة sort:date", "الاقتصاد الحدود"}) {
      List<String> top50 = ids(fahras.search(request(query).limit(50).build()));
      assertEquals(50, top50.size(), query);
      List<String> paged = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int page = 1; page <= 5; page++) {
        SearchResults results =
            fahras.search(request(query).limit(10).page(page).copiesPerHit(SearchRequest.MAX_COPIES_PER_HIT).build());
        assertEquals(page, results.page());
        assertTrue(results.hasMore(), query + " page " + page);
        for (Hit hit : results.hits()) {
          paged.add(hit.id());
          assertTrue(seen.add(hit.id()), query + ": " + hit.id() + " shown twice");
          for (Hit copy : hit.duplicates()) {
            assertTrue(seen.add(copy.id()), query + ": copy " + copy.id() + " on two pages");
          }
        }
      }
      assertEquals(top50, paged, query);
    }
  }

  @Test
  void copiesFoldIntoStoriesRankedByTheirBestCopy() throws IOException {
    SearchResults results = fahras.search(request("الحكومة").limit(100).explain(true).build());
    long folded = results.hits().stream().filter(hit -> !hit.duplicates().isEmpty()).count();
    assertTrue(folded > 5, "stories with copies: " + folded);
    float previous = Float.MAX_VALUE;
    for (Hit hit : results.hits()) {
      assertTrue(hit.score() <= previous, hit.id() + " scores " + hit.score() + " after " + previous);
      previous = hit.score();
      for (Hit copy : hit.duplicates()) {
        assertTrue(copy.score() <= hit.score(), "a story's score is its best copy's");
      }
      Hit.ScoreBreakdown parts = hit.explanation();
      assertEquals(hit.score(), parts.text() + parts.recency() + parts.intent(), 1e-3, "the parts add up to the score");
    }
  }

  @Test
  void aHitListsTheCopiesAskedForAndCountsThemAll() throws IOException {
    SearchResults all = fahras.search(request("الحكومة").limit(100).copiesPerHit(SearchRequest.MAX_COPIES_PER_HIT).build());
    SearchResults one = fahras.search(request("الحكومة").limit(100).copiesPerHit(1).build());
    SearchResults none = fahras.search(request("الحكومة").limit(100).copiesPerHit(0).build());
    assertEquals(ids(all), ids(one));
    assertEquals(ids(all), ids(none));
    int storiesOfThreeOrMore = 0;
    for (int i = 0; i < all.hits().size(); i++) {
      List<Hit> copies = all.hits().get(i).duplicates();
      assertEquals(copies.size(), all.hits().get(i).duplicateCount());
      Hit capped = one.hits().get(i);
      assertEquals(copies.stream().limit(1).map(Hit::id).toList(), capped.duplicates().stream().map(Hit::id).toList());
      assertEquals(copies.size(), capped.duplicateCount(), capped.id());
      assertEquals(List.of(), none.hits().get(i).duplicates());
      assertEquals(copies.size(), none.hits().get(i).duplicateCount(), capped.id());
      storiesOfThreeOrMore += copies.size() >= 2 ? 1 : 0;
    }
    assertTrue(storiesOfThreeOrMore > 0, "no story with three copies to cap");
    assertThrows(IllegalArgumentException.class, () -> request("الحكومة").copiesPerHit(-1).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> request("الحكومة").copiesPerHit(SearchRequest.MAX_COPIES_PER_HIT + 1).build());
  }

  @Test
  void anExecutorGivesTheSameHits() throws IOException {
    for (String query : new String[] {"الانتخابات النفط", "الطاقة المياه الزراعة", "السلام الحدود 2023"}) {
      SearchRequest one = request(query).limit(20).collapseDuplicates(false).build();
      List<Hit> serial = fahras.search(one).hits();
      List<Hit> slices = parallel.search(one).hits();
      assertEquals(ids(fahras.search(one)), ids(parallel.search(one)), query);
      for (int i = 0; i < serial.size(); i++) {
        assertEquals(serial.get(i).score(), slices.get(i).score(), query);
      }
    }
  }

  @Test
  void sortByDateIsNewestFirstWithRealScores() throws IOException {
    SearchResults results = fahras.search(request("النفط sort:date").limit(30).collapseDuplicates(false).build());
    LocalDate previous = LocalDate.MAX;
    for (Hit hit : results.hits()) {
      assertTrue(Float.isFinite(hit.score()) && hit.score() > 0, hit.id() + " " + hit.score());
      if (hit.published() != null) {
        assertFalse(hit.published().isAfter(previous), "newest first");
        previous = hit.published();
      }
    }
  }

  @Test
  void theHistogramOnlyWhenAskedAndThenEveryMatchIsCounted() throws IOException {
    SearchResults plain = fahras.search(request("الحكومة").build());
    assertTrue(plain.histogram().isEmpty());
    assertFalse(plain.totalIsExact(), "top-k skipping leaves a lower bound: " + plain.total());
    SearchResults counted = fahras.search(request("الحكومة").histogram(true).build());
    assertTrue(counted.totalIsExact());
    long dated = counted.histogram().stream().mapToLong(SearchResults.MonthCount::count).sum();
    assertTrue(dated > 0 && dated <= counted.total() && counted.total() >= plain.total(), counted.toString());
  }

  @Test
  void storiesAreCountedWhenEveryMatchWasSeen() throws IOException {
    SearchResults results = fahras.search(request("1199 OR 1198 OR 1197").limit(50).build());
    assertTrue(results.stories().isPresent(), results.toString());
    assertEquals(results.hits().size(), results.stories().getAsLong());
  }

  @Test
  void theResolvedTimeIsReported() throws IOException {
    TimeIntent intent = fahras.search(request("النفط أيلول 2023").build()).intent();
    assertEquals(new TimeIntent("أيلول 2023", LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30)), intent);
  }
}
