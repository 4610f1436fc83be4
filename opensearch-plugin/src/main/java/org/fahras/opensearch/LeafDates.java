package org.fahras.opensearch;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.fahras.index.Schema;
import org.fahras.search.DateAwareRanking;

/**
 * The date score of the documents of one segment, read from {@code published} (a {@code long} of epoch days, as doc
 * values) and from the iterator of documents that mention the asked time. Documents must be asked in increasing order,
 * as scorers visit them. Not thread-safe: one per scorer.
 */
final class LeafDates {
  private final SortedNumericDocValues published;
  private final DateAwareRanking ranking;
  private final DocIdSetIterator mentioning;

  /** @param mentioning the documents that mention the asked time, or null when none does or mentions do not count */
  LeafDates(LeafReader reader, DateAwareRanking ranking, DocIdSetIterator mentioning) throws IOException {
    this.published = DocValues.getSortedNumeric(reader, Schema.PUBLISHED);
    this.ranking = ranking;
    this.mentioning = mentioning;
  }

  /** The date score of {@code doc}; an undated document gets {@link DateAwareRanking#undatedScore}. */
  double score(int doc) throws IOException {
    boolean mentions = mentioning != null && (mentioning.docID() < doc ? mentioning.advance(doc) : mentioning.docID()) == doc;
    if (published.advanceExact(doc)) {
      return ranking.score(published.nextValue(), mentions); // the smallest value, as core's index sort reads it
    }
    return ranking.undatedScore(mentions);
  }
}
