package org.fahras.opensearch;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.fahras.search.DateAwareRanking;

/**
 * A text query whose every match scores text + date: the score of {@link DateAwareRanking} for the match's {@code
 * published} day, and whether it mentions the asked time.
 *
 * <p>It visits every match of the text query, so the top hits are exact; it does not carry over the embedded
 * engine's collector, which sorts the index by date and raises the text scorer's threshold to skip documents that can
 * no longer enter the top k (OpenSearch collects with its own collectors).
 */
final class DateScoredQuery extends Query {
  private final Query text;
  private final DateAwareRanking ranking;
  private final Query mentions;

  /**
   * @param text the text query, which decides what matches
   * @param ranking the date score
   * @param mentions the articles that mention the asked time, or null when mentions do not count
   */
  DateScoredQuery(Query text, DateAwareRanking ranking, Query mentions) {
    this.text = Objects.requireNonNull(text, "text");
    this.ranking = Objects.requireNonNull(ranking, "ranking");
    this.mentions = mentions;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewrittenText = text.rewrite(searcher);
    Query rewrittenMentions = mentions == null ? null : mentions.rewrite(searcher);
    if (rewrittenText != text || rewrittenMentions != mentions) {
      return new DateScoredQuery(rewrittenText, ranking, rewrittenMentions);
    }
    return this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight textWeight = searcher.createWeight(text, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return textWeight;
    }
    Weight mentionWeight =
        mentions == null ? null : searcher.createWeight(mentions, ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new DateScoredWeight(textWeight, mentionWeight, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    text.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "dateScored(" + text.toString(field) + ", " + ranking + ")";
  }

  /** Equal when built from the same plan: {@link DateAwareRanking} has no value equality, so it compares by identity. */
  @Override
  public boolean equals(Object other) {
    if (!sameClassAs(other)) {
      return false;
    }
    DateScoredQuery that = (DateScoredQuery) other;
    return text.equals(that.text) && ranking == that.ranking && Objects.equals(mentions, that.mentions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), text, System.identityHashCode(ranking), mentions);
  }

  private final class DateScoredWeight extends Weight {
    private final Weight textWeight;
    private final Weight mentionWeight;
    private final float boost;

    DateScoredWeight(Weight textWeight, Weight mentionWeight, float boost) {
      super(DateScoredQuery.this);
      this.textWeight = textWeight;
      this.mentionWeight = mentionWeight;
      this.boost = boost;
    }

    private LeafDates dates(LeafReaderContext leaf) throws IOException {
      Scorer mentioning = mentionWeight == null ? null : mentionWeight.scorer(leaf);
      return new LeafDates(leaf.reader(), ranking, mentioning == null ? null : mentioning.iterator());
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
      ScorerSupplier textSupplier = textWeight.scorerSupplier(leaf);
      if (textSupplier == null) {
        return null;
      }
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          return new DateScoredScorer(textSupplier.get(leadCost), dates(leaf), boost, ranking.bestScore());
        }

        @Override
        public long cost() {
          return textSupplier.cost();
        }
      };
    }

    @Override
    public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
      Explanation textPart = textWeight.explain(leaf, doc);
      if (!textPart.isMatch()) {
        return textPart;
      }
      double date = boost * dates(leaf).score(doc);
      return Explanation.match(
          (float) (textPart.getValue().floatValue() + date),
          "fahras: text + date",
          textPart,
          Explanation.match((float) date, "date score (recency and temporal intent) of " + ranking));
    }

    @Override
    public boolean isCacheable(LeafReaderContext leaf) {
      return false; // scores depend on the as-of day and the plan, not only on the segment
    }
  }

  /** The text scorer's matches, each scored text + date. */
  private static final class DateScoredScorer extends Scorer {
    private final Scorer text;
    private final LeafDates dates;
    private final float boost;
    private final double bestDateScore;

    DateScoredScorer(Scorer text, LeafDates dates, float boost, double bestDateScore) {
      this.text = text;
      this.dates = dates;
      this.boost = boost;
      this.bestDateScore = bestDateScore;
    }

    @Override
    public int docID() {
      return text.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return text.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return text.twoPhaseIterator();
    }

    @Override
    public float score() throws IOException {
      return (float) (text.score() + boost * dates.score(text.docID()));
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return text.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return Math.nextUp((float) (text.getMaxScore(upTo) + boost * bestDateScore));
    }

    @Override
    public List<ChildScorable> getChildren() {
      return List.of(new ChildScorable(text, "MUST"));
    }
  }
}
