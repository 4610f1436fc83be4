package org.fahras.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermStatistics;
import org.opensearch.search.internal.ContextIndexSearcher;

/**
 * The text-score bound fahras-core scales date weights by (the sum of boost × BM25 idf over the query's scoring
 * terms), read through the searcher's {@link IndexSearcher#termStatistics} and {@link
 * IndexSearcher#collectionStatistics}. Under {@code dfs_query_then_fetch} OpenSearch's shard searcher answers those
 * with index-wide statistics, so every shard scales alike and as one index would. Core's own bound reads the shard's
 * document frequencies directly, which gives each shard different weights.
 *
 * <p>A term no document of this shard holds still counts with its index-wide statistics when the searcher has them
 * (under {@code dfs_query_then_fetch}); without them it adds nothing, as on a single index that lacks the word.
 */
final class ShardTextScoreBound {
  /** A total term frequency no index reaches, marking the probe for a term the shard lacks. */
  private static final long NO_SUCH_TOTAL = Long.MAX_VALUE;

  private ShardTextScoreBound() {}

  /** The bound of {@code query} on {@code searcher}; 1 when the query scores no term. */
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
          TermStatistics stats = statistics(term);
          CollectionStatistics field = searcher.collectionStatistics(term.field());
          if (stats != null && field != null) {
            sum[0] += boost * Math.log(1 + (field.docCount() - stats.docFreq() + 0.5) / (stats.docFreq() + 0.5));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The statistics the searcher gives {@code term}, or null when it knows none. A term this shard lacks cannot be
     * described by its local counts (a statistic needs a document frequency of at least 1), so the shard's query
     * searcher is asked with a probe whose total frequency no real term has: the probe coming back means no
     * index-wide statistic. Only the query searcher is probed: the searcher of the DFS phase records what it is
     * asked, and must record only real counts.
     */
    private TermStatistics statistics(Term term) throws IOException {
      TermStates local = TermStates.build(searcher, term, true);
      if (local.docFreq() > 0) {
        return searcher.termStatistics(term, local.docFreq(), local.totalTermFreq());
      }
      if (!(searcher instanceof ContextIndexSearcher)) {
        return null;
      }
      TermStatistics answer = searcher.termStatistics(term, 1, NO_SUCH_TOTAL);
      return answer == null || answer.totalTermFreq() == NO_SUCH_TOTAL ? null : answer;
    }
  }
}
