package org.fahras.search;

import java.util.List;

/**
 * What a search returns.
 *
 * @param total how many articles match
 * @param totalIsExact false when {@code total} is a lower bound (top-k skipping did not count every match; ask for
 *     the histogram to count them all)
 * @param hits the hits, best first, near-duplicates folded under their representative unless asked otherwise
 * @param histogram all matches by publication month, oldest first (empty unless asked for)
 * @param intent the time the query named, as text, or null
 */
public record SearchResults(
    long total, boolean totalIsExact, List<Hit> hits, List<MonthCount> histogram, String intent) {

  /** Copies the lists. */
  public SearchResults {
    hits = List.copyOf(hits);
    histogram = List.copyOf(histogram);
  }

  /** No hits. */
  public static SearchResults empty() {
    return new SearchResults(0, true, List.of(), List.of(), null);
  }

  /**
   * Matches published in one month.
   *
   * @param month {@code YYYY-MM}
   * @param count how many
   */
  public record MonthCount(String month, long count) {}
}
