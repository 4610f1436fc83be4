package org.fahras.search;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.NumericUtils;

/**
 * The date scores of one segment's documents, asked in increasing doc id order, and the best date score a document
 * from the last one asked on can still get.
 *
 * <p>That bound is the segment's best ({@link DateAwareRanking#bestScoreOnOrBefore} of its newest day, from the
 * points) until the segment is known to be sorted newest first on the publication field; then it follows the
 * publication day of the last document scored, which only falls as doc ids grow. Undated documents sort where the
 * sort's missing value puts them (Fahras's and OpenSearch's {@code _last}: after every dated one).
 *
 * <p>Whether a document mentions the asked time is read only for documents scored, and only where a mention would
 * raise its score: the mention check (doc values, by default) advances along the scored documents. Scores are exact
 * whatever the collector's threshold (Lucene's contract: a scorer's score never depends on it). Not thread-safe: one
 * per scorer.
 */
final class LeafDateScores {
  private final DateAwareRanking ranking;
  /** The smallest publication day of each document; null when the segment has none. */
  private final NumericDocValues published;
  /** Documents that may mention the asked time; null when none can or mentions do not count. */
  private final ScorerSupplier mentionSupplier;
  private DocIdSetIterator mentionCandidates;
  private TwoPhaseIterator mentionCheck;
  /** True when doc ids run from the newest publication day to the oldest. */
  private final boolean newestFirst;
  /** Where an undated document sorts, as a day, in a newest-first segment. */
  private final long undatedKey;
  private final boolean hasUndated;
  private final long newestDay;
  private final boolean hasDated;

  /** The document last positioned on, and its date score without and with a mention of the asked time. */
  private int doc = -1;
  private double withoutMention;
  private double withMention;
  /** The document last scored, and its score. */
  private int scoredDoc = -1;
  private double docScore;
  private double bound;

  private LeafDateScores(
      DateAwareRanking ranking,
      NumericDocValues published,
      ScorerSupplier mentionSupplier,
      boolean newestFirst,
      long undatedKey,
      boolean hasDated,
      long newestDay,
      boolean hasUndated) {
    this.ranking = ranking;
    this.published = published;
    this.mentionSupplier = mentionSupplier;
    this.newestFirst = newestFirst;
    this.undatedKey = undatedKey;
    this.hasDated = hasDated;
    this.newestDay = newestDay;
    this.hasUndated = hasUndated;
    this.bound = segmentBound();
  }

  /**
   * The date scores of {@code leaf}.
   *
   * @param field the publication field: epoch days as points and numeric doc values
   * @param ranking the date score in text-score units
   * @param mentions a no-scores weight over documents mentioning the asked time, or null
   */
  static LeafDateScores of(LeafReaderContext leaf, String field, DateAwareRanking ranking, Weight mentions)
      throws IOException {
    LeafReader reader = leaf.reader();
    SortedNumericDocValues values = reader.getSortedNumericDocValues(field);
    NumericDocValues published =
        values == null ? null : SortedNumericSelector.wrap(values, SortedNumericSelector.Type.MIN, SortField.Type.LONG);
    ScorerSupplier mentionSupplier = mentions == null ? null : mentions.scorerSupplier(leaf);

    PointValues points = reader.getPointValues(field);
    boolean longPoints = points != null && points.getNumDimensions() == 1 && points.getBytesPerDimension() == Long.BYTES;
    boolean hasDated = longPoints && points.getDocCount() > 0;
    long newestDay = hasDated ? NumericUtils.sortableBytesToLong(points.getMaxPackedValue(), 0) : 0;
    // Without long points the segment's days are unknown: assume the best for both dated and undated documents.
    boolean hasUndated = !longPoints || points.getDocCount() < reader.maxDoc();
    if (!longPoints && values != null) {
      hasDated = true;
      newestDay = Long.MAX_VALUE;
    }

    SortField first = firstSortField(reader.getMetaData().sort());
    boolean newestFirst = first != null && sortsNewestFirst(first, field, values);
    long undatedKey = newestFirst && first.getMissingValue() instanceof Long missing ? missing : 0L;
    return new LeafDateScores(
        ranking, published, mentionSupplier, newestFirst, undatedKey, hasDated, newestDay, hasUndated);
  }

  private static SortField firstSortField(Sort sort) {
    return sort == null || sort.getSort().length == 0 ? null : sort.getSort()[0];
  }

