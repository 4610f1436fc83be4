package org.fahras.internal.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A {@link QueryTree} as Lucene queries.
 *
 * @param text the scored text query, or null when the query has no words (only filters or a time)
 * @param filters hard restrictions (dates, source): non-scoring
 * @param exclusions what a hit must not match
 * @param highlight the stemmed body terms to mark in snippets, or null
 */
public record LuceneQuery(Query text, List<Query> filters, List<Query> exclusions, Query highlight) {
  /** Copies the lists. */
  public LuceneQuery {
    filters = List.copyOf(filters);
    exclusions = List.copyOf(exclusions);
  }
}
