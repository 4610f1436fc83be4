package org.fahras.search;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a search returns: one page of hits, how many articles match, and what the query was read as. Immutable. The
 * searcher makes results; {@link #builder} serves tests and front ends that show results from elsewhere.
 */
public final class SearchResults {
  private static final SearchResults EMPTY = builder().build();

  private final long total;
  private final boolean totalIsExact;
  private final List<Hit> hits;
  private final int page;
  private final boolean hasMore;
  private final OptionalLong stories;
  private final List<MonthCount> histogram;
  private final TimeIntent intent;

  private SearchResults(Builder builder) {
    if (builder.total < 0 || builder.page < 1) {
      throw new IllegalArgumentException("total >= 0 and page >= 1, got " + builder.total + ", " + builder.page);
    }
    this.total = builder.total;
    this.totalIsExact = builder.totalIsExact;
    this.hits = List.copyOf(builder.hits);
    this.page = builder.page;
    this.hasMore = builder.hasMore;
    this.stories = builder.stories;
    this.histogram = List.copyOf(builder.histogram);
    this.intent = builder.intent;
  }

  /** A builder of results: by default none, page 1, the total exact. */
  public static Builder builder() {
    return new Builder();
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

  /** Builds {@link SearchResults}; not thread-safe. */
  public static final class Builder {
    private long total;
    private boolean totalIsExact = true;
    private List<Hit> hits = List.of();
    private int page = 1;
    private boolean hasMore;
    private OptionalLong stories = OptionalLong.empty();
    private List<MonthCount> histogram = List.of();
    private TimeIntent intent;

    private Builder() {}

    /** How many articles match, and whether that is every match (true) or a lower bound (false). */
    public Builder total(long total, boolean exact) {
      this.total = total;
      this.totalIsExact = exact;
      return this;
    }

    /** The page's hits, best first. */
    public Builder hits(List<Hit> hits) {
      this.hits = Objects.requireNonNull(hits, "hits");
      return this;
    }

    /** Which page (from 1), and whether a later page has more. */
    public Builder page(int page, boolean hasMore) {
      this.page = page;
      this.hasMore = hasMore;
      return this;
    }

    /** How many stories all matches tell, when known. */
    public Builder stories(OptionalLong stories) {
      this.stories = Objects.requireNonNull(stories, "stories");
      return this;
    }

    /** Matches by month. */
    public Builder histogram(List<MonthCount> histogram) {
      this.histogram = Objects.requireNonNull(histogram, "histogram");
      return this;
    }

    /** The time the query named, or null. */
    public Builder intent(TimeIntent intent) {
      this.intent = intent;
      return this;
    }

    /** The results. */
    public SearchResults build() {
      return new SearchResults(this);
    }
  }

  /**
   * Matches published in one month.
   *
   * @param month the month
   * @param count how many
   */
  public record MonthCount(YearMonth month, long count) {}
}
