package org.fahras.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * An upper bound of the BM25 score a query's text can give one document: the sum, over its scoring terms, of boost ×
 * idf (Lucene's BM25 term score, {@code boost · idf · tf / (tf + k1 · norm)}, stays below boost · idf).
 *
 * <p>Date-aware weights are fractions of this bound, so that recency and temporal intent weigh the same against a
 * two-word query as against a ten-word one, and on a small index as on a large one: BM25 scores grow with both.
 *
 * <p>Finding a term's document frequency costs a dictionary lookup per segment, as much as Lucene spends creating
 * the term's weight. So the bound comes with the query rebuilt around the statistics it looked up: each term query
 * under boolean and boost queries carries its {@link TermStates}, and searching it on the same index looks nothing up
 * again (on another index, Lucene looks the terms up as usual).
 *
 * @param query the query, its term queries carrying their statistics on the index the bound was computed on
 * @param value the bound; 1 when the query scores no term (all filters)
 */
record TextScoreBound(Query query, double value) {

  /** The bound for {@code query} on {@code searcher}'s index, and the query carrying the statistics it used. */
  static TextScoreBound of(IndexSearcher searcher, Query query) throws IOException {
    Walk walk = new Walk(searcher);
    Query withStatistics = walk.rebuild(query, 1f);
    return new TextScoreBound(withStatistics, walk.sum > 0 ? walk.sum : 1);
  }

  /** One walk down a query: multiplies boosts on the way, adds boost × idf at each scoring term. */
  private static final class Walk {
    private final IndexSearcher searcher;
    private double sum;

    Walk(IndexSearcher searcher) {
      this.searcher = searcher;
    }

    /** {@code query} with its reachable term queries carrying their statistics; {@code boost} is the product above. */
    Query rebuild(Query query, float boost) throws IOException {
      if (query instanceof TermQuery termQuery) {
        Term term = termQuery.getTerm();
        TermStates states = TermStates.build(searcher, term, true);
        add(term.field(), states.docFreq(), boost);
        return new TermQuery(term, states);
      }
      if (query instanceof BoostQuery boosted) {
        return new BoostQuery(rebuild(boosted.getQuery(), boost * boosted.getBoost()), boosted.getBoost());
      }
      if (query instanceof BooleanQuery bool) {
        BooleanQuery.Builder builder =
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool) {
          // Filters and exclusions never add to the score.
          builder.add(clause.isScoring() ? rebuild(clause.query(), boost) : clause.query(), clause.occur());
        }
        return builder.build();
      }
      // Phrases and the like look their terms up themselves; their terms still count toward the bound.
      try {
        query.visit(new TermsVisitor(boost));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return query;
    }

    private void add(String field, int docFreq, float boost) throws IOException {
      CollectionStatistics statistics = searcher.collectionStatistics(field);
      if (statistics != null && docFreq > 0) {
        sum += boost * Math.log(1 + (statistics.docCount() - docFreq + 0.5) / (docFreq + 0.5));
      }
    }

    /** Adds the scoring terms below a query the walk does not rebuild. */
    private final class TermsVisitor extends QueryVisitor {
      private final float boost;

      TermsVisitor(float boost) {
        this.boost = boost;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        if (occur == BooleanClause.Occur.MUST_NOT || occur == BooleanClause.Occur.FILTER) {
          return EMPTY_VISITOR; // they never add to the score
        }
        return parent instanceof BoostQuery boosted ? new TermsVisitor(boost * boosted.getBoost()) : this;
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        try {
          for (Term term : terms) {
            add(term.field(), searcher.getIndexReader().docFreq(term), boost);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
