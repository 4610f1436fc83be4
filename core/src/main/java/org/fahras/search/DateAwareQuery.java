package org.fahras.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A text query ranked by {@code text score + date score}: recency from an as-of day and temporal intent (published
 * in, or mentioning, an asked time), as {@link DateAwareRanking} defines them. It runs in any {@link IndexSearcher}
 * with Lucene's stock collectors ({@code TopScoreDocCollectorManager}, {@code searchAfter}, an executor across slices,
 * OpenSearch's query phase) and keeps their top-k skipping alive.
 *
 * <p>How it stays cheap: the text query is left as it is (a plain disjunction keeps Lucene's MaxScore bulk scorer),
 * and the date part is added on top of the text score in the {@code Scorable} handed to the collector. When the
 * collector raises its minimum competitive score to {@code x}, the text scorer is told {@code x − b}, where {@code b}
 * is the best date score any document from the current one on can still get. On an index sorted by publication date,
 * newest first ({@code index sort}), {@code b} only shrinks as doc ids move into older articles, so the text threshold
 * rises again as the scan goes on; on a segment sorted otherwise, {@code b} is that segment's best. The top k are
 * exactly those of scoring every match.
 *
 * <p>The date weights are shares of the query's text-score bound (the most BM25 its terms can give one document), read
 * through the searcher's term and collection statistics, so they weigh alike on every query and, under distributed
 * statistics, on every shard.
 *
 * <pre>{@code
 * Query query = DateAwareQuery.builder(textQuery, "published")
 *     .recency(LocalDate.of(2024, 10, 1), 30, 0.1)
 *     .intent(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1), 0.25, mentionsQuery, 0.15)
 *     .build();
 * TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, null, 10));
 * }</pre>
 *
 * <p>The publication field holds one {@code long} of epoch days per document (points for the per-segment bound and
 * numeric doc values for the score); undated documents get the recency of an article one half-life old. Immutable.
 */
public final class DateAwareQuery extends Query {
  private final Query text;
  private final String publishedField;
  /** The date score with weights as shares of the text-score bound. */
  private final DateAwareRanking shares;
  private final Query mentions;

  private DateAwareQuery(Query text, String publishedField, DateAwareRanking shares, Query mentions) {
    this.text = text;
    this.publishedField = publishedField;
    this.shares = shares;
    this.mentions = mentions;
  }

  /**
   * A builder for ranking {@code text} by its score plus a date score read from {@code publishedField}.
   *
   * @param text the query that decides what matches and scores the text
   * @param publishedField a numeric field of epoch days, one value per dated document, with points and doc values
   */
  public static Builder builder(Query text, String publishedField) {
    return new Builder(text, publishedField);
  }

  /** The text query. */
  public Query text() {
    return text;
  }

  /** The date score, its weights as shares of the text-score bound. */
  DateAwareRanking shares() {
    return shares;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewrittenText = text.rewrite(searcher);
    Query rewrittenMentions = mentions == null ? null : mentions.rewrite(searcher);
    if (rewrittenText != text || rewrittenMentions != mentions) {
      return new DateAwareQuery(rewrittenText, publishedField, shares, rewrittenMentions);
    }
    return this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (!scoreMode.needsScores()) {
      return searcher.createWeight(text, scoreMode, boost); // the same matches, and nothing to add
    }
    TextScoreBound bound = TextScoreBound.of(searcher, text);
    Weight textWeight = searcher.createWeight(searcher.rewrite(bound.query()), scoreMode, boost);
    Weight mentionWeight =
        mentions == null || !shares.usesMentions()
            ? null
            : searcher.createWeight(searcher.rewrite(mentions), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new DateAwareWeight(this, searcher, textWeight, mentionWeight, bound, boost);
  }

  /** Where the weight reads publication days. */
  String publishedField() {
    return publishedField;
  }

  /** Shows the text query only: the date part matches nothing by itself and reads doc values, not terms. */
  @Override
  public void visit(QueryVisitor visitor) {
    text.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "dateAware(" + text.toString(field) + ", " + publishedField + ", " + shares
        + (mentions == null ? "" : ", mentions=" + mentions.toString(field)) + ")";
  }

  @Override
  public boolean equals(Object other) {
    if (!sameClassAs(other)) {
      return false;
    }
    DateAwareQuery that = (DateAwareQuery) other;
    return text.equals(that.text)
        && publishedField.equals(that.publishedField)
        && shares.equals(that.shares)
        && Objects.equals(mentions, that.mentions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), text, publishedField, shares, mentions);
  }

  /** Builds a {@link DateAwareQuery}; not thread-safe. */
  public static final class Builder {
    private final Query text;
    private final String publishedField;
    private DateAwareRanking shares;
    private Query mentions;

    private Builder(Query text, String publishedField) {
      this.text = Objects.requireNonNull(text, "text");
      this.publishedField = Objects.requireNonNull(publishedField, "publishedField");
    }

    /**
     * Recency: {@code weight} for an article of the as-of day, half of it {@code halfLifeDays} away.
     *
     * @param asOf the day "now" is
     * @param halfLifeDays the age at which recency is half its weight; 0 turns recency off
     * @param weight a share of the text-score bound, >= 0
     */
    public Builder recency(LocalDate asOf, double halfLifeDays, double weight) {
      if (shares != null && shares.intent() != null) {
        throw new IllegalStateException("set recency before the intent");
      }
      shares = DateAwareRanking.recency(asOf, halfLifeDays, weight);
      return this;
    }

    /**
     * Temporal intent for the days {@code [from, until)}: {@code publishedWeight} for an article published in them
     * (falling off outside), or {@code mentionWeight} for one that {@code mentions} matches, whichever is larger. A
     * mention counts for an article published at most a year before {@code from} or later, and for an undated one:
     * what was written years ahead of a time is not news about it, and the rule lets the scan of a date-sorted index
     * stop considering mentions once it reaches older articles.
     * Call {@link #recency} first (without it, recency is off).
     *
     * @param mentions the documents that mention a time inside the interval, or null; it is only asked about
     *     documents that could enter the top hits thanks to it, so a doc-values check is the cheap choice
     */
    public Builder intent(
        LocalDate from, LocalDate until, double publishedWeight, Query mentions, double mentionWeight) {
      if (shares == null) {
        shares = DateAwareRanking.recency(from, 0, 0);
      }
      shares = shares.withIntent(from, until, publishedWeight, mentions == null ? 0 : mentionWeight);
      this.mentions = mentions;
      return this;
    }

    /** The query; without {@link #recency} or {@link #intent} it ranks by text alone. */
    public DateAwareQuery build() {
      return new DateAwareQuery(text, publishedField, shares == null ? DateAwareRanking.NONE : shares, mentions);
    }
  }
}