  /**
   * True when {@code sortField} orders {@code field}'s longs newest first by the value the score reads (the smallest
   * of a document's values, or its only one).
   */
  private static boolean sortsNewestFirst(SortField sortField, String field, SortedNumericDocValues values) {
    if (!field.equals(sortField.getField()) || !sortField.getReverse()) {
      return false;
    }
    if (sortField instanceof SortedNumericSortField numeric) {
      return numeric.getNumericType() == SortField.Type.LONG
          && (numeric.getSelector() == SortedNumericSelector.Type.MIN
              || values == null
              || DocValues.unwrapSingleton(values) != null);
    }
    return sortField.getType() == SortField.Type.LONG;
  }

  /** The date score of {@code doc}; documents come in increasing id order. */
  double dateScore(int doc) throws IOException {
    if (doc == scoredDoc) {
      return docScore;
    }
    position(doc);
    double score = withoutMention;
    if (withMention > score && mentions(doc)) {
      score = withMention;
    }
    scoredDoc = doc;
    docScore = score;
    return score;
  }

  /**
   * The most {@code doc}'s date score can be without looking its mentions up: what it is if it mentions the asked
   * time. Cheap (one doc-values read, shared with {@link #dateScore}); lets a bulk scorer pass over a document that
   * cannot reach the collector's threshold whether it mentions the time or not.
   */
  double dateScoreAtMost(int doc) throws IOException {
    position(doc);
    return Math.max(withoutMention, withMention);
  }

  /** Reads {@code doc}'s publication day once, its date score with and without a mention, and the bound after it. */
  private void position(int doc) throws IOException {
    if (doc == this.doc) {
      return;
    }
    this.doc = doc;
    boolean dated = published != null && published.advanceExact(doc);
    long day = dated ? published.longValue() : 0;
    withoutMention = dated ? ranking.score(day, false) : ranking.undatedScore(false);
    withMention =
        mentionSupplier == null
            ? withoutMention
            : dated ? ranking.score(day, true) : ranking.undatedScore(true);
    if (newestFirst) {
      bound = Math.min(segmentBound(), boundOnOrBefore(dated ? day : undatedKey));
    }
  }

  /** The recency part of {@code doc}'s date score. */
  double recency(int doc) throws IOException {
    return published != null && published.advanceExact(doc) ? ranking.recency(published.longValue()) : ranking.undatedRecency();
  }

  /** The publication day of {@code doc}, for explanations. */
  String describe(int doc) throws IOException {
    return published != null && published.advanceExact(doc)
        ? "published " + LocalDate.ofEpochDay(published.longValue())
        : "undated";
  }

  /** The best date score of any document from the last one scored on (of any document before the first). */
  double bound() {
    return bound;
  }

  /** Whether {@code doc} mentions the asked time; documents come in increasing id order. */
  private boolean mentions(int doc) throws IOException {
    if (mentionCandidates == null) {
      Scorer scorer = mentionSupplier.get(Long.MAX_VALUE);
      mentionCheck = scorer.twoPhaseIterator();
      mentionCandidates = mentionCheck == null ? scorer.iterator() : mentionCheck.approximation();
    }
    int candidate = mentionCandidates.docID();
    if (candidate < doc) {
      candidate = mentionCandidates.advance(doc);
    }
    return candidate == doc && (mentionCheck == null || mentionCheck.matches());
  }

  /** True while a document after the current one may still mention the asked time. */
  private boolean mentionAhead() {
    return mentionSupplier != null
        && (mentionCandidates == null || mentionCandidates.docID() != DocIdSetIterator.NO_MORE_DOCS);
  }

  /** The best date score of any document of the segment. */
  private double segmentBound() {
    boolean mention = mentionAhead();
    double dated = hasDated ? ranking.bestScoreOnOrBefore(newestDay, mention) : 0;
    return Math.max(dated, hasUndated ? ranking.undatedScore(mention) : 0);
  }

  /** The best date score of any document sorting at or after one whose sort key is {@code day}. */
  private double boundOnOrBefore(long day) {
    boolean mention = mentionAhead();
    // Long.MIN_VALUE is the missing value that puts undated documents last: no dated one follows.
    double dated = hasDated && day != Long.MIN_VALUE ? ranking.bestScoreOnOrBefore(day, mention) : 0;
    return Math.max(dated, hasUndated ? ranking.undatedScore(mention) : 0);
  }
}
