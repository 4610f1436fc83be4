package org.fahras.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.fahras.index.Schema;
import org.fahras.search.DateAwareRanking;
import org.junit.jupiter.api.Test;

/** Every match scores exactly text + date, on a small index of the fields OpenSearch's mapping makes. */
class DateScoredQueryTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final DateAwareRanking RANKING =
      DateAwareRanking.recency(AS_OF, 30, 2).withIntent(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1), 3, 1.5);

  private static Document article(String id, LocalDate published, LocalDate mentioned) {
    Document document = new Document();
    document.add(new StringField("id", id, Field.Store.YES));
    document.add(new TextField(Schema.BODY, "القوات", Field.Store.NO));
    if (published != null) {
      document.add(new LongField(Schema.PUBLISHED, published.toEpochDay(), Field.Store.NO));
    }
    if (mentioned != null) {
      long day = mentioned.toEpochDay();
      document.add(new LongRange(Schema.MENTIONS, new long[] {day}, new long[] {day}));
    }
    return document;
  }

  @Test
  void scoreIsTextPlusDate() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(article("recent", LocalDate.of(2024, 9, 24), null));
        writer.addDocument(article("old-mentioning", LocalDate.of(2021, 6, 5), LocalDate.of(2025, 9, 12)));
        writer.addDocument(article("undated", null, null));
        writer.addDocument(article("undated-mentioning", null, LocalDate.of(2025, 9, 30)));
        writer.addDocument(article("published-inside", LocalDate.of(2025, 9, 3), null));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query text = new TermQuery(new Term(Schema.BODY, "القوات"));
        Query mentions = LongRange.newWithinQuery(Schema.MENTIONS, new long[] {day(2025, 9, 1)}, new long[] {day(2025, 9, 30)});
        TopDocs textOnly = searcher.search(text, 10);
        float textScore = textOnly.scoreDocs[0].score; // one word, same length: every article scores alike
        Map<String, Double> expected = new HashMap<>();
        expected.put("recent", textScore + RANKING.score(day(2024, 9, 24), false));
        expected.put("old-mentioning", textScore + RANKING.score(day(2021, 6, 5), true));
        expected.put("undated", textScore + RANKING.undatedScore(false));
        expected.put("undated-mentioning", textScore + RANKING.undatedScore(true));
        expected.put("published-inside", textScore + RANKING.score(day(2025, 9, 3), false));

        Query scored = new DateScoredQuery(text, RANKING, mentions);
        TopDocs top = searcher.search(scored, 10);
        assertEquals(5, top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
          String id = searcher.storedFields().document(hit.doc).get("id");
          assertEquals(expected.get(id), hit.score, 1e-5, id);
          assertEquals(hit.score, searcher.explain(scored, hit.doc).getValue().floatValue(), 1e-5, id);
        }
        assertEquals("published-inside", searcher.storedFields().document(top.scoreDocs[0].doc).get("id"));
      }
    }
  }

  private static long day(int year, int month, int day) {
    return LocalDate.of(year, month, day).toEpochDay();
  }
}
