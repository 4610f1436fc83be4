package org.fahras.opensearch;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.index.Schema;
import org.fahras.search.DateAwareRanking;
import org.fahras.search.QueryParser;
import org.fahras.search.QueryWeights;
import org.fahras.search.SearchRequest;
import org.fahras.search.Searcher;
import org.fahras.time.TemporalTagger;

/**
 * A Fahras request as a Lucene query. On each shard it plans, through fahras-core's {@link Searcher#plan}, the text
 * query the embedded engine runs, wrapped in a {@link DateScoredQuery} when the request ranks by date.
 */
final class FahrasQuery extends Query {
  /** The schema of the {@code fahras} profile: the field names the mapping must use. */
  private static final Schema SCHEMA = new Schema(AnalyzerProfile.FAHRAS);
  /** Reads query strings; thread-safe. */
  private static final QueryParser PARSER = parser();
  /** Parses and plans; it holds no per-search state, so every shard of the node shares it. */
  private static final Searcher PLANNER = new Searcher(SCHEMA.newAnalyzer(), PARSER);

  private final SearchRequest request;

  FahrasQuery(SearchRequest request) {
    this.request = request;
  }

  private static QueryParser parser() {
    return new QueryParser(SCHEMA, SCHEMA.newAnalyzer(), new TemporalTagger(), QueryWeights.DEFAULT);
  }

  /**
   * Plans the request on the searcher that will score it. Planning waits for {@code createWeight}, not {@code
   * rewrite}: OpenSearch rewrites before it hands the shard searcher the index-wide statistics of {@code
   * dfs_query_then_fetch}, and the date weights must be scaled by those, as the text scores are.
   */
  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Searcher.Plan plan = PLANNER.plan(searcher, request);
    Query planned;
    if (plan == null) {
      planned = new MatchNoDocsQuery("the Fahras query asks for nothing");
    } else if (plan.ranking().isTextOnly()) {
      planned = searcher.rewrite(plan.query());
    } else {
      DateAwareRanking ranking = ranking(plan.ranking(), ShardTextScoreBound.of(searcher, plan.query()));
      Query mentions = ranking.usesMentions() ? searcher.rewrite(mentionsQuery(ranking.intent())) : null;
      planned = new DateScoredQuery(searcher.rewrite(plan.query()), ranking, mentions);
    }
    return searcher.createWeight(planned, scoreMode, boost);
  }

  /**
   * The request's date-aware ranking, its weights scaled by {@code scale}: the ranking core planned, with core's
   * shard-local bound replaced by the {@link ShardTextScoreBound}.
   */
  private DateAwareRanking ranking(DateAwareRanking planned, double scale) {
    DateAwareRanking ranking =
        DateAwareRanking.recency(
            request.asOf(), request.recencyHalfLifeDays(), request.recencyWeight() * scale);
    DateAwareRanking.DayInterval asked = planned.intent();
    if (asked == null) {
      return ranking;
    }
    return ranking.withIntent(
        LocalDate.ofEpochDay(asked.from()),
        LocalDate.ofEpochDay(asked.until()),
        request.intentWeight() * scale,
        request.mentionWeight() * scale);
  }

  /**
   * Articles whose body mentions a time inside the asked interval. OpenSearch's {@code long_range} indexes Lucene
   * {@link LongRange}s with inclusive bounds, as core's schema does, so core's query shape applies unchanged.
   */
  private static Query mentionsQuery(DateAwareRanking.DayInterval asked) {
    return LongRange.newWithinQuery(Schema.MENTIONS, new long[] {asked.from()}, new long[] {asked.until() - 1});
  }

  /**
   * Shows visitors the terms the embedded engine marks in snippets, so that OpenSearch's highlighters mark the same
   * words; a query without such terms is a leaf.
   */
  @Override
  public void visit(QueryVisitor visitor) {
    Query marked = PARSER.parse(request.query(), request.asOf(), request.requireAllWords()).highlight();
    if (marked == null) {
      visitor.visitLeaf(this);
    } else {
      marked.visit(visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this));
    }
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
