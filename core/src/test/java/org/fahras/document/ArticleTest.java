package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void aHeadlineWithoutBodyIsValid() {
    Article article = new Article("id", "عنوان", "", null, null, null, null);
    assertEquals(Optional.empty(), article.publishedValue());
    assertEquals(Optional.empty(), article.sourceValue());
  }

  @Test
  void rejectsWhatCannotBeIndexed() {
    assertEquals(
        "id must not be blank",
        assertThrows(IllegalArgumentException.class, () -> new Article(" ", "t", "", null, null, null, null))
            .getMessage());
    assertEquals(
        "no title and no text: article x has nothing to index",
        assertThrows(IllegalArgumentException.class, () -> new Article("x", "", " \n", null, null, null, null))
            .getMessage());
    assertEquals(
        "source must be null (unknown) or non-blank",
        assertThrows(IllegalArgumentException.class, () -> new Article("x", "t", "", "", null, null, null))
            .getMessage());
    assertThrows(NullPointerException.class, () -> new Article("x", null, "b", null, null, null, null));
  }

  @Test
  void toStringLeavesTheBodyOut() {
    Article article = new Article("x", "t", "a long body", "src", null, null, LocalDate.of(2024, 9, 6));
    assertEquals("Article[id=x, published=2024-09-06, source=src, title=t]", article.toString());
  }
}
