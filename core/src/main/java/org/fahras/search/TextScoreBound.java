package org.fahras.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.lucene.search.TermStatistics;

/**
 * An upper bound of the BM25 score a query's text can give one document: the sum, over its scoring terms, of boost ×
 * idf (Lucene's BM25 term score, {@code boost · idf · tf / (tf + k1 · norm)}, stays below boost · idf).
 *
 * <p>Date-aware weights are fractions of this bound, so that recency and temporal intent weigh the same against a
 * two-word query as against a ten-word one, and on a small index as on a large one: BM25 scores grow with both.
 *
 * <p>Statistics come from the searcher ({@link IndexSearcher#termStatistics}, {@link
 * IndexSearcher#collectionStatistics}), exactly as BM25's own weights get them, so a searcher that answers with
 * index-wide statistics (OpenSearch's under {@code dfs_query_then_fetch}) scales every shard alike, as one index would.
 * A term this index lacks has no local counts to ask with; it is asked with a sentinel later, when the bound is first
 * needed for scoring (see {@link #value}).
 *
 * <p>Finding a term's document frequency costs a dictionary lookup per segment, as much as Lucene spends creating the
 * term's weight. So the bound comes with the query rebuilt around the statistics it looked up: each term query under
 * boolean and boost queries carries its {@link TermStates}, and searching it on the same index looks nothing up again
 * (on another index, Lucene looks the terms up as usual).
 */
final class TextScoreBound {
  /** A total term frequency no index reaches: a searcher that hands it back knows nothing better than the probe. */
  private static final long PROBE_TOTAL = Long.MAX_VALUE;

  private final Query query;
  private final double presentSum;
  private final List<AbsentTerm> absent;

  private TextScoreBound(Query query, double presentSum, List<AbsentTerm> absent) {
    this.query = query;
    this.presentSum = presentSum;
    this.absent = List.copyOf(absent);
  }

  /** A scoring term this index does not hold, with the product of the boosts above it. */
  private record AbsentTerm(Term term, float boost) {}

  /** The bound's parts for {@code query} on {@code searcher}'s index, and the query carrying the statistics used. */
  static TextScoreBound of(IndexSearcher searcher, Query query) throws IOException {
    Walk walk = new Walk(searcher);
    Query withStatistics = walk.rebuild(query, 1f);
    return new TextScoreBound(withStatistics, walk.sum, walk.absent);
  }

  /** The query, its term queries carrying their statistics on the index the bound was computed on. */
  Query query() {
    return query;
  }

  /**
   * The bound; 1 when the query scores no term (all filters).
   *
   * <p>Terms this index lacks are asked of {@code searcher} with sentinel counts: a plain searcher hands the sentinel
   * back (the term adds nothing, as on one index that lacks the word), a distributed one answers with the statistics
   * the other shards gave. Ask only with the searcher that scores: one that records what it is asked (OpenSearch's
   * DFS phase) must see only real counts, and it only creates weights, never scorers.
   */
  double value(IndexSearcher searcher) throws IOException {
    double sum = presentSum;
    for (AbsentTerm missing : absent) {
      TermStatistics elsewhere = searcher.termStatistics(missing.term(), 1, PROBE_TOTAL);
      if (elsewhere != null && elsewhere.totalTermFreq() != PROBE_TOTAL) {
        sum += missing.boost() * idf(searcher.collectionStatistics(missing.term().field()), elsewhere);
      }
    }
    return sum > 0 ? sum : 1;
  }

  /** BM25's idf, as {@code BM25Similarity} computes it; 0 without collection statistics. */
  private static double idf(CollectionStatistics collection, TermStatistics term) {
    if (collection == null) {
      return 0;
    }
    double docCount = collection.docCount();
    double docFreq = term.docFreq();
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }

  /** One walk down a query: multiplies boosts on the way, adds boost × idf at each scoring term. */
  private static final class Walk {
    private final IndexSearcher searcher;
    private final List<AbsentTerm> absent = new ArrayList<>();
    private double sum;

    Walk(IndexSearcher searcher) {
      this.searcher = searcher;
    }

    /** {@code query} with its reachable term queries carrying their statistics; {@code boost} is the product above. */
    Query rebuild(Query query, float boost) throws IOException {
      if (query instanceof TermQuery termQuery) {
        Term term = termQuery.getTerm();
        TermStates states = TermStates.build(searcher, term, true);
        add(term, states, boost);
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

    private void add(Term term, TermStates states, float boost) throws IOException {
      if (states.docFreq() == 0) {
        absent.add(new AbsentTerm(term, boost));
        return;
      }
      TermStatistics statistics = searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
      sum += boost * idf(searcher.collectionStatistics(term.field()), statistics);
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
            add(term, TermStates.build(searcher, term, true), boost);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
