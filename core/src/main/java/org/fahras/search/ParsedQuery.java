package org.fahras.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * What a query string asks for, ready to search: the Lucene query that scores text, the hard filters, the temporal
 * intent and the ordering.
 *
 * @param text the scored text query, or null when the query has no words (only filters or a time)
 * @param filters hard restrictions (dates, source, required phrases and words): non-scoring
 * @param exclusions what a hit must not match
 * @param intent the time the query names, as epoch days, or null
 * @param intentText the words of the query that named that time, or null
 * @param sortByDate true for {@code sort:date}: newest first instead of by score
 * @param highlight the terms to mark in snippets, or null
 */
public record ParsedQuery(
    Query text,
    List<Query> filters,
    List<Query> exclusions,
    DateAwareRanking.DayInterval intent,
    String intentText,
    boolean sortByDate,
    Query highlight) {

  /** Copies the lists. */
  public ParsedQuery {
    filters = List.copyOf(filters);
    exclusions = List.copyOf(exclusions);
  }

  /** True when the query asks for nothing: no words, filters or time. */
  public boolean isEmpty() {
    return text == null && filters.isEmpty() && intent == null;
  }
}
