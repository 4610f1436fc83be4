package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collector must return exactly the top k of {@code BM25 + date score} that scoring every match would give, while
 * scoring fewer documents than match. Checked against an exhaustive computation on a random, date-sorted,
 * multi-segment index with undated articles, future dates and mentions.
 */
class DateAwareTopDocsCollectorTest {
  private static final String[] WORDS = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"};
  private static final Sort NEWEST_FIRST =
      new Sort(
          LongField.newSortField("published", true, SortedNumericSelector.Type.MIN, Long.MIN_VALUE));
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void buildIndex() throws IOException {
    directory = new ByteBuffersDirectory();
    SplittableRandom random = new SplittableRandom(42);
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setIndexSort(NEWEST_FIRST);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < 6000; i++) {
        Document doc = new Document();
        StringBuilder text = new StringBuilder();
        int length = 3 + random.nextInt(30);
        for (int w = 0; w < length; w++) {
          // Skewed term frequencies so BM25 scores spread out.
          int index = (int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 4);
          text.append(WORDS[index]).append(' ');
        }
        doc.add(new TextField("body", text.toString(), Field.Store.NO));
        if (random.nextInt(10) > 0) {
          // Ten years back and a little into the future of the as-of day.
          long day = AS_OF.toEpochDay() - 3650 + random.nextInt(3650 + 60);
          doc.add(new LongField("published", day, Field.Store.NO));
        }
        if (random.nextInt(4) == 0) {
          long from = AS_OF.toEpochDay() - random.nextInt(4000);
          doc.add(new LongRange("mentions", new long[] {from}, new long[] {from + 1 + random.nextInt(40)}));
        }
        writer.addDocument(doc);
        if (i % 1500 == 1499) {
          writer.commit(); // several segments
        }
      }
    }
    reader = DirectoryReader.open(directory);
    assertTrue(reader.leaves().size() > 1, "the test needs several segments");
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static Query disjunction(String... words) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String word : words) {
      builder.add(new TermQuery(new Term("body", word)), BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  @Test
  void recencyTopKEqualsExhaustiveScoring() throws IOException {
    DateAwareRanking ranking = DateAwareRanking.recency(AS_OF, 30, 3.0);
    assertExact(disjunction("e", "h", "j"), ranking, 10, null);
    assertExact(disjunction("a", "b"), ranking, 10, null);
    assertExact(disjunction("k", "l", "i", "c"), ranking, 25, null);
  }

  @Test
  void intentWithMentionsTopKEqualsExhaustiveScoring() throws IOException {
    LocalDate from = LocalDate.of(2021, 6, 1);
    DateAwareRanking ranking =
        DateAwareRanking.recency(AS_OF, 30, 1.0).withIntent(from, from.plusMonths(1), 4.0, 2.0);
    Query mentions =
        LongRange.newWithinQuery(
            "mentions", new long[] {from.toEpochDay()}, new long[] {from.plusMonths(1).toEpochDay()});
    assertExact(disjunction("f", "g", "h"), ranking, 10, mentions);
    assertExact(disjunction("a", "c"), ranking, 10, mentions);
  }

  @Test
  void pastAsOfWithFutureArticlesIsExact() throws IOException {
    DateAwareRanking ranking = DateAwareRanking.recency(AS_OF.minusYears(5), 365, 2.0);
    assertExact(disjunction("d", "i", "k"), ranking, 10, null);
  }

  @Test
  void recencySkipsMostMatches() throws IOException {
    DateAwareRanking ranking = DateAwareRanking.recency(AS_OF, 30, 3.0);
    IndexSearcher searcher = new IndexSearcher(reader);
    Query query = disjunction("a", "b", "c");
    DateAwareTopDocsCollector collector =
        new DateAwareTopDocsCollector(10, ranking, "published", NEWEST_FIRST, null);
    searcher.search(query, collector);
    int matches = searcher.count(query);
    assertTrue(
        collector.collectedCount() < matches / 2,
        "scored " + collector.collectedCount() + " of " + matches + " matches");
  }

  private static void assertExact(Query query, DateAwareRanking ranking, int k, Query mentionQuery)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Weight mentionWeight =
        mentionQuery == null
            ? null
            : searcher.createWeight(searcher.rewrite(mentionQuery), ScoreMode.COMPLETE_NO_SCORES, 1);
    DateAwareTopDocsCollector collector =
        new DateAwareTopDocsCollector(k, ranking, "published", NEWEST_FIRST, mentionWeight);
    searcher.search(query, collector);
    TopDocs actual = collector.topDocs();

    List<ScoreDoc> expected = exhaustive(searcher, query, ranking, mentionQuery);
    int[] expectedDocs = expected.stream().limit(k).mapToInt(hit -> hit.doc).toArray();
    int[] actualDocs = java.util.Arrays.stream(actual.scoreDocs).mapToInt(hit -> hit.doc).toArray();
    assertArrayEquals(expectedDocs, actualDocs, "top " + k + " of " + query);
    for (int i = 0; i < actualDocs.length; i++) {
      assertEquals(expected.get(i).score, actual.scoreDocs[i].score, 1e-5f);
    }
  }

  /** Scores every match with the full formula, no skipping, and sorts by (total desc, doc asc). */
  private static List<ScoreDoc> exhaustive(
      IndexSearcher searcher, Query query, DateAwareRanking ranking, Query mentionQuery)
      throws IOException {
    java.util.Set<Integer> mentioning = new java.util.HashSet<>();
    if (mentionQuery != null) {
      searcher.search(
          mentionQuery,
          new SimpleCollector() {
            int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
              base = context.docBase;
            }

            @Override
            public void collect(int doc) {
              mentioning.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
              return ScoreMode.COMPLETE_NO_SCORES;
            }
          });
    }
    List<ScoreDoc> all = new ArrayList<>();
    searcher.search(
        query,
        new SimpleCollector() {
          Scorable scorer;
          LeafReaderContext context;
          org.apache.lucene.index.NumericDocValues published;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            this.context = context;
            published =
                org.apache.lucene.index.DocValues.unwrapSingleton(
                    org.apache.lucene.index.DocValues.getSortedNumeric(context.reader(), "published"));
          }

          @Override
          public void setScorer(Scorable scorer) {
            this.scorer = scorer;
          }

          @Override
          public void collect(int doc) throws IOException {
            boolean mentioned = mentioning.contains(context.docBase + doc);
            double date =
                published.advanceExact(doc)
                    ? ranking.score(published.longValue(), mentioned)
                    : ranking.undatedScore(mentioned);
            all.add(new ScoreDoc(context.docBase + doc, (float) (scorer.score() + date)));
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
          }
        });
    all.sort(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc));
    return all;
  }

}
