package org.fahras.search;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a search returns: one page of hits, how many articles match, and what the query was read as. Immutable.
 */
public final class SearchResults {
  private static final SearchResults EMPTY = new SearchResults(0, true, List.of(), 1, false, OptionalLong.of(0), List.of(), null);

  private final long total;
  private final boolean totalIsExact;
  private final List<Hit> hits;
  private final int page;
  private final boolean hasMore;
  private final OptionalLong stories;
  private final List<MonthCount> histogram;
  private final TimeIntent intent;

  SearchResults(
      long total,
      boolean totalIsExact,
      List<Hit> hits,
      int page,
      boolean hasMore,
      OptionalLong stories,
      List<MonthCount> histogram,
      TimeIntent intent) {
    this.total = total;
    this.totalIsExact = totalIsExact;
    this.hits = List.copyOf(hits);
    this.page = page;
    this.hasMore = hasMore;
    this.stories = Objects.requireNonNull(stories, "stories");
    this.histogram = List.copyOf(histogram);
    this.intent = intent;
  }

  /** No hits. */
  public static SearchResults empty() {
    return EMPTY;
  }

  /**
   * How many articles match; a lower bound unless {@link #totalIsExact()}: top-k skipping stops counting once the
   * hits are certain (ask for the histogram to count every match).
   */
  public long total() {
    return total;
  }

  /** True when {@link #total()} counts every match; false when it is a lower bound ("≥ total"). */
  public boolean totalIsExact() {
    return totalIsExact;
  }

  /** This page's hits, best first; near-duplicate copies folded under one hit per story unless asked otherwise. */
  public List<Hit> hits() {
    return hits;
  }

  /** The page these hits are, from 1. */
  public int page() {
    return page;
  }

  /** True when a later page has more hits. */
  public boolean hasMore() {
    return hasMore;
  }

  /**
   * How many stories (groups of near-duplicate copies) all the matches tell, when the search saw every match; empty
   * otherwise, or when copies were not collapsed.
   */
  public OptionalLong stories() {
    return stories;
  }

  /** All matches by publication month, oldest first; empty unless asked for. Undated matches are in no month. */
  public List<MonthCount> histogram() {
    return histogram;
  }

  /** The time the query named and the days it resolved to, or null. */
  public TimeIntent intent() {
    return intent;
  }

  @Override
  public String toString() {
    return "SearchResults[total=" + (totalIsExact ? "" : ">=") + total + ", page " + page + ", " + hits.size()
        + " hits" + (hasMore ? ", more" : "") + (intent == null ? "" : ", intent " + intent) + "]";
  }

  /**
   * Matches published in one month.
   *
   * @param month the month
   * @param count how many
   */
  public record MonthCount(YearMonth month, long count) {}
}
