package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.index.Schema;
import org.fahras.time.Granularity;
import org.fahras.time.TemporalMention;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collector must return exactly the top k of {@code BM25 + date score} that scoring every match would give, while
 * scoring fewer documents than match. Checked against an exhaustive computation on a random, date-sorted,
 * multi-segment index written by {@link Schema}, with undated articles, future dates and several mentions per article;
 * the exhaustive side finds mentions with the range points, the collector with the doc values.
 */
class DateAwareTopDocsCollectorTest {
  private static final String[] WORDS = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"};
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  /** Asked times: a month, a week, a year and a stretch of several years. */
  private static final LocalDate[][] INTERVALS = {
    {LocalDate.of(2021, 6, 1), LocalDate.of(2021, 7, 1)},
    {LocalDate.of(2019, 3, 10), LocalDate.of(2019, 3, 17)},
    {LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)},
    {LocalDate.of(2015, 1, 1), LocalDate.of(2022, 1, 1)},
  };

  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void buildIndex() throws IOException {
    directory = new ByteBuffersDirectory();
    SplittableRandom random = new SplittableRandom(42);
    Schema schema = new Schema(AnalyzerProfile.STANDARD);
    IndexWriterConfig config = new IndexWriterConfig(schema.newAnalyzer()).setIndexSort(Schema.indexSort());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < 6000; i++) {
        StringBuilder text = new StringBuilder();
        int length = 3 + random.nextInt(30);
        for (int w = 0; w < length; w++) {
          // Skewed term frequencies so BM25 scores spread out.
          int index = (int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 4);
          text.append(WORDS[index]).append(' ');
        }
        // Ten years back and a little into the future of the as-of day; one article in ten undated.
        LocalDate published = random.nextInt(10) > 0 ? AS_OF.minusDays(3650 - random.nextInt(3650 + 60)) : null;
        Article article = new Article("a" + i, "", text.toString(), null, null, null, published);
        writer.addDocument(schema.toDocument(article, randomMentions(random)));
        if (i % 1500 == 1499) {
          writer.commit(); // several segments
        }
      }
    }
    reader = DirectoryReader.open(directory);
    assertTrue(reader.leaves().size() > 1, "the test needs several segments");
  }

  /** None for most articles, up to four for some: a day, a month or a longer stretch within the last eleven years. */
  private static List<TemporalMention> randomMentions(SplittableRandom random) {
    List<TemporalMention> mentions = new ArrayList<>();
    int count = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
    for (int m = 0; m < count; m++) {
      LocalDate from = AS_OF.minusDays(random.nextInt(4000));
      LocalDate until = from.plusDays(1 + random.nextInt(3) * random.nextInt(40));
      mentions.add(new TemporalMention(0, 1, "x", from, until, Granularity.DAY, false, "test", null));
    }
    return mentions;
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  /** Required words with an optional one, as the AND operator makes: block-level skipping only. */
  private static Query conjunctionWithOptional(String optional, String... required) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String word : required) {
      builder.add(new TermQuery(new Term(Schema.BODY, word)), BooleanClause.Occur.MUST);
    }
    return builder.add(new TermQuery(new Term(Schema.BODY, optional)), BooleanClause.Occur.SHOULD).build();
  }

  private static Query disjunction(String... words) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String word : words) {
      builder.add(new TermQuery(new Term(Schema.BODY, word)), BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  @Test
  void recencyTopKEqualsExhaustiveScoring() throws IOException {
    DateAwareRanking ranking = DateAwareRanking.recency(AS_OF, 30, 3.0);
    assertExact(disjunction("e", "h", "j"), ranking, 10, null);
    assertExact(disjunction("a", "b"), ranking, 10, null);
    assertExact(disjunction("k", "l", "i", "c"), ranking, 25, null);
    assertExact(conjunctionWithOptional("c", "a", "b"), ranking, 10, null);
    assertExact(conjunctionWithOptional("f", "b", "d"), ranking, 10, null);
  }

  @Test
  void intentWithMentionsTopKEqualsExhaustiveScoring() throws IOException {
    for (LocalDate[] interval : INTERVALS) {
      DateAwareRanking ranking =
          DateAwareRanking.recency(AS_OF, 30, 1.0).withIntent(interval[0], interval[1], 4.0, 2.0);
      assertExact(disjunction("f", "g", "h"), ranking, 10, interval);
      assertExact(disjunction("a", "c"), ranking, 10, interval);
      assertExact(conjunctionWithOptional("e", "a", "b"), ranking, 10, interval);
    }
  }

  @Test
  void mentionsOutweighingPublicationAreExact() throws IOException {
    for (LocalDate[] interval : INTERVALS) {
      DateAwareRanking ranking =
          DateAwareRanking.recency(AS_OF, 30, 0.5).withIntent(interval[0], interval[1], 1.0, 4.0);
      assertExact(disjunction("b", "d", "j"), ranking, 10, interval);
      assertExact(disjunction("e"), ranking, 20, interval);
    }
  }

  @Test
  void docValuesMentionCheckFindsWhatTheRangePointsFind() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    for (LocalDate[] interval : INTERVALS) {
      DateAwareRanking ranking =
          DateAwareRanking.recency(AS_OF, 30, 0.5).withIntent(interval[0], interval[1], 1.0, 4.0);
      Query query = disjunction("a", "b", "k");
      TopDocs byDocValues = collect(searcher, query, ranking, 15, docValuesMentions(interval));
      TopDocs byPoints = collect(searcher, query, ranking, 15, pointMentions(interval));
      assertArrayEquals(docs(byPoints), docs(byDocValues), "top 15 with mentions in " + List.of(interval));
      for (int i = 0; i < byPoints.scoreDocs.length; i++) {
        assertEquals(byPoints.scoreDocs[i].score, byDocValues.scoreDocs[i].score);
      }
      Set<Integer> mentioning = mentioning(searcher, interval);
      assertTrue(
          java.util.Arrays.stream(byPoints.scoreDocs).anyMatch(hit -> mentioning.contains(hit.doc)),
          "the top hits for " + List.of(interval) + " should hold an article mentioning it, so the check is exercised");
    }
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
        new DateAwareTopDocsCollector(10, ranking, Schema.PUBLISHED, Schema.indexSort(), null);
    searcher.search(query, collector);
    int matches = searcher.count(query);
    assertTrue(
        collector.collectedCount() < matches / 2,
        "scored " + collector.collectedCount() + " of " + matches + " matches");
  }

  /**
   * The collector, checking mentions through doc values, against scoring every match with the mentions the range
   * points find (the within semantics the doc values must reproduce).
   *
   * @param interval the asked time {@code [from, until)}, or null for no mentions
   */
  private static void assertExact(Query query, DateAwareRanking ranking, int k, LocalDate[] interval)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs actual = collect(searcher, query, ranking, k, interval == null ? null : docValuesMentions(interval));

    Set<Integer> mentioning = interval == null ? Set.of() : mentioning(searcher, interval);
    List<ScoreDoc> expected = exhaustive(searcher, query, ranking, mentioning);
    int[] expectedDocs = expected.stream().limit(k).mapToInt(hit -> hit.doc).toArray();
    assertArrayEquals(expectedDocs, docs(actual), "top " + k + " of " + query);
    for (int i = 0; i < expectedDocs.length; i++) {
      assertEquals(expected.get(i).score, actual.scoreDocs[i].score, 1e-5f);
    }
  }

  private static TopDocs collect(
      IndexSearcher searcher, Query query, DateAwareRanking ranking, int k, Query mentionQuery) throws IOException {
    Weight mentionWeight =
        mentionQuery == null
            ? null
            : searcher.createWeight(searcher.rewrite(mentionQuery), ScoreMode.COMPLETE_NO_SCORES, 1);
    DateAwareTopDocsCollector collector =
        new DateAwareTopDocsCollector(k, ranking, Schema.PUBLISHED, Schema.indexSort(), mentionWeight);
    searcher.search(query, collector);
    return collector.topDocs();
  }

  private static int[] docs(TopDocs top) {
    return java.util.Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
  }

  private static Query docValuesMentions(LocalDate[] interval) {
    return Schema.newMentionsWithinQuery(interval[0].toEpochDay(), interval[1].toEpochDay());
  }

  /** The old path: a within query on the mention points, whose bounds are inclusive. */
  private static Query pointMentions(LocalDate[] interval) {
    return LongRange.newWithinQuery(
        Schema.MENTIONS, new long[] {interval[0].toEpochDay()}, new long[] {interval[1].toEpochDay() - 1});
  }

  /** Every document the range points say mentions a time inside {@code interval}. */
  private static Set<Integer> mentioning(IndexSearcher searcher, LocalDate[] interval) throws IOException {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : searcher.search(pointMentions(interval), Integer.MAX_VALUE).scoreDocs) {
      docs.add(hit.doc);
    }
    assertTrue(docs.size() > 1, "the interval " + List.of(interval) + " should have mentions");
    return docs;
  }

  /** Scores every match with the full formula, no skipping, and sorts by (total desc, doc asc). */
  private static List<ScoreDoc> exhaustive(
      IndexSearcher searcher, Query query, DateAwareRanking ranking, Set<Integer> mentioning) throws IOException {
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
                    org.apache.lucene.index.DocValues.getSortedNumeric(context.reader(), Schema.PUBLISHED));
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
