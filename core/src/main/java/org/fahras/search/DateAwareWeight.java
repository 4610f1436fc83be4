package org.fahras.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The weight of a {@link DateAwareQuery}: the text weight's scorers with the date part added, through its bulk scorer
 * (the fast path) or its plain scorer (conjunctions, nesting, searchers that bypass bulk scorers).
 *
 * <p>The date weights are scaled by the text-score bound when the first scorer or explanation is made, not when the
 * weight is created: a term this index lacks is then asked of the searcher that scores (see {@link
 * TextScoreBound#value}). Thread-safe: slices of one search may ask for scorers at once.
 */
final class DateAwareWeight extends Weight {
  private final DateAwareQuery query;
  private final IndexSearcher searcher;
  private final Weight text;
  private final Weight mentions;
  private final TextScoreBound bound;
  private final float boost;
  private volatile DateAwareRanking ranking;

  DateAwareWeight(
      DateAwareQuery query, IndexSearcher searcher, Weight text, Weight mentions, TextScoreBound bound, float boost) {
    super(query);
    this.query = query;
    this.searcher = searcher;
    this.text = text;
    this.mentions = mentions;
    this.bound = bound;
    this.boost = boost;
  }

  /** The date score in the text's units: shares × bound × boost. */
  DateAwareRanking ranking() throws IOException {
    DateAwareRanking scaled = ranking;
    if (scaled == null) {
      synchronized (this) {
        scaled = ranking;
        if (scaled == null) {
          scaled = query.shares().scaledBy(bound.value(searcher) * boost);
          ranking = scaled;
        }
      }
    }
    return scaled;
  }

  private LeafDateScores dates(LeafReaderContext leaf) throws IOException {
    return LeafDateScores.of(leaf, query.publishedField(), ranking(), mentions);
  }

  @Override
  public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
    ScorerSupplier textSupplier = text.scorerSupplier(leaf);
    if (textSupplier == null) {
      return null;
    }
    LeafDateScores dates = dates(leaf);
    return new ScorerSupplier() {
      @Override
      public Scorer get(long leadCost) throws IOException {
        return new DateAwareScorer(textSupplier.get(leadCost), dates);
      }

      @Override
      public BulkScorer bulkScorer() throws IOException {
        return new DateAwareBulkScorer(textSupplier.bulkScorer(), dates);
      }

      @Override
      public long cost() {
        return textSupplier.cost();
      }

      @Override
      public void setTopLevelScoringClause() throws IOException {
        // Without it a disjunction's plain scorer neither skips by impacts nor uses WAND.
        textSupplier.setTopLevelScoringClause();
      }
    };
  }

  @Override
  public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
    Explanation textPart = text.explain(leaf, doc);
    if (!textPart.isMatch()) {
      return textPart;
    }
    LeafDateScores dates = dates(leaf);
    double date = dates.dateScore(doc);
    double recency = dates.recency(doc);
    return Explanation.match(
        (float) (textPart.getValue().floatValue() + date),
        "text + date, sum of:",
        textPart,
        Explanation.match((float) recency, "recency (" + dates.describe(doc) + ")"),
        Explanation.match((float) (date - recency), "temporal intent (published in or mentioning the asked time)"));
  }

  @Override
  public int count(LeafReaderContext leaf) throws IOException {
    return text.count(leaf); // the date part never changes what matches
  }

  @Override
  public Matches matches(LeafReaderContext leaf, int doc) throws IOException {
    return text.matches(leaf, doc);
  }

  @Override
  public boolean isCacheable(LeafReaderContext leaf) {
    return false; // scores depend on the as-of day and the text statistics, not only on the segment
  }
}
