package org.fahras.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * An upper bound of the BM25 score a query's text can give one document: the sum, over its scoring terms, of boost ×
 * idf (Lucene's BM25 term score, {@code boost · idf · tf / (tf + k1 · norm)}, stays below boost · idf).
 *
 * <p>Date-aware weights are fractions of this bound, so that recency and temporal intent weigh the same against a
 * two-word query as against a ten-word one, and on a small index as on a large one: BM25 scores grow with both.
 */
final class TextScoreBound {
  private TextScoreBound() {}

  /** The bound for {@code query} on {@code searcher}'s index; 1 when the query scores no term (all filters). */
  static double of(IndexSearcher searcher, Query query) throws IOException {
    double[] sum = new double[1];
    try {
      query.visit(new BoundVisitor(searcher, 1f, sum));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return sum[0] > 0 ? sum[0] : 1;
  }

  /** Walks the query tree, multiplying boosts on the way down and adding boost × idf at each scoring term. */
  private static final class BoundVisitor extends QueryVisitor {
    private final IndexSearcher searcher;
    private final float boost;
    private final double[] sum;

    BoundVisitor(IndexSearcher searcher, float boost, double[] sum) {
      this.searcher = searcher;
      this.boost = boost;
      this.sum = sum;
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      if (occur == BooleanClause.Occur.MUST_NOT || occur == BooleanClause.Occur.FILTER) {
        return EMPTY_VISITOR; // they never add to the score
      }
      return parent instanceof BoostQuery boosted
          ? new BoundVisitor(searcher, boost * boosted.getBoost(), sum)
          : this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      try {
        for (Term term : terms) {
          CollectionStatistics field = searcher.collectionStatistics(term.field());
          int docFreq = searcher.getIndexReader().docFreq(term);
          if (field != null && docFreq > 0) {
            sum[0] += boost * Math.log(1 + (field.docCount() - docFreq + 0.5) / (docFreq + 0.5));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
