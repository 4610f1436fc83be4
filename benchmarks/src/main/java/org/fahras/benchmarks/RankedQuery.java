package org.fahras.benchmarks;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.fahras.search.DateAwareQuery;
import org.fahras.internal.search.QueryTree;
import org.fahras.internal.search.Searcher;

/**
 * One parsed query of the log, ready to rank three ways on one index, each through Lucene's own {@link
 * TopScoreDocCollectorManager}: BM25 alone and the engine's {@link DateAwareQuery}, both with a total-hits threshold
 * of k (skipping starts once k hits are in, as the engine searches), and the date-aware query scoring every match
 * (threshold {@code Integer.MAX_VALUE}: no skipping), the exhaustive reference the skipping run must agree with.
 *
 * <p>The queries come from {@link Searcher#query}, the engine's own planning, so this measures exactly what {@code
 * Searcher.search} ranks by.
 */
final class RankedQuery {
  private final IndexSearcher searcher;
  private final Query bm25;
  private final Query dateAware;
  private final boolean intent;
  private final int k;

  /**
   * @param bm25 the engine's query with recency and intent off
   * @param dateAware the engine's query for the date-aware request
   * @param intent whether the query names a time
   */
  RankedQuery(IndexSearcher searcher, Query bm25, Query dateAware, boolean intent, int k) throws IOException {
    if (!(dateAware instanceof DateAwareQuery)) {
      throw new IllegalArgumentException("the date-aware request planned no date-aware query: " + dateAware);
    }
    this.searcher = searcher;
    this.bm25 = searcher.rewrite(bm25);
    this.dateAware = searcher.rewrite(dateAware);
    this.intent = intent;
    this.k = k;
  }

  /** True for a query with words and no filters or exclusions: the only kind the log holds. */
  static boolean isPlainText(QueryTree tree) {
    return tree.filters().isEmpty() && tree.exclusions().isEmpty() && tree.hasText();
  }

  /** True when the query names a time. */
  boolean hasIntent() {
    return intent;
  }

  /** The top k by BM25 alone. */
  TopDocs bm25() throws IOException {
    return searcher.search(bm25, new TopScoreDocCollectorManager(k, null, k));
  }

  /** The top k by BM25 + date, the engine's way; its total hits tell how many documents were scored. */
  TopDocs dateAware() throws IOException {
    return searcher.search(dateAware, new TopScoreDocCollectorManager(k, null, k));
  }

  /** The top k by BM25 + date from scoring every match: best first, ties to the lower document id. */
  TopDocs exhaustive() throws IOException {
    return searcher.search(dateAware, new TopScoreDocCollectorManager(k, null, Integer.MAX_VALUE));
  }

  /** How many documents match. */
  int matches() throws IOException {
    return searcher.count(bm25);
  }
}
