package org.fahras.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One search result: an article, or for a story told by several near-duplicate copies, the copy a reader would pick
 * with the others folded under it ({@link #duplicates()}). Immutable. The searcher makes hits; {@link #builder}
 * serves tests and front ends that show hits from elsewhere.
 */
public final class Hit {
  private final String id;
  private final float score;
  private final String title;
  private final LocalDate published;
  private final String source;
  private final String url;
  private final Snippet snippet;
  private final List<Hit> duplicates;
  private final int duplicateCount;
  private final ScoreBreakdown explanation;

  private Hit(Builder builder) {
    this.id = Objects.requireNonNull(builder.id, "id");
    if (!Float.isFinite(builder.score)) {
      throw new IllegalArgumentException("a hit's score is a finite number, got " + builder.score);
    }
    this.score = builder.score;
    this.title = builder.title;
    this.published = builder.published;
    this.source = builder.source;
    this.url = builder.url;
    this.snippet = builder.snippet;
    this.duplicates = List.copyOf(builder.duplicates);
    this.duplicateCount = builder.duplicateCount < 0 ? duplicates.size() : builder.duplicateCount;
    if (duplicateCount < duplicates.size()) {
      throw new IllegalArgumentException(
          "a hit lists " + duplicates.size() + " copies but counts " + duplicateCount + ": the count is of all of them");
    }
    this.explanation = builder.explanation;
  }

  /** A builder for the hit of the article {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The article id. */
  public String id() {
    return id;
  }

  /**
   * The score: text (BM25) plus the date-aware parts, or the text score alone under {@code sort:date} or with recency
   * and intent off. For a story of several copies, the story's score: that of its best-ranked copy, which ranks the
   * story (the copy shown may be another one; each of {@link #duplicates()} has its own score). Always finite.
   */
  public float score() {
    return score;
  }

  /** The headline. */
  public String title() {
    return title;
  }

  /** The publication day, or null when unknown. */
  public LocalDate published() {
    return published;
  }

  /** The outlet, or null. */
  public String source() {
    return source;
  }

  /** The article's address, or null. */
  public String url() {
    return url;
  }

  /** A passage of the body with the matched words marked, or null (none asked for, or nothing to show). */
  public Snippet snippet() {
    return snippet;
  }

  /**
   * The story's other copies folded under this one, best-ranked first, as many as {@link
   * SearchRequest#copiesPerHit()} asks; each has no snippet and no copies.
   */
  public List<Hit> duplicates() {
    return duplicates;
  }

  /**
   * How many other copies of the story the search folded under this one: those listed in {@link #duplicates()} and
   * those left out of it. Counted among the ranked candidates the searcher fetched (enough to fill the page with
   * stories), so a story's copies that rank far below it are not counted.
   */
  public int duplicateCount() {
    return duplicateCount;
  }

  /** The score's parts, or null unless asked for. */
  public ScoreBreakdown explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return "Hit[" + id + ", " + score + ", " + title + ", " + published + ", " + duplicateCount + " copies]";
  }

  /** Builds a {@link Hit}; not thread-safe. Everything but the id is optional (score 0, no copies). */
  public static final class Builder {
    private final String id;
    private float score;
    private String title;
    private LocalDate published;
    private String source;
    private String url;
    private Snippet snippet;
    private List<Hit> duplicates = List.of();
    private int duplicateCount = -1;
    private ScoreBreakdown explanation;

    private Builder(String id) {
      this.id = id;
    }

    /** The score (finite). */
    public Builder score(float score) {
      this.score = score;
      return this;
    }

    /** The headline. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The publication day, or null. */
    public Builder published(LocalDate published) {
      this.published = published;
      return this;
    }

    /** The outlet, or null. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** The address, or null. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** The snippet, or null. */
    public Builder snippet(Snippet snippet) {
      this.snippet = snippet;
      return this;
    }

    /** The story's other copies. */
    public Builder duplicates(List<Hit> duplicates) {
      this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
      return this;
    }

    /** How many other copies the story has, listed or not; by default, as many as are listed. */
    public Builder duplicateCount(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("a copy count is 0 or more, got " + count);
      }
      this.duplicateCount = count;
      return this;
    }

    /** The score's parts, or null. */
    public Builder explanation(ScoreBreakdown explanation) {
      this.explanation = explanation;
      return this;
    }

    /** The hit; throws {@link IllegalArgumentException} for a score that is not finite. */
    public Hit build() {
      return new Hit(this);
    }
  }

  /**
   * The parts of a hit's score, those of the story's best-ranked copy; they add up to {@link Hit#score()} (within
   * float rounding).
   *
   * @param text BM25 over the text fields
   * @param recency the recency part
   * @param intent the temporal-intent part (published in, or mentioning, the time the query names)
   */
  public record ScoreBreakdown(double text, double recency, double intent) {}
}
