package org.fahras.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The acceptance list of the issue, on the five seed articles kept in the repository. */
class SeedAcceptanceTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();

  private static String seed(String prefix) throws IOException {
    Path dir = Path.of("").toAbsolutePath().getParent().resolve("seeds");
    try (var files = Files.list(dir)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  /** The mention whose text is {@code span}; the seeds separate some words by no-break spaces. */
  private static TemporalMention find(String text, LocalDate reference, String span) {
    return TAGGER.tag(text, reference).stream()
        .filter(m -> m.text().replace('\u00A0', ' ').equals(span)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + span));
  }

  @Test
  void publicationDates() throws IOException {
    assertEquals(Optional.of(LocalDate.of(2024, 9, 6)), TAGGER.publicationDate(seed("000")));
    assertEquals(Optional.of(LocalDate.of(2024, 9, 24)), TAGGER.publicationDate(seed("001")));
    assertEquals(Optional.empty(), TAGGER.publicationDate(seed("002")));
    assertEquals(Optional.of(LocalDate.of(2021, 6, 5)), TAGGER.publicationDate(seed("003")));
    assertEquals(Optional.of(LocalDate.of(2024, 8, 1)), TAGGER.publicationDate(seed("004")));
  }

  @Test
  void seed000() throws IOException {
    String text = seed("000");
    LocalDate published = TAGGER.publicationDate(text).orElseThrow();
    TemporalMention september = find(text, published, "ايلول 2025");
    assertEquals("2025-09", september.isoValue());
    assertEquals(Granularity.MONTH, september.granularity());
    TemporalMention end2026 = find(text, published, "نهاية عام 2026");
    assertEquals("2026-10-01/2027-01-01", end2026.isoValue());
    assertEquals(Granularity.PART_OF_YEAR, end2026.granularity());
    TemporalMention january = find(text, published, "كانون الثاني الماضي");
    assertEquals("2024-01", january.isoValue());
    assertEquals(Granularity.MONTH, january.granularity());
    assertTrue(january.relative());
    assertEquals("2014-09-10",
        find(text, published, "العاشر من شهر سبتمبر/ أيلول عام 2014").isoValue());
    assertTrue(TAGGER.tag(text, published).stream().noneMatch(m -> m.text().contains("2500")));
  }

  @Test
  void seed001() throws IOException {
    String text = seed("001");
    LocalDate published = TAGGER.publicationDate(text).orElseThrow();
    TemporalMention seventeenth = find(text, published, "السابع عشر من سبتمبر الحالي");
    assertEquals("2024-09-17", seventeenth.isoValue());
    assertEquals("ordinal-day", seventeenth.rule());
    assertEquals("2025-03-26", find(text, published, "اليوم الأربعاء (26 آذار 2025)").isoValue());
    assertEquals("2024-09-21",
        find(text, published, "الحادي والعشرين من سبتمبر الحالي").isoValue());
  }

  @Test
  void seed003() throws IOException {
    String text = seed("003");
    LocalDate published = TAGGER.publicationDate(text).orElseThrow();
    assertEquals("2020-01-05", find(text, published, "5 يناير/كانون الثاني 2020").isoValue());
    assertEquals("2021-04-24", find(text, published, "24 أبريل/نيسان 2021").isoValue());
    assertEquals("2021-07-01/2021-09-01",
        find(text, published, "شهري يوليو/تموز وأغسطس/آب المقبلين").isoValue());
  }

  @Test
  void spansPointIntoTheOriginalText() throws IOException {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      String text = seed(prefix);
      for (TemporalMention m : TAGGER.tag(text, LocalDate.of(2024, 9, 6))) {
        assertEquals(m.text(), text.substring(m.start(), m.end()));
      }
    }
  }
}
