package org.fahras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fahras.document.Article;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java snippet, as written there, works. */
class ReadmeExampleTest {
  @Test
  void readmeSnippetFindsTheArticleByAnotherMonthNameAndDigitSet(@TempDir Path folder) throws IOException {
    SearchResults results;
    try (Fahras fahras = Fahras.open(folder.resolve("fahras-index"))) {
      fahras.add(Article.builder("a1").title("العراق وأمريكا يتفقان على سحب قوات التحالف").body("توصلت الولايات المتحدة والعراق إلى تفاهم بشأن خطط انسحاب قوات التحالف بحلول أيلول 2025.").source("رويترز").published(LocalDate.of(2024, 9, 6)).build());
      fahras.commit();
      results = fahras.search(
          SearchRequest.builder("انسحاب القوات سبتمبر ٢٠٢٥", LocalDate.of(2024, 10, 1)).build());
    }
    assertEquals(1, results.hits().size());
    assertEquals("a1", results.hits().get(0).id());
    assertTrue(!results.hits().get(0).snippet().highlights().isEmpty(), results.hits().get(0).snippet().toString());
    assertEquals("سبتمبر ٢٠٢٥", results.intent().words());
  }
}
