package org.fahras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fahras.document.Article;
import org.fahras.document.SharedData;
import org.fahras.document.JsonLinesReader;
import org.fahras.document.ReadListener;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feast named in a query is a time the search favours: "مباحثات عيد الأضحى 2016" puts the talks published during
 * that feast (11–14 September 2016) first, through the facade, as a user runs it.
 */
class FeastIntentSearchTest {
  private static final LocalDate AS_OF = LocalDate.of(2018, 6, 1);
  private static final LocalDate EID_FROM = LocalDate.of(2016, 9, 11);
  private static final LocalDate EID_UNTIL = LocalDate.of(2016, 9, 15);

  /** Talks reported in the same words on {@code published}, so only the date tells the articles apart. */
  private static Article talks(String id, LocalDate published) {
    return Article.builder(id).title("جولة جديدة من المباحثات بين الوفدين").body("تواصلت المباحثات بين الوفدين حول وقف إطلاق النار وتبادل الأسرى بحضور الوسطاء.").source("وكالة").published(published).build();
  }

  private static SearchResults search(Path folder, List<Article> articles, String query, LocalDate asOf)
      throws IOException {
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      fahras.add(articles);
      fahras.commit();
      return fahras.search(SearchRequest.builder(query, asOf).collapseDuplicates(false).limit(20).build());
    }
  }

  private static boolean duringTheFeast(LocalDate day) {
    return day != null && !day.isBefore(EID_FROM) && day.isBefore(EID_UNTIL);
  }

  @Test
  void aFeastWithItsYearPutsTheArticlesOfThoseDaysFirst(@TempDir Path folder) throws IOException {
    SearchResults results = search(folder, List.of(
        talks("june", LocalDate.of(2016, 6, 20)),
        talks("before", LocalDate.of(2016, 9, 5)),
        talks("eid-1", LocalDate.of(2016, 9, 12)),
        talks("eid-2", LocalDate.of(2016, 9, 13)),
        talks("december", LocalDate.of(2016, 12, 1)),
        talks("eid-2015", LocalDate.of(2015, 9, 24)),
        talks("eid-2017", LocalDate.of(2017, 9, 1))), "مباحثات عيد الأضحى 2016", AS_OF);
    assertEquals("عيد الأضحى 2016", results.intent().words());
    assertEquals(7, results.hits().size());
    assertEquals(Set.of("eid-1", "eid-2"), Set.of(results.hits().get(0).id(), results.hits().get(1).id()));
  }

  @Test
  void aFeastWithoutAYearIsTheOneAroundTheAsOfDate(@TempDir Path folder) throws IOException {
    SearchResults results = search(folder, List.of(
        talks("eid-2016", LocalDate.of(2016, 9, 12)),
        talks("eid-2017", LocalDate.of(2017, 9, 1)),
        talks("june-2017", LocalDate.of(2017, 6, 20))), "مباحثات عيد الأضحى", LocalDate.of(2017, 9, 20));
    assertEquals("عيد الأضحى", results.intent().words());
    assertEquals("eid-2017", results.hits().get(0).id());
  }

  /**
   * Over the Tunisian radio's articles of August to October 2016 in the shared corpus: "تونس عيد الأضحى 2016" puts an
   * article of the feast's days first and keeps the first ten within a month of it, where "تونس" alone ranks by
   * recency.
   */
  @Test
  void onTheCorpusTheFeastsDaysComeFirst(@TempDir Path folder) throws IOException {
    Path corpus = SharedData.require("corpus/" + "ant-v1.1-jawhara.jsonl.gz");
    List<Article> autumn = new ArrayList<>();
    new JsonLinesReader().read(corpus, ReadListener.of(article -> {
      LocalDate day = article.published();
      if (day != null && !day.isBefore(LocalDate.of(2016, 8, 1)) && day.isBefore(LocalDate.of(2016, 11, 1))) {
        autumn.add(article);
      }
    }, rejection -> {}));
    assertTrue(autumn.size() > 300, autumn.size() + " articles");
    SearchResults withFeast;
    SearchResults withoutFeast;
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      fahras.add(autumn);
      fahras.commit();
      withFeast = fahras.search(SearchRequest.builder("تونس عيد الأضحى 2016", AS_OF).limit(10).build());
      withoutFeast = fahras.search(SearchRequest.builder("تونس", AS_OF).limit(10).build());
    }
    assertEquals("عيد الأضحى 2016", withFeast.intent().words());
    assertEquals(10, withFeast.hits().size());
    assertTrue(duringTheFeast(withFeast.hits().get(0).published()), "first hit " + withFeast.hits().get(0));
    for (Hit hit : withFeast.hits()) {
      long days = Math.abs(hit.published().toEpochDay() - EID_FROM.toEpochDay());
      assertTrue(days <= 30, hit.id() + " published " + hit.published());
    }
    assertTrue(!duringTheFeast(withoutFeast.hits().get(0).published()), "without the feast " + withoutFeast.hits());
  }
}
