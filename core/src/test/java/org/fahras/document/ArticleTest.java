package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void aHeadlineWithoutBodyIsValid() {
    Article article = Article.builder("id").title("عنوان").body("").build();
    assertEquals(Optional.empty(), article.publishedValue());
    assertEquals(Optional.empty(), article.sourceValue());
  }

  @Test
  void rejectsWhatCannotBeIndexed() {
    assertEquals(
        "id must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Article.builder(" ").title("t").body("").build())
            .getMessage());
    assertEquals(
        "no title and no text: article x has nothing to index",
        assertThrows(IllegalArgumentException.class, () -> Article.builder("x").title("").body(" \n").build())
            .getMessage());
    assertEquals(
        "source must be null (unknown) or non-blank",
        assertThrows(IllegalArgumentException.class, () -> Article.builder("x").title("t").body("").source("").build())
            .getMessage());
    assertThrows(NullPointerException.class, () -> Article.builder("x").title(null).body("b").build());
  }

  @Test
  void toStringLeavesTheBodyOut() {
    Article article = Article.builder("x").title("t").body("a long body").source("src").published(LocalDate.of(2024, 9, 6)).build();
    assertEquals("Article[id=x, published=2024-09-06, source=src, title=t]", article.toString());
  }
}
