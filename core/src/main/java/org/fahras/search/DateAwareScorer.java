package org.fahras.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;

/**
 * The plain scorer of a {@link DateAwareQuery}: the text scorer's matches, each scored {@code text + date}. Used where
 * no bulk scorer runs (inside conjunctions and other queries, or when a searcher bypasses bulk scorers, as OpenSearch
 * does under profiling or document-level security); it still prunes: its maximum scores add the date bound, and a
 * minimum competitive score reaches the text scorer lowered by that bound ({@link TextThreshold}).
 */
final class DateAwareScorer extends Scorer {
  private final Scorer text;
  private final LeafDateScores dates;
  private final TextThreshold threshold;

  DateAwareScorer(Scorer text, LeafDateScores dates) throws IOException {
    this.text = text;
    this.dates = dates;
    this.threshold = new TextThreshold(dates);
    threshold.text(text);
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
    float textScore = text.score();
    double date = dates.dateScore(text.docID());
    threshold.afterDocument();
    return (float) (textScore + date);
  }

  @Override
  public void setMinCompetitiveScore(float minScore) throws IOException {
    threshold.wanted(minScore);
  }

  @Override
  public int advanceShallow(int target) throws IOException {
    return text.advanceShallow(target);
  }

  /** The text's maximum plus the best date score from the current document on (later documents are older). */
  @Override
  public float getMaxScore(int upTo) throws IOException {
    return (float) (text.getMaxScore(upTo) + dates.bound());
  }

  @Override
  public Collection<ChildScorable> getChildren() {
    return List.of(new ChildScorable(text, "MUST"));
  }
}
