package org.fahras.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.time.Granularity;
import org.fahras.time.TemporalMention;
import org.junit.jupiter.api.Test;

/**
 * The mentions an article's body makes are indexed twice: as {@code LongRange} points and as doc values. {@link
 * Schema#newMentionsWithinQuery} must find exactly the articles a within query on the points finds.
 */
class SchemaMentionsTest {
  private static final Schema SCHEMA = new Schema(AnalyzerProfile.STANDARD);

  @Test
  void docValuesFindExactlyWhatThePointsFind() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SCHEMA.newAnalyzer()))) {
        for (int i = 0; i < 3000; i++) {
          List<TemporalMention> mentions = new ArrayList<>();
          for (int m = random.nextInt(5); m > 0; m--) {
            // Around 1970 on both sides, so negative epoch days are covered; a day up to about three years long.
            long from = -2000 + random.nextInt(4000);
            long days = 1 + (random.nextBoolean() ? random.nextInt(3) : random.nextInt(1100));
            mentions.add(mention(from, from + days));
          }
          writer.addDocument(SCHEMA.toDocument(article(i), mentions));
          if (i % 1000 == 999) {
            writer.commit(); // several segments
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertTrue(reader.leaves().size() > 1, "the test needs several segments");
        int nonEmpty = 0;
        for (int q = 0; q < 400; q++) {
          long from = -2100 + random.nextInt(4200);
          long until = from + 1 + (q % 2 == 0 ? random.nextInt(40) : random.nextInt(2000));
          Set<Integer> byPoints = docs(searcher, pointsWithin(from, until));
          assertEquals(byPoints, docs(searcher, Schema.newMentionsWithinQuery(from, until)), "[" + from + ", " + until + ")");
          nonEmpty += byPoints.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > 200, "most asked intervals should find articles, found " + nonEmpty);
      }
    }
  }

  @Test
  void aMentionCountsOnlyWhenWhollyInside() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SCHEMA.newAnalyzer()))) {
        writer.addDocument(SCHEMA.toDocument(article(0), List.of(mention(10, 20), mention(30, 31))));
        writer.addDocument(SCHEMA.toDocument(article(1), List.of(mention(5, 40))));
        writer.addDocument(SCHEMA.toDocument(article(2), List.of()));
        writer.addDocument(SCHEMA.toDocument(article(3), List.of(mention(-400, -399))));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(Set.of(0), docs(searcher, Schema.newMentionsWithinQuery(10, 20)));
        assertEquals(Set.of(0), docs(searcher, Schema.newMentionsWithinQuery(30, 31)));
        assertEquals(Set.of(0), docs(searcher, Schema.newMentionsWithinQuery(0, 31)));
        assertEquals(Set.of(0, 1), docs(searcher, Schema.newMentionsWithinQuery(5, 40)));
        assertEquals(Set.of(), docs(searcher, Schema.newMentionsWithinQuery(11, 20)));
        assertEquals(Set.of(), docs(searcher, Schema.newMentionsWithinQuery(10, 19)));
        assertEquals(Set.of(3), docs(searcher, Schema.newMentionsWithinQuery(-400, -399)));
        assertEquals(Set.of(0, 3), docs(searcher, Schema.newMentionsWithinQuery(-500, 30)));
      }
    }
  }

  @Test
  void aMentionBeyondTheDayRangeIsRefused() {
    TemporalMention far = new TemporalMention(
        0, 1, "x", LocalDate.of(6_000_000, 1, 1), LocalDate.of(6_000_000, 1, 2), Granularity.DAY, false, "test", null);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> SCHEMA.toDocument(article(0), List.of(far)));
    assertTrue(error.getMessage().contains("cannot be indexed"), error.getMessage());
  }

  @Test
  void anIndexOfAnEarlierFormatMustBeRebuilt() throws IOException {
    assertEquals(4, Schema.FORMAT_VERSION);
    assertEquals(
        "old-index was written by an older Fahras (index format 3), which this one cannot search (it reads format 4):"
            + " re-index the articles into a new folder",
        formatError("3", "old-index"));
  }

  @Test
  void anIndexOfALaterFormatNamesBothWaysOut() throws IOException {
    assertEquals(
        "new-index was written by a newer Fahras (index format 5; this one reads format 4): search it with that"
            + " version, or re-index the articles into a new folder",
        formatError("5", "new-index"));
  }

  /** The error opening an index whose commit says it has {@code format}. */
  private static String formatError(String format, String where) throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SCHEMA.newAnalyzer()))) {
        writer.addDocument(SCHEMA.toDocument(article(0), List.of()));
        writer.setLiveCommitData(
            Map.of(IndexMetadata.PROFILE_KEY, "standard", IndexMetadata.FORMAT_KEY, format).entrySet());
      }
      return assertThrows(IllegalStateException.class, () -> IndexMetadata.read(directory, where)).getMessage();
    }
  }

  private static Article article(int i) {
    return Article.builder("a" + i).title("").body("text " + i).build();
  }

  private static TemporalMention mention(long from, long until) {
    return new TemporalMention(
        0, 1, "x", LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(until), Granularity.DAY, false, "test", null);
  }

  /** The old path: LongRange bounds are inclusive, so the last day is the one before {@code until}. */
  private static Query pointsWithin(long from, long until) {
    return LongRange.newWithinQuery(Schema.MENTIONS, new long[] {from}, new long[] {until - 1});
  }

  private static Set<Integer> docs(IndexSearcher searcher, Query query) throws IOException {
    Set<Integer> docs = new TreeSet<>();
    for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }
}
