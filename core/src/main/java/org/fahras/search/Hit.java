package org.fahras.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One search result: an article, or for a story told by several near-duplicate copies, the copy a reader would pick
 * with the others folded under it ({@link #duplicates()}). Immutable; made by the searcher.
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
  private final ScoreBreakdown explanation;

  Hit(
      String id,
      float score,
      String title,
      LocalDate published,
      String source,
      String url,
      Snippet snippet,
      List<Hit> duplicates,
      ScoreBreakdown explanation) {
    this.id = Objects.requireNonNull(id, "id");
    this.score = score;
    this.title = title;
    this.published = published;
    this.source = source;
    this.url = url;
    this.snippet = snippet;
    this.duplicates = List.copyOf(duplicates);
    this.explanation = explanation;
  }

  /** The article id. */
  public String id() {
    return id;
  }

  /**
   * The article's score: text (BM25) plus the date-aware parts, or the text score alone under {@code sort:date} or
   * with recency and intent off. Always a finite number.
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

  /** The story's other copies folded under this one, best-ranked first; each has no snippet and no copies. */
  public List<Hit> duplicates() {
    return duplicates;
  }

  /** The score's parts, or null unless asked for. */
  public ScoreBreakdown explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return "Hit[" + id + ", " + score + ", " + title + ", " + published + ", " + duplicates.size() + " copies]";
  }

  /**
   * The parts of a hit's score; they add up to {@link Hit#score()} (within float rounding).
   *
   * @param text BM25 over the text fields
   * @param recency the recency part
   * @param intent the temporal-intent part (published in, or mentioning, the time the query names)
   */
  public record ScoreBreakdown(double text, double recency, double intent) {}
}
