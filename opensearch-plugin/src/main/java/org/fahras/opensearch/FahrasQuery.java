package org.fahras.opensearch;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.index.Schema;
import org.fahras.search.DateAwareRanking;
import org.fahras.search.QueryParser;
import org.fahras.search.QueryWeights;
import org.fahras.search.SearchRequest;
import org.fahras.search.Searcher;
import org.fahras.time.TemporalTagger;

/**
 * A Fahras request as a Lucene query. On each shard it rewrites, through fahras-core's {@link Searcher#plan}, into the
 * text query the embedded engine runs, wrapped in a {@link DateScoredQuery} when the request ranks by date.
 *
 * <p>The plan is made on the shard's own searcher: the date weights are shares of the text-score bound the searcher
 * reports, so with {@code dfs_query_then_fetch} they follow the index-wide statistics as the text scores do.
 */
final class FahrasQuery extends Query {
  /** The schema of the {@code fahras} profile: the field names the mapping must use. */
  private static final Schema SCHEMA = new Schema(AnalyzerProfile.FAHRAS);
  /** Parses and plans; it holds no per-search state, so every shard of the node shares it. */
  private static final Searcher PLANNER = planner();

  private final SearchRequest request;

  FahrasQuery(SearchRequest request) {
    this.request = request;
  }

  private static Searcher planner() {
    Analyzer analyzer = SCHEMA.newAnalyzer();
    return new Searcher(analyzer, new QueryParser(SCHEMA, analyzer, new TemporalTagger(), QueryWeights.DEFAULT));
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Searcher.Plan plan = PLANNER.plan(searcher, request);
    if (plan == null) {
      return new MatchNoDocsQuery("the Fahras query asks for nothing");
    }
    DateAwareRanking ranking = plan.ranking();
    if (ranking.isTextOnly()) {
      return plan.query();
    }
    return new DateScoredQuery(plan.query(), ranking, ranking.usesMentions() ? mentionsQuery(ranking.intent()) : null);
  }

  /**
   * Articles whose body mentions a time inside the asked interval. OpenSearch's {@code long_range} indexes Lucene
   * {@link LongRange}s with inclusive bounds, as core's schema does, so core's query shape applies unchanged.
   */
  private static Query mentionsQuery(DateAwareRanking.DayInterval asked) {
    return LongRange.newWithinQuery(Schema.MENTIONS, new long[] {asked.from()}, new long[] {asked.until() - 1});
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "fahras(" + request.query() + ", asOf=" + request.asOf() + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && request.equals(((FahrasQuery) other).request);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + request.hashCode();
  }
}
