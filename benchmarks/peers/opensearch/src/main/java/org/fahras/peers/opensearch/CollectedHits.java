package org.fahras.peers.opensearch;

import org.apache.lucene.search.TotalHits;
import org.opensearch.index.IndexModule;
import org.opensearch.index.shard.SearchOperationListener;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.internal.SearchContext;

/**
 * A plugin of the benchmark only: while {@link #counting} is on, it keeps the shard's own total-hits count of the last
 * query phase, before the coordinating node caps it at {@code track_total_hits}. Lucene's top-k collector counts
 * every document it collects, so with a small {@code track_total_hits} that count is how many documents the query
 * scored on OpenSearch's own path (its searcher, cancellation chunks and collector), the figure the suite reports as
 * the share of matches scored. The timed runs leave it off.
 */
public final class CollectedHits extends Plugin {
  private static volatile boolean counting;
  private static volatile long last = -1;

  /** Loaded by the node. */
  public CollectedHits() {}

  /** Turns the count on or off. */
  static void counting(boolean on) {
    counting = on;
    last = -1;
  }

  /** The shard's count of the last query phase since counting was turned on, or -1. */
  static long last() {
    return last;
  }

  @Override
  public void onIndexModule(IndexModule module) {
    module.addSearchOperationListener(
        new SearchOperationListener() {
          @Override
          public void onQueryPhase(SearchContext context, long tookInNanos) {
            if (counting && context.queryResult().hasConsumedTopDocs() == false) {
              TotalHits total = context.queryResult().topDocs().topDocs.totalHits;
              last = total == null ? -1 : total.value();
            }
          }
        });
  }
}
