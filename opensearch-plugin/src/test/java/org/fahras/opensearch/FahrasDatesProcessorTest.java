package org.fahras.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;

class FahrasDatesProcessorTest {
  private static IngestDocument run(Map<String, Object> source) throws Exception {
    Processor processor = new FahrasDatesProcessor.Factory().create(Map.of(), "tag", null, new HashMap<>());
    return processor.execute(new IngestDocument(new HashMap<>(source), new HashMap<>()));
  }

  private static long day(int year, int month, int day) {
    return LocalDate.of(year, month, day).toEpochDay();
  }

  @Test
  void publishedBecomesEpochDaysAndMentionsBecomeInclusiveRanges() throws Exception {
    IngestDocument document =
        run(Map.of("published", "2024-09-24", "body", "تنسحب القوات بحلول أيلول 2025 كما قيل أمس"));
    assertEquals(day(2024, 9, 24), document.getFieldValue("published", Long.class));
    assertEquals(
        List.of(
            Map.of("gte", day(2025, 9, 1), "lte", day(2025, 9, 30)),
            Map.of("gte", day(2024, 9, 23), "lte", day(2024, 9, 23))),
        document.getFieldValue("mentions", List.class));
  }

  @Test
  void anUndatedArticleKeepsOnlyAbsoluteTimes() throws Exception {
    IngestDocument document = run(Map.of("body", "تنسحب القوات بحلول أيلول 2025 كما قيل أمس"));
    assertFalse(document.hasField("published"));
    assertEquals(
        List.of(Map.of("gte", day(2025, 9, 1), "lte", day(2025, 9, 30))),
        document.getFieldValue("mentions", List.class));
  }

  @Test
  void runningTwiceGivesTheSameDocument() throws Exception {
    IngestDocument once = run(Map.of("published", "2024-09-24", "body", "في أيلول 2025"));
    IngestDocument twice = run(once.getSourceAndMetadata());
    assertEquals(once.getFieldValue("published", Long.class), twice.getFieldValue("published", Long.class));
    assertEquals(once.getFieldValue("mentions", List.class), twice.getFieldValue("mentions", List.class));
  }

  @Test
  void aDateTimeCountsAsTheDayItWrites() throws Exception {
    IngestDocument document = run(Map.of("published", "2024-09-24T23:30:00-05:00", "body", ""));
    assertEquals(day(2024, 9, 24), document.getFieldValue("published", Long.class));
  }

  @Test
  void aBadDayNamesTheField() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> run(Map.of("published", "24/9/2024", "body", "")));
    assertEquals(
        "[fahras_dates] field [published] must be an ISO date or date-time like 2024-09-24 or 2024-09-24T10:00:00Z, or an epoch day, got [24/9/2024]",
        error.getMessage());
  }

  @Test
  void optionsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new FahrasDatesProcessor.Factory().create(Map.of(), "tag", null, new HashMap<>(Map.of("field", "x"))));
  }
}
