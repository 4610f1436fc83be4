package org.fahras.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as the readers deliver it and the index stores it. Immutable and validated on construction, so
 * every {@code Article} in the system is indexable: it has an id and some text.
 *
 * <p>Optional facts are {@code null} when unknown (records do not hold {@link Optional}s well); the {@code …Value()}
 * accessors wrap them for callers that prefer {@code Optional}.
 *
 * @param id the identity the index updates by; never blank
 * @param title the headline; {@code ""} when there is none
 * @param body the article text; {@code ""} when there is none (a headline-only article is valid)
 * @param source the outlet that published it, or {@code null} when unknown; never blank
 * @param url where it was published, or {@code null} when unknown; never blank
 * @param category the outlet's section or category, or {@code null} when unknown; never blank
 * @param published the publication date, or {@code null} when unknown
 */
public record Article(
    String id, String title, String body, String source, String url, String category, LocalDate published) {

  /**
   * Validates the article.
   *
   * @throws NullPointerException if {@code id}, {@code title} or {@code body} is null
   * @throws IllegalArgumentException if {@code id} is blank, an optional text is present but blank, or the article
   *     has neither a title nor a body
   */
  public Article {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(title, "title must not be null (use \"\" for none)");
    Objects.requireNonNull(body, "body must not be null (use \"\" for none)");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    requireAbsentOrNonBlank(source, "source");
    requireAbsentOrNonBlank(url, "url");
    requireAbsentOrNonBlank(category, "category");
    if (title.isBlank() && body.isBlank()) {
      throw new IllegalArgumentException("no title and no text: article " + id + " has nothing to index");
    }
  }

  private static void requireAbsentOrNonBlank(String value, String name) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " must be null (unknown) or non-blank");
    }
  }

  /** The outlet, when known. */
  public Optional<String> sourceValue() {
    return Optional.ofNullable(source);
  }

  /** The URL, when known. */
  public Optional<String> urlValue() {
    return Optional.ofNullable(url);
  }

  /** The category, when known. */
  public Optional<String> categoryValue() {
    return Optional.ofNullable(category);
  }

  /** The publication date, when known. */
  public Optional<LocalDate> publishedValue() {
    return Optional.ofNullable(published);
  }

  /**
   * A short description for logs: id, date and title, never the body (which may be megabytes long).
   */
  @Override
  public String toString() {
    return "Article[id=" + id + ", published=" + published + ", source=" + source + ", title=" + title + "]";
  }
}
