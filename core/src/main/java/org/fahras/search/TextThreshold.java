package org.fahras.search;

import java.io.IOException;
import org.apache.lucene.search.Scorable;

/**
 * Turns the collector's minimum competitive total into the text scorer's minimum: a document whose text score is
 * below {@code total − bound} cannot reach {@code total} whatever its date, {@code bound} being the best date score
 * still possible ({@link LeafDateScores#bound()}). As the bound falls the text minimum rises, even when the collector
 * asks for nothing new.
 *
 * <p>The text scorer is only told values above zero that never decrease (Lucene's MaxScore scorer relies on both). Not
 * thread-safe: one per scorer.
 */
final class TextThreshold {
  private final LeafDateScores dates;
  private Scorable text;
  /** The lowest total the collector keeps. */
  private float wanted;
  /** What the text scorer was last told. */
  private float told;
  /** The date bound {@link #told} was computed with. */
  private double boundUsed = Double.NaN;

  TextThreshold(LeafDateScores dates) {
    this.dates = dates;
  }

  /** The text scorer to tell; a new one starts with no minimum and is told the current one. */
  void text(Scorable scorable) throws IOException {
    if (scorable != text) {
      text = scorable;
      told = 0;
      boundUsed = Double.NaN;
    }
    tell();
  }

  /** The collector's minimum competitive total. */
  void wanted(float total) throws IOException {
    wanted = total;
    tell();
  }

  /**
   * False when a document scoring at most {@code total} cannot reach the collector's minimum: its score, rounded to a
   * float as the collector sees it, is below it. True before the collector asks for a minimum.
   */
  boolean mayCompete(double total) {
    return (float) total >= wanted;
  }

  /** Called after each scored document: the bound may have fallen. */
  void afterDocument() throws IOException {
    if (wanted > 0 && dates.bound() != boundUsed) {
      tell();
    }
  }

  private void tell() throws IOException {
    if (wanted <= 0 || text == null) {
      return;
    }
    double bound = dates.bound();
    boundUsed = bound;
    // A text score t < minimum gives t + date < wanted − ulp(wanted), which rounds to a float below wanted.
    double needed = (double) wanted - Math.ulp(wanted) - bound;
    float minimum = (float) needed;
    if (minimum > needed) {
      minimum = Math.nextDown(minimum);
    }
    if (minimum > told && minimum > 0) {
      text.setMinCompetitiveScore(minimum);
      told = minimum;
    }
  }
}
