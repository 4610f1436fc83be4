package org.fahras.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.search.CheckHits;
import org.apache.lucene.tests.search.QueryUtils;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.internal.index.Schema;
import org.fahras.time.Granularity;
import org.fahras.time.TemporalMention;

/**
 * The date-aware query against Lucene's own test framework and against scoring every match.
 *
 * <p>The index: articles written by {@link Schema} in two parts, one sorted newest first (several segments, some
 * deletions) and one written without the index sort (the bound falls back to each segment's best); ten years of
 * dates and some in the future of the as-of day, undated articles, several mentions per article. The searchers come
 * from {@link LuceneTestCase#newSearcher}, which wraps weights and scorers in asserting ones, sometimes replaces the
 * bulk scorer by the plain scorer, and splits bulk scoring into random windows. JUnit 4: it runs under the vintage
 * engine.
 */
public class DateAwareQueryTest extends LuceneTestCase {
  private static final String[] WORDS = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"};
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final LocalDate[][] INTERVALS = {
    {LocalDate.of(2021, 6, 1), LocalDate.of(2021, 7, 1)},
    {LocalDate.of(2019, 3, 10), LocalDate.of(2019, 3, 17)},
    {LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)},
    {LocalDate.of(2015, 1, 1), LocalDate.of(2022, 1, 1)},
  };

  private Directory sorted;
  private Directory withDeletions;
  private Directory unsorted;
  /** All three parts. */
  private IndexReader reader;
  /** Without the part with deletions: {@link QueryUtils} advances fresh scorers over deleted documents too. */
  private IndexReader live;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    sorted = newDirectory();
    withDeletions = newDirectory();
    unsorted = newDirectory();
    Random random = random();
    write(sorted, true, 800 + random.nextInt(800), false, random);
    write(withDeletions, true, 300 + random.nextInt(300), true, random);
    write(unsorted, false, 150 + random.nextInt(150), false, random);
    reader =
        new MultiReader(DirectoryReader.open(sorted), DirectoryReader.open(withDeletions), DirectoryReader.open(unsorted));
    live = new MultiReader(DirectoryReader.open(sorted), DirectoryReader.open(unsorted));
  }

  @Override
  public void tearDown() throws Exception {
    reader.close();
    live.close();
    sorted.close();
    withDeletions.close();
    unsorted.close();
    super.tearDown();
  }

  private static void write(Directory directory, boolean sortNewestFirst, int count, boolean delete, Random random)
      throws IOException {
    Schema schema = new Schema(AnalyzerProfile.STANDARD);
    IndexWriterConfig config = new IndexWriterConfig(schema.newAnalyzer());
    if (sortNewestFirst) {
      config.setIndexSort(Schema.indexSort());
    }
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < count; i++) {
        StringBuilder text = new StringBuilder();
        int length = 3 + random.nextInt(30);
        for (int w = 0; w < length; w++) {
          // Skewed term frequencies so scores spread out.
          int index = (int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 4);
          text.append(WORDS[index]).append(' ');
        }
        // Ten years back and a little into the future of the as-of day; one article in ten undated.
        LocalDate published = random.nextInt(10) > 0 ? AS_OF.minusDays(3650 - random.nextInt(3650 + 60)) : null;
        Article article = Article.builder("a" + i).title("").body(text.toString()).published(published).build();
        writer.addDocument(schema.toDocument(article, mentions(random)));
        if (random.nextInt(500) == 0) {
          writer.commit(); // several segments
        }
      }
      for (int i = 0; delete && i < count / 20; i++) {
        writer.deleteDocuments(Schema.idTerm("a" + random.nextInt(count)));
      }
    }
  }

  /** None for most articles, up to four for some: a day, a month or a longer stretch within the last eleven years. */
  private static List<TemporalMention> mentions(Random random) {
    List<TemporalMention> mentions = new ArrayList<>();
    int count = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
    for (int m = 0; m < count; m++) {
      LocalDate from = AS_OF.minusDays(random.nextInt(4000));
      LocalDate until = from.plusDays(1 + random.nextInt(3) * random.nextInt(40));
      mentions.add(new TemporalMention(0, 1, "x", from, until, Granularity.DAY, false, "test", null));
    }
    return mentions;
  }

  private static TermQuery term(String word) {
    return new TermQuery(new Term(Schema.BODY, word));
  }

  /** Text queries of every shape the engine makes: disjunctions, AND with an optional word, boosts, filters. */
  private static List<Query> texts() {
    BooleanQuery.Builder or = new BooleanQuery.Builder();
    for (String word : new String[] {"e", "h", "j"}) {
      or.add(term(word), Occur.SHOULD);
    }
    Query common = new BooleanQuery.Builder().add(term("a"), Occur.SHOULD).add(term("b"), Occur.SHOULD).build();
    Query and =
        new BooleanQuery.Builder()
            .add(term("c"), Occur.MUST)
            .add(term("d"), Occur.MUST)
            .add(new BoostQuery(term("f"), 2f), Occur.SHOULD)
            .build();
    Query filtered =
        new BooleanQuery.Builder().add(or.build(), Occur.MUST).add(term("a"), Occur.FILTER).add(term("l"), Occur.MUST_NOT).build();
    return List.of(or.build(), common, and, filtered, term("k"));
  }

  /** Recency alone, recency with each asked time (mentions by doc values or by points), an as-of in the past. */
  private List<DateAwareQuery> queries(Query text) {
    List<DateAwareQuery> queries = new ArrayList<>();
    queries.add(DateAwareQuery.builder(text, Schema.PUBLISHED).recency(AS_OF, 30, 0.3).build());
    queries.add(DateAwareQuery.builder(text, Schema.PUBLISHED).recency(AS_OF.minusYears(5), 365, 0.5).build());
    for (LocalDate[] interval : INTERVALS) {
      long from = interval[0].toEpochDay();
      long until = interval[1].toEpochDay();
      Query mentions =
          random().nextBoolean()
              ? Schema.newMentionsWithinQuery(from, until)
              : LongRange.newWithinQuery(Schema.MENTIONS, new long[] {from}, new long[] {until - 1});
      queries.add(
          DateAwareQuery.builder(text, Schema.PUBLISHED)
              .recency(AS_OF, 30, 0.1)
              .intent(interval[0], interval[1], 0.25, mentions, random().nextBoolean() ? 0.15 : 0.6)
              .build());
    }
    return queries;
  }

  /** Each run checks three of the rankings (a different three each seed), for every shape of text query. */
  public void testLuceneQueryContracts() throws IOException {
    for (Query text : texts()) {
      List<DateAwareQuery> rankings = new ArrayList<>(queries(text));
      java.util.Collections.shuffle(rankings, random());
      for (DateAwareQuery query : rankings.subList(0, 3)) {
        IndexSearcher searcher = newSearcher(live);
        QueryUtils.check(random(), query, searcher);
        CheckHits.checkTopScores(random(), query, searcher);
        CheckHits.checkExplanations(query, Schema.BODY, searcher);
      }
    }
  }

  public void testEqualsAndHashCode() {
    Query text = term("a");
    DateAwareQuery one = DateAwareQuery.builder(text, Schema.PUBLISHED).recency(AS_OF, 30, 0.1).build();
    QueryUtils.checkEqual(one, DateAwareQuery.builder(term("a"), Schema.PUBLISHED).recency(AS_OF, 30, 0.1).build());
    QueryUtils.checkUnequal(one, DateAwareQuery.builder(text, Schema.PUBLISHED).recency(AS_OF, 31, 0.1).build());
    QueryUtils.checkUnequal(one, DateAwareQuery.builder(text, Schema.PUBLISHED).recency(AS_OF.plusDays(1), 30, 0.1).build());
    QueryUtils.checkUnequal(one, DateAwareQuery.builder(term("b"), Schema.PUBLISHED).recency(AS_OF, 30, 0.1).build());
  }

  /** The stock top-k collector, skipping from the k-th hit on, gives exactly the top k of the formula. */
  public void testTopKIsExactlyTextPlusDateOverEveryMatch() throws IOException {
    IndexSearcher searcher = newSearcher(reader);
    for (Query text : texts()) {
      for (DateAwareQuery query : queries(text)) {
        for (int k : new int[] {1, 10, 33}) {
          TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(k, null, k));
          assertSame(query + " k=" + k, expected(searcher, query, k), top.scoreDocs);
        }
      }
    }
  }

  /** Intra-query concurrency: slices share the minimum score and give the same top k. */
  public void testAnExecutorGivesTheSameTopK() throws IOException {
    ExecutorService executor = Executors.newFixedThreadPool(3);
    try {
      IndexSearcher parallel = new IndexSearcher(reader, executor) {
        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
          return slices(leaves, 1, 1, false); // a slice per segment, so slices really run apart
        }
      };
      IndexSearcher serial = new IndexSearcher(reader);
      for (Query text : texts()) {
        for (DateAwareQuery query : queries(text)) {
          TopDocs expected = serial.search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
          TopDocs got = parallel.search(query, new TopScoreDocCollectorManager(10, null, 10));
          assertSame(query.toString(), expected.scoreDocs, got.scoreDocs);
        }
      }
    } finally {
      executor.shutdown();
    }
  }

  /** searchAfter through the stock manager: five pages of ten are the top fifty in order. */
  public void testSearchAfterPagesAreTheTopK() throws IOException {
    IndexSearcher searcher = newSearcher(reader);
    for (DateAwareQuery query : queries(texts().get(1))) {
      ScoreDoc[] top = searcher.search(query, new TopScoreDocCollectorManager(50, null, 50)).scoreDocs;
      List<ScoreDoc> paged = new ArrayList<>();
      ScoreDoc after = null;
      for (int page = 0; page < 5; page++) {
        ScoreDoc[] hits = searcher.search(query, new TopScoreDocCollectorManager(10, after, 10)).scoreDocs;
        paged.addAll(Arrays.asList(hits));
        after = hits[hits.length - 1];
      }
      assertSame(query.toString(), top, paged.toArray(new ScoreDoc[0]));
    }
  }

  /** Nested under a filter the plain scorer runs (a conjunction), and still prunes to the exact top k. */
  public void testNestedUnderAFilter() throws IOException {
    IndexSearcher searcher = newSearcher(reader);
    for (DateAwareQuery inner : queries(texts().get(0))) {
      Query nested = new BooleanQuery.Builder().add(inner, Occur.MUST).add(term("b"), Occur.FILTER).build();
      TopDocs complete = searcher.search(nested, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
      TopDocs pruned = searcher.search(nested, new TopScoreDocCollectorManager(10, null, 10));
      assertSame(nested.toString(), complete.scoreDocs, pruned.scoreDocs);
      CheckHits.checkTopScores(random(), nested, searcher);
    }
  }

  /**
   * On one sorted index of Zipf-distributed words, a two-word query's top 10 by recency is found scoring a small share
   * of its matches, through the bulk scorer and through the plain scorer.
   */
  public void testSkipsMostMatches() throws IOException {
    try (Directory directory = newDirectory()) {
      Schema schema = new Schema(AnalyzerProfile.STANDARD);
      Random random = random();
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(schema.newAnalyzer()).setIndexSort(Schema.indexSort()))) {
        for (int i = 0; i < 20_000; i++) {
          StringBuilder text = new StringBuilder();
          for (int w = 10 + random.nextInt(40); w > 0; w--) {
            text.append('w').append((int) Math.floor(Math.pow(200, random.nextDouble()))).append(' ');
          }
          writer.addDocument(
              schema.toDocument(
                  Article.builder("z" + i).title("").body(text.toString()).published(AS_OF.minusDays(random.nextInt(3650))).build(),
                  List.of()));
        }
        writer.forceMerge(1);
      }
      try (DirectoryReader index = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(index);
        Query text =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.BODY, "w3")), Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.BODY, "w7")), Occur.SHOULD)
                .build();
        DateAwareQuery query = DateAwareQuery.builder(text, Schema.PUBLISHED).recency(AS_OF, 30, 0.1).build();
        int matches = searcher.count(text);
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, null, 10));
        assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, top.totalHits.relation());
        assertTrue("scored " + top.totalHits.value() + " of " + matches, top.totalHits.value() < matches / 5);
        assertSame(query.toString(), expected(searcher, query, 10), top.scoreDocs);

        Query nested = new BooleanQuery.Builder().add(query, Occur.MUST).add(new TermQuery(new Term(Schema.BODY, "w1")), Occur.FILTER).build();
        int nestedMatches = searcher.count(nested);
        TopDocs plain = searcher.search(nested, new TopScoreDocCollectorManager(10, null, 10));
        assertTrue("scored " + plain.totalHits.value() + " of " + nestedMatches, plain.totalHits.value() < nestedMatches / 5);
      }
    }
  }

  /**
   * The top k of the formula computed apart from the query's scorers: each match's text score from the text query
   * alone, plus the ranking's date score of its publication day (read from the stored doc values), with mentions
   * found by the {@code LongRange} points; best first, ties to the lower doc id.
   */
  private static ScoreDoc[] expected(IndexSearcher searcher, DateAwareQuery query, int k) throws IOException {
    Query text = searcher.rewrite(query.text());
    TopDocs every = searcher.search(text, new TopScoreDocCollectorManager(Math.max(1, searcher.getIndexReader().maxDoc()), null, Integer.MAX_VALUE));
    DateAwareRanking ranking = query.shares().scaledBy(TextScoreBound.of(searcher, text).value(searcher));
    Set<Integer> mentioning = new HashSet<>();
    if (ranking.usesMentions()) {
      DateAwareRanking.DayInterval asked = ranking.intent();
      Query within = LongRange.newWithinQuery(Schema.MENTIONS, new long[] {asked.from()}, new long[] {asked.until() - 1});
      for (ScoreDoc hit : searcher.search(within, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
        mentioning.add(hit.doc);
      }
    }
    Map<Integer, Long> days = days(searcher.getIndexReader());
    List<ScoreDoc> totals = new ArrayList<>();
    for (ScoreDoc hit : every.scoreDocs) {
      boolean mentions = mentioning.contains(hit.doc);
      Long day = days.get(hit.doc);
      double date = day == null ? ranking.undatedScore(mentions) : ranking.score(day, mentions);
      totals.add(new ScoreDoc(hit.doc, (float) (hit.score + date)));
    }
    totals.sort(Comparator.<ScoreDoc>comparingDouble(hit -> -hit.score).thenComparingInt(hit -> hit.doc));
    return totals.subList(0, Math.min(k, totals.size())).toArray(new ScoreDoc[0]);
  }

  private static Map<Integer, Long> days(IndexReader reader) throws IOException {
    Map<Integer, Long> days = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues published = DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), Schema.PUBLISHED));
      if (published == null) {
        continue;
      }
      for (int doc = published.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = published.nextDoc()) {
        days.put(leaf.docBase + doc, published.longValue());
      }
    }
    return days;
  }

  private static void assertSame(String message, ScoreDoc[] expected, ScoreDoc[] actual) {
    assertEquals(message + ": hit count", expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(message + ": doc at rank " + i, expected[i].doc, actual[i].doc);
      assertEquals(message + ": score at rank " + i, expected[i].score, actual[i].score, 0f);
    }
  }
}
