package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class ArticleDatesTest {

  private static final LocalDate MAY_FIRST = LocalDate.of(2018, 5, 1);

  @Test
  void datesAndDateTimes() {
    assertEquals(MAY_FIRST, ArticleDates.parse("2018-05-01"));
    assertEquals(MAY_FIRST, ArticleDates.parse("2018-05-01T10:00:00Z"));
    assertEquals(MAY_FIRST, ArticleDates.parse("2018-05-01 10:00:00"));
    assertEquals(MAY_FIRST, ArticleDates.parse("2018-05-01T10:00"));
    assertEquals(MAY_FIRST, ArticleDates.parse("2018-05-01T23:59:59.999+03:00"));
  }

  @Test
  void impossibleOrForeignShapesFail() {
    for (String bad : new String[] {"2024-13-45", "2023-02-29", "2018-5-1", "01/05/2018", "2018-05-01T25:00", "", "x"}) {
      assertThrows(DateTimeParseException.class, () -> ArticleDates.parse(bad), bad);
    }
  }
}
