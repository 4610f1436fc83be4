package org.fahras.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One search: the query string and how to rank, collapse and present its hits. Immutable; build with {@link
 * #builder(String, LocalDate)}.
 *
 * <p>The as-of date is always explicit: recency and relative times ("الشهر الماضي") are measured from it, and core
 * never reads the clock.
 *
 * <p>The date-aware weights are shares of the query's text-score bound (the most BM25 its terms can give one
 * article), so they mean the same for a two-word query as for a ten-word one: a recency weight of 0.1 lets an article
 * of the as-of day gain a tenth of what a perfect text match scores.
 *
 * <p>Defaults: 10 hits, recency half-life 30 days with weight 0.1, temporal intent weights 0.25 (published in the
 * asked time) and 0.15 (mentions it), near-duplicates collapsed, snippets on, no histogram, no explain, every word
 * optional (OR).
 *
 * @param query the query string (see {@link QueryParser} for the syntax)
 * @param asOf the day recency and relative times are measured from
 * @param limit how many hits (after collapsing) to return, 1 to {@value #MAX_LIMIT}
 * @param recencyHalfLifeDays the age at which recency falls to half its weight; 0 turns recency off
 * @param recencyWeight the recency of an article of the as-of day, as a share of the text-score bound
 * @param intentWeight the boost of an article published in the time the query names, as a share of that bound
 * @param mentionWeight the boost of an article whose body mentions that time, as a share of that bound
 * @param weights how title, body and exact matches weigh against each other
 * @param requireAllWords true to require every word (AND); false ranks by how many match (OR)
 * @param collapseDuplicates true to fold near-duplicates under the best-ranked copy
 * @param snippets true to make highlighted snippets
 * @param histogram true to count all matches by month (visits every match)
 * @param explain true to attach each hit's score breakdown
 */
public record SearchRequest(
    String query,
    LocalDate asOf,
    int limit,
    double recencyHalfLifeDays,
    double recencyWeight,
    double intentWeight,
    double mentionWeight,
    QueryWeights weights,
    boolean requireAllWords,
    boolean collapseDuplicates,
    boolean snippets,
    boolean histogram,
    boolean explain) {

  /** The most hits one request may ask for. */
  public static final int MAX_LIMIT = 1_000;

  /** Validates every setting and says which one is wrong. */
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(weights, "weights");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    requireWeight(recencyHalfLifeDays, "recency half-life");
    requireWeight(recencyWeight, "recency weight");
    requireWeight(intentWeight, "intent weight");
    requireWeight(mentionWeight, "mention weight");
  }

  private static void requireWeight(double value, String name) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
  }

  /** A builder with the defaults above. */
  public static Builder builder(String query, LocalDate asOf) {
    return new Builder(query, asOf);
  }

  /** Builds a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private final String query;
    private final LocalDate asOf;
    private int limit = 10;
    private double recencyHalfLifeDays = 30;
    private double recencyWeight = 0.1;
    private double intentWeight = 0.25;
    private double mentionWeight = 0.15;
    private QueryWeights weights = QueryWeights.DEFAULT;
    private boolean requireAllWords;
    private boolean collapseDuplicates = true;
    private boolean snippets = true;
    private boolean histogram;
    private boolean explain;

    private Builder(String query, LocalDate asOf) {
      this.query = query;
      this.asOf = asOf;
    }

    /** How many hits to return. */
    public Builder limit(int limit) {
      this.limit = limit;
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

    /** Fold near-duplicates under the best-ranked copy. */
    public Builder collapseDuplicates(boolean collapse) {
      this.collapseDuplicates = collapse;
      return this;
    }

    /** Make highlighted snippets. */
    public Builder snippets(boolean snippets) {
      this.snippets = snippets;
      return this;
    }

    /** Count all matches by month. */
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
      return new SearchRequest(
          query,
          asOf,
          limit,
          recencyHalfLifeDays,
          recencyWeight,
          intentWeight,
          mentionWeight,
          weights,
          requireAllWords,
          collapseDuplicates,
          snippets,
          histogram,
          explain);
    }
  }
}
