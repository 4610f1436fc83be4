package org.fahras.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One search: the query string and how to rank, page, collapse and present its hits. Immutable and thread-safe; build
 * with {@link #builder(String, LocalDate)}, which checks every setting and names the one that is wrong.
 *
 * <p>The as-of date is always explicit: recency and relative times ("الشهر الماضي") are measured from it, and core
 * never reads the clock.
 *
 * <p>The date-aware weights are shares of the query's text-score bound (the most BM25 its terms can give one
 * article), so they mean the same for a two-word query as for a ten-word one: a recency weight of 0.1 lets an article
 * of the as-of day gain a tenth of what a perfect text match scores.
 *
 * <p>Defaults: page 1 of 10 hits, recency half-life 30 days with weight 0.1, temporal intent weights 0.25 (published
 * in the asked time) and 0.15 (mentions it), near-duplicates collapsed with up to {@value #DEFAULT_COPIES_PER_HIT} of a
 * story's other copies listed under its hit, snippets on, no histogram, no explain, every word optional (OR).
 */
public final class SearchRequest {
  /** The most hits one page may hold. */
  public static final int MAX_LIMIT = 1_000;
  /** How many hits a page holds unless asked otherwise. */
  public static final int DEFAULT_LIMIT = 10;
  /** How deep paging may go: page × limit stays within this many hits (stories). */
  public static final int MAX_DEPTH = 10_000;
  /** How many of a story's other copies a hit lists unless asked otherwise. */
  public static final int DEFAULT_COPIES_PER_HIT = 5;
  /** The most of a story's other copies a hit may list. */
  public static final int MAX_COPIES_PER_HIT = 100;
  /** The longest query string accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 4_096;
  /** The most words a query string may have: free, phrase and excluded words and fields alike. */
  public static final int MAX_QUERY_WORDS = 128;

  private final String query;
  private final LocalDate asOf;
  private final int limit;
  private final int page;
  private final double recencyHalfLifeDays;
  private final double recencyWeight;
  private final double intentWeight;
  private final double mentionWeight;
  private final QueryWeights weights;
  private final boolean requireAllWords;
  private final boolean collapseDuplicates;
  private final int copiesPerHit;
  private final boolean snippets;
  private final boolean histogram;
  private final boolean explain;

  private SearchRequest(Builder builder) {
    this.query = Objects.requireNonNull(builder.query, "query");
    this.asOf = Objects.requireNonNull(builder.asOf, "asOf");
    this.weights = Objects.requireNonNull(builder.weights, "weights");
    if (builder.limit < 1 || builder.limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + builder.limit);
    }
    if (builder.page < 1 || (long) builder.page * builder.limit > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "page must be 1 or more, and page × limit at most " + MAX_DEPTH + ", got page " + builder.page
              + " of " + builder.limit);
    }
    if (builder.copiesPerHit < 0 || builder.copiesPerHit > MAX_COPIES_PER_HIT) {
      throw new IllegalArgumentException(
          "copies per hit must be 0 to " + MAX_COPIES_PER_HIT + ", got " + builder.copiesPerHit);
    }
    this.limit = builder.limit;
    this.page = builder.page;
    this.copiesPerHit = builder.copiesPerHit;
    this.recencyHalfLifeDays = requireWeight(builder.recencyHalfLifeDays, "recency half-life");
    this.recencyWeight = requireWeight(builder.recencyWeight, "recency weight");
    this.intentWeight = requireWeight(builder.intentWeight, "intent weight");
    this.mentionWeight = requireWeight(builder.mentionWeight, "mention weight");
    this.requireAllWords = builder.requireAllWords;
    this.collapseDuplicates = builder.collapseDuplicates;
    this.snippets = builder.snippets;
    this.histogram = builder.histogram;
    this.explain = builder.explain;
  }

  private static double requireWeight(double value, String name) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
    return value;
  }

  /** A builder with the defaults above. */
  public static Builder builder(String query, LocalDate asOf) {
    return new Builder(query, asOf);
  }

  /** A builder holding this request's settings, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder(query, asOf);
    builder.limit = limit;
    builder.page = page;
    builder.recencyHalfLifeDays = recencyHalfLifeDays;
    builder.recencyWeight = recencyWeight;
    builder.intentWeight = intentWeight;
    builder.mentionWeight = mentionWeight;
    builder.weights = weights;
    builder.requireAllWords = requireAllWords;
    builder.collapseDuplicates = collapseDuplicates;
    builder.copiesPerHit = copiesPerHit;
    builder.snippets = snippets;
    builder.histogram = histogram;
    builder.explain = explain;
    return builder;
  }

  /**
   * The query string: words, {@code "phrases"}, {@code -excluded}, {@code a OR b}, {@code source:NAME}, {@code
   * after:2024-09-01}, {@code before:2025}, {@code sort:date}, and Arabic times ("أيلول 2025", "الشهر الماضي") that
   * become the temporal intent.
   */
  public String query() {
    return query;
  }

  /** The day recency and relative times are measured from. */
  public LocalDate asOf() {
    return asOf;
  }

  /** How many hits (stories, after collapsing) a page holds. */
  public int limit() {
    return limit;
  }

  /** Which page, from 1: hits {@code (page − 1) × limit + 1} to {@code page × limit} of the ranking. */
  public int page() {
    return page;
  }

  /** The age at which recency falls to half its weight, in days; 0 turns recency off. */
  public double recencyHalfLifeDays() {
    return recencyHalfLifeDays;
  }

  /** The recency of an article of the as-of day, as a share of the text-score bound. */
  public double recencyWeight() {
    return recencyWeight;
  }

  /** The boost of an article published in the time the query names, as a share of the text-score bound. */
  public double intentWeight() {
    return intentWeight;
  }

  /** The boost of an article whose body mentions the time the query names, as a share of the text-score bound. */
  public double mentionWeight() {
    return mentionWeight;
  }

  /** How title, body and exact matches weigh against each other. */
  public QueryWeights weights() {
    return weights;
  }

  /** True to require every word (AND); false ranks by how many match (OR). */
  public boolean requireAllWords() {
    return requireAllWords;
  }

  /** True to fold near-duplicates under one copy of the story. */
  public boolean collapseDuplicates() {
    return collapseDuplicates;
  }

  /**
   * How many of a story's other copies each hit lists in {@link Hit#duplicates()}, best-ranked first; {@link
   * Hit#duplicateCount()} says how many there are.
   */
  public int copiesPerHit() {
    return copiesPerHit;
  }

  /** True to make snippets with highlights. */
  public boolean snippets() {
    return snippets;
  }

  /** True to count all matches by month (visits every match). */
  public boolean histogram() {
    return histogram;
  }

  /** True to attach each hit's score breakdown. */
  public boolean explain() {
    return explain;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SearchRequest that
        && query.equals(that.query)
        && asOf.equals(that.asOf)
        && limit == that.limit
        && page == that.page
        && Double.compare(recencyHalfLifeDays, that.recencyHalfLifeDays) == 0
        && Double.compare(recencyWeight, that.recencyWeight) == 0
        && Double.compare(intentWeight, that.intentWeight) == 0
        && Double.compare(mentionWeight, that.mentionWeight) == 0
        && weights.equals(that.weights)
        && requireAllWords == that.requireAllWords
        && collapseDuplicates == that.collapseDuplicates
        && copiesPerHit == that.copiesPerHit
        && snippets == that.snippets
        && histogram == that.histogram
        && explain == that.explain;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        query, asOf, limit, page, recencyHalfLifeDays, recencyWeight, intentWeight, mentionWeight, weights,
        requireAllWords, collapseDuplicates, copiesPerHit, snippets, histogram, explain);
  }

  @Override
  public String toString() {
    return "SearchRequest[query=" + query + ", asOf=" + asOf + ", limit=" + limit + ", page=" + page
        + ", recencyHalfLifeDays=" + recencyHalfLifeDays + ", recencyWeight=" + recencyWeight
        + ", intentWeight=" + intentWeight + ", mentionWeight=" + mentionWeight + ", weights=" + weights
        + ", requireAllWords=" + requireAllWords + ", collapseDuplicates=" + collapseDuplicates
        + ", copiesPerHit=" + copiesPerHit + ", snippets=" + snippets + ", histogram=" + histogram + ", explain=" + explain + "]";
  }

  /** Builds a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private final String query;
    private final LocalDate asOf;
    private int limit = DEFAULT_LIMIT;
    private int page = 1;
    private double recencyHalfLifeDays = 30;
    private double recencyWeight = 0.1;
    private double intentWeight = 0.25;
    private double mentionWeight = 0.15;
    private QueryWeights weights = QueryWeights.DEFAULT;
    private boolean requireAllWords;
    private boolean collapseDuplicates = true;
    private int copiesPerHit = DEFAULT_COPIES_PER_HIT;
    private boolean snippets = true;
    private boolean histogram;
    private boolean explain;

    private Builder(String query, LocalDate asOf) {
      this.query = query;
      this.asOf = asOf;
    }

    /** How many hits a page holds, 1 to {@value SearchRequest#MAX_LIMIT}. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Which page of {@link #limit} hits, from 1; page × limit at most {@value SearchRequest#MAX_DEPTH}. */
    public Builder page(int page) {
      this.page = page;
      return this;
    }

    /** Recency half-life in days; 0 turns recency off. */
    public Builder recencyHalfLifeDays(double days) {
      this.recencyHalfLifeDays = days;
      return this;
    }

    /** Recency weight, as a share of the query's text-score bound. */
    public Builder recencyWeight(double weight) {
      this.recencyWeight = weight;
      return this;
    }

    /**
     * Boosts, as shares of the query's text-score bound, for articles published in (first) or mentioning (second) the
     * time a query names; 0 and 0 turn temporal intent off.
     */
    public Builder intentWeights(double published, double mentioned) {
      this.intentWeight = published;
      this.mentionWeight = mentioned;
      return this;
    }

    /** Field weights. */
    public Builder weights(QueryWeights weights) {
      this.weights = weights;
      return this;
    }

    /** Require every word (AND) instead of ranking by how many match (OR). */
    public Builder requireAllWords(boolean requireAllWords) {
      this.requireAllWords = requireAllWords;
      return this;
    }

    /** Fold near-duplicates under one copy of the story. */
    public Builder collapseDuplicates(boolean collapse) {
      this.collapseDuplicates = collapse;
      return this;
    }

    /**
     * How many of a story's other copies each hit lists, 0 to {@value SearchRequest#MAX_COPIES_PER_HIT}: a story told
     * by dozens of outlets need not fill the answer with them, and each listed copy is read from the index.
     */
    public Builder copiesPerHit(int copies) {
      this.copiesPerHit = copies;
      return this;
    }

    /** Make snippets with highlights. */
    public Builder snippets(boolean snippets) {
      this.snippets = snippets;
      return this;
    }

    /** Count all matches by month (visits every match, so it costs what skipping saves). */
    public Builder histogram(boolean histogram) {
      this.histogram = histogram;
      return this;
    }

    /** Attach score breakdowns. */
    public Builder explain(boolean explain) {
      this.explain = explain;
      return this;
    }

    /** The request; throws {@link IllegalArgumentException} naming a bad setting. */
    public SearchRequest build() {
      return new SearchRequest(this);
    }
  }
}
