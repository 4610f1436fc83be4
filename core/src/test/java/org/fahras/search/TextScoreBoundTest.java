package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The bound sums boost × idf over the scoring terms only, and the query it hands back scores exactly as the query it
 * was given, with its term statistics already looked up.
 */
class TextScoreBoundTest {
  /** Ten documents in "body": "a" in all, "b" in the first four, "c" in the first one; "x y" in the even ones. */
  private static Directory index() throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < 10; i++) {
        String text = "a" + (i < 4 ? " b" : "") + (i < 1 ? " c" : "") + (i % 2 == 0 ? " x y" : "");
        Document document = new Document();
        document.add(new TextField("body", text, Field.Store.NO));
        writer.addDocument(document);
        if (i == 4) {
          writer.commit(); // two segments
        }
      }
    }
    return directory;
  }

  private static Query query() {
    BooleanQuery words =
        new BooleanQuery.Builder()
            .add(new BoostQuery(term("b"), 2f), Occur.SHOULD)
            .add(term("c"), Occur.SHOULD)
            .add(term("absent"), Occur.SHOULD)
            .build();
    return new BooleanQuery.Builder()
        .add(words, Occur.MUST)
        .add(new BoostQuery(new PhraseQuery("body", "x", "y"), 0.5f), Occur.SHOULD)
        .add(term("a"), Occur.FILTER)
        .add(term("c"), Occur.MUST_NOT)
        .build();
  }

  private static TermQuery term(String word) {
    return new TermQuery(new Term("body", word));
  }

  private static double idf(int docFreq) {
    return Math.log(1 + (10 - docFreq + 0.5) / (docFreq + 0.5));
  }

  @Test
  void sumsBoostTimesIdfOverScoringTermsOnly() throws IOException {
    try (Directory directory = index();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      double expected = 2 * idf(4) + idf(1) + 0.5 * (idf(5) + idf(5)); // b^2, c, the phrase's x and y at 0.5
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(expected, TextScoreBound.of(searcher, query()).value(searcher), 1e-12);
    }
  }

  /**
   * A searcher that answers with statistics of a larger collection, as OpenSearch's does under {@code
   * dfs_query_then_fetch}: "absent" (no document here) has a document frequency of 3 out of 40 elsewhere, and every
   * other term counts as the collection-wide figures say.
   */
  private static final class DistributedSearcher extends IndexSearcher {
    DistributedSearcher(DirectoryReader reader) {
      super(reader);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
      if (term.text().equals("absent")) {
        return new TermStatistics(term.bytes(), 3, 3);
      }
      return new TermStatistics(term.bytes(), docFreq * 4, totalTermFreq * 4);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
      CollectionStatistics local = super.collectionStatistics(field);
      return new CollectionStatistics(
          field, local.maxDoc() * 4, local.docCount() * 4, local.sumTotalTermFreq() * 4, local.sumDocFreq() * 4);
    }
  }

  @Test
  void statisticsComeFromTheSearcherAndATermThisIndexLacksIsAskedWithASentinel() throws IOException {
    try (Directory directory = index();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new DistributedSearcher(reader);
      double n = 40;
      java.util.function.IntToDoubleFunction idf = df -> Math.log(1 + (n - df + 0.5) / (df + 0.5));
      double expected =
          2 * idf.applyAsDouble(16) + idf.applyAsDouble(4) + idf.applyAsDouble(3) + 0.5 * 2 * idf.applyAsDouble(20);
      assertEquals(expected, TextScoreBound.of(searcher, query()).value(searcher), 1e-12);
    }
  }

  @Test
  void aSearcherThatOnlyRecordsStatisticsIsNeverAskedAboutAbsentTerms() throws IOException {
    try (Directory directory = index();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      List<Term> asked = new ArrayList<>();
      IndexSearcher recording =
          new IndexSearcher(reader) {
            @Override
            public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
              asked.add(term);
              return super.termStatistics(term, docFreq, totalTermFreq);
            }
          };
      // What OpenSearch's DFS phase does with the query: create its weight, nothing more.
      Query dateAware =
          DateAwareQuery.builder(query(), "published").recency(java.time.LocalDate.of(2024, 1, 1), 30, 0.1).build();
      recording.createWeight(recording.rewrite(dateAware), org.apache.lucene.search.ScoreMode.COMPLETE, 1);
      assertTrue(asked.stream().noneMatch(term -> term.text().equals("absent")), asked.toString());
      assertTrue(asked.stream().anyMatch(term -> term.text().equals("b")), asked.toString());
    }
  }

  @Test
  void aQueryScoringNoTermHasBoundOne() throws IOException {
    try (Directory directory = index();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      Query filterOnly = new BooleanQuery.Builder().add(term("a"), Occur.FILTER).build();
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(1.0, TextScoreBound.of(searcher, filterOnly).value(searcher));
    }
  }

  @Test
  void theRebuiltQueryScoresAsTheOriginalWithStatisticsLookedUp() throws IOException {
    try (Directory directory = index();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query rebuilt = TextScoreBound.of(searcher, query()).query();
      assertEquals(searcher.rewrite(query()).toString(), searcher.rewrite(rebuilt).toString());
      assertSameHits(searcher.search(query(), 10), searcher.search(rebuilt, 10));

      List<TermQuery> scoring = new ArrayList<>();
      List<TermQuery> nonScoring = new ArrayList<>();
      collectTermQueries(rebuilt, scoring, nonScoring);
      assertEquals(3, scoring.size(), "b, c and absent; the phrase is left as it was");
      for (TermQuery termQuery : scoring) {
        assertNotNull(termQuery.getTermStates(), termQuery + " should carry its statistics");
        assertTrue(termQuery.getTermStates().wasBuiltFor(searcher.getTopReaderContext()));
      }
      assertEquals(2, nonScoring.size(), "the filter and the exclusion are left as they were");
      nonScoring.forEach(termQuery -> assertNull(termQuery.getTermStates()));
    }
  }

  @Test
  void theRebuiltQueryStillWorksOnAnotherIndex() throws IOException {
    try (Directory directory = index();
        DirectoryReader reader = DirectoryReader.open(directory);
        Directory other = new ByteBuffersDirectory()) {
      Query rebuilt = TextScoreBound.of(new IndexSearcher(reader), query()).query();
      try (IndexWriter writer = new IndexWriter(other, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (String text : new String[] {"a b", "a b b x y", "a", "a c b"}) {
          Document document = new Document();
          document.add(new TextField("body", text, Field.Store.NO));
          writer.addDocument(document);
        }
      }
      try (DirectoryReader otherReader = DirectoryReader.open(other)) {
        IndexSearcher searcher = new IndexSearcher(otherReader);
        TopDocs expected = searcher.search(query(), 10);
        assertEquals(2, expected.scoreDocs.length);
        assertSameHits(expected, searcher.search(rebuilt, 10));
      }
    }
  }

  private static void assertSameHits(TopDocs expected, TopDocs actual) {
    assertArrayEquals(
        java.util.Arrays.stream(expected.scoreDocs).mapToInt(hit -> hit.doc).toArray(),
        java.util.Arrays.stream(actual.scoreDocs).mapToInt(hit -> hit.doc).toArray());
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      ScoreDoc want = expected.scoreDocs[i];
      assertEquals(want.score, actual.scoreDocs[i].score);
    }
  }

  /** Sorts the term queries of {@code query} by whether they score. */
  private static void collectTermQueries(Query query, List<TermQuery> scoringTerms, List<TermQuery> nonScoringTerms) {
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            if (occur == Occur.FILTER || occur == Occur.MUST_NOT) {
              return new QueryVisitor() {
                @Override
                public void consumeTerms(Query leaf, Term... terms) {
                  nonScoringTerms.add((TermQuery) leaf);
                }
              };
            }
            return this;
          }

          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            if (leaf instanceof TermQuery termQuery) {
              scoringTerms.add(termQuery);
            }
          }
        });
  }
}
