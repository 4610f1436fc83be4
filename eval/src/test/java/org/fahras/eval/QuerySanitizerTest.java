package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuerySanitizerTest {

  @Test
  void quotesBecomeSpaces() {
    assertEquals("ما معنى الصراط المستقيم", QuerySanitizer.sanitize("ما معنى \"الصراط المستقيم\""));
    assertEquals("أسعار النفط", QuerySanitizer.sanitize("\"أسعار النفط"));
  }

  @Test
  void leadingMinusIsDropped() {
    assertEquals("الفرق بين الجن والإنس", QuerySanitizer.sanitize("الفرق بين -الجن --والإنس"));
    assertEquals("1958-2018", QuerySanitizer.sanitize("1958-2018"));
  }

  @Test
  void asciiFieldPrefixIsDroppedAndArabicColonKept() {
    assertEquals("الجزيرة 2024", QuerySanitizer.sanitize("source:الجزيرة after:2024"));
    assertEquals("قال: نعم", QuerySanitizer.sanitize("قال: نعم"));
    assertEquals("x", QuerySanitizer.sanitize("a:b:-x"));
    assertEquals("sort: 10:30", QuerySanitizer.sanitize("sort: 10:30"));
  }

  @Test
  void orOperatorBecomesAWord() {
    assertEquals("قطر or السعودية", QuerySanitizer.sanitize("قطر OR السعودية"));
  }

  @Test
  void whitespaceIsCollapsedAndDatesKept() {
    assertEquals("انتخابات أيلول 2018 ٠٩/٢٠١٨", QuerySanitizer.sanitize("  انتخابات  أيلول   2018 ٠٩/٢٠١٨ "));
    assertEquals("", QuerySanitizer.sanitize(" \" - "));
  }
}
