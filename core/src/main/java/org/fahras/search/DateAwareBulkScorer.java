package org.fahras.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.Bits;

/**
 * The fast path of a {@link DateAwareQuery}: the text query's own bulk scorer (Lucene's MaxScore scorer for a plain
 * disjunction) runs unchanged, and the collector is handed a {@code Scorable} that adds the date score to each text
 * score and passes the collector's minimum competitive score back to the text scorer lowered by the date bound.
 *
 * <p>Once the collector has a minimum competitive score, a document whose text score plus the most its date can add
 * stays below it is passed over without reading whether it mentions the asked time: the collector would not keep it,
 * and a bulk scorer may skip what cannot compete. Every document the collector sees gets its exact score.
 *
 * <p>The bulk scorer may be called several times per segment (in windows, as Lucene's test framework and OpenSearch's
 * cancellation checks do) and its text scorer may hand a new {@code Scorable} each time: the state lives here, per
 * segment, and a new text {@code Scorable} is told the current minimum at once.
 */
final class DateAwareBulkScorer extends BulkScorer {
  private final BulkScorer text;
  private final LeafDateScores dates;
  private final TextThreshold threshold;
  private final DateScorable scorable = new DateScorable();

  DateAwareBulkScorer(BulkScorer text, LeafDateScores dates) {
    this.text = text;
    this.dates = dates;
    this.threshold = new TextThreshold(dates);
  }

  @Override
  public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
    return text.score(new AddingCollector(collector), acceptDocs, min, max);
  }

  @Override
  public long cost() {
    return text.cost();
  }

  /** Text score + date score of the document being collected. */
  private final class DateScorable extends Scorable {
    private Scorable textScorable;
    private int doc = -1;
    /** The document whose text score is in {@link #textScore}, read once for the skip test and the score. */
    private int textDoc = -1;
    private float textScore;

    float textScore() throws IOException {
      if (textDoc != doc) {
        textScore = textScorable.score();
        textDoc = doc;
      }
      return textScore;
    }

    @Override
    public float score() throws IOException {
      float text = textScore();
      return (float) (text + dates.dateScore(doc));
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      threshold.wanted(minScore);
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(textScorable, "MUST"));
    }
  }

  /** Hands the collector {@link DateScorable} and raises the text minimum after each document. */
  private final class AddingCollector implements LeafCollector {
    private final LeafCollector in;

    AddingCollector(LeafCollector in) {
      this.in = in;
    }

    @Override
    public void setScorer(Scorable textScorable) throws IOException {
      scorable.textScorable = textScorable;
      scorable.textDoc = -1;
      threshold.text(textScorable);
      in.setScorer(scorable);
    }

    @Override
    public void collect(int doc) throws IOException {
      scorable.doc = doc;
      if (!threshold.mayCompete(scorable.textScore() + dates.dateScoreAtMost(doc))) {
        threshold.afterDocument();
        return; // below the collector's minimum even if it mentions the asked time
      }
      in.collect(doc);
      threshold.afterDocument();
    }

    @Override
    public DocIdSetIterator competitiveIterator() throws IOException {
      return in.competitiveIterator();
    }

    @Override
    public void finish() throws IOException {
      in.finish();
    }
  }
}
