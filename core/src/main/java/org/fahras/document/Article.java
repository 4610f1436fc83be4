package org.fahras.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as the readers deliver it and the index stores it. Immutable and validated when built, so every
 * {@code Article} in the system is indexable: it has an id and some text.
 *
 * <pre>{@code
 * Article article = Article.builder("a1")
 *     .title("العراق وأمريكا يتفقان على سحب قوات التحالف")
 *     .body("توصلت الولايات المتحدة والعراق إلى تفاهم …")
 *     .source("رويترز")
 *     .published(LocalDate.of(2024, 9, 6))
 *     .build();
 * }</pre>
 *
 * <p>Optional facts are {@code null} when unknown; the {@code …Value()} accessors wrap them for callers that prefer
 * {@link Optional}.
 */
public final class Article {
  private final String id;
  private final String title;
  private final String body;
  private final String source;
  private final String url;
  private final String category;
  private final LocalDate published;

  private Article(Builder builder) {
    this.id = Objects.requireNonNull(builder.id, "id must not be null");
    this.title = Objects.requireNonNull(builder.title, "title must not be null (leave it out for none)");
    this.body = Objects.requireNonNull(builder.body, "body must not be null (leave it out for none)");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    this.source = requireAbsentOrNonBlank(builder.source, "source");
    this.url = requireAbsentOrNonBlank(builder.url, "url");
    this.category = requireAbsentOrNonBlank(builder.category, "category");
    this.published = builder.published;
    if (title.isBlank() && body.isBlank()) {
      throw new IllegalArgumentException("no title and no text: article " + id + " has nothing to index");
    }
  }

  private static String requireAbsentOrNonBlank(String value, String name) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " must be null (unknown) or non-blank");
    }
    return value;
  }

  /**
   * A builder for the article identified by {@code id} (the key the index updates and deletes by).
   *
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id must not be null"));
  }

  /** A builder holding this article's facts, to change some of them. */
  public Builder toBuilder() {
    return builder(id).title(title).body(body).source(source).url(url).category(category).published(published);
  }

  /** The identity the index updates by; never blank. */
  public String id() {
    return id;
  }

  /** The headline; {@code ""} when there is none. */
  public String title() {
    return title;
  }

  /** The article text; {@code ""} when there is none (a headline-only article is valid). */
  public String body() {
    return body;
  }

  /** The outlet that published it, or {@code null} when unknown; never blank. */
  public String source() {
    return source;
  }

  /** Where it was published, or {@code null} when unknown; never blank. */
  public String url() {
    return url;
  }

  /** The outlet's section or category, or {@code null} when unknown; never blank. */
  public String category() {
    return category;
  }

  /** The publication date, or {@code null} when unknown. */
  public LocalDate published() {
    return published;
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Article that
        && id.equals(that.id)
        && title.equals(that.title)
        && body.equals(that.body)
        && Objects.equals(source, that.source)
        && Objects.equals(url, that.url)
        && Objects.equals(category, that.category)
        && Objects.equals(published, that.published);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, body, source, url, category, published);
  }

  /** A short description for logs: id, date and title, never the body (which may be megabytes long). */
  @Override
  public String toString() {
    return "Article[id=" + id + ", published=" + published + ", source=" + source + ", title=" + title + "]";
  }

  /**
   * Builds an {@link Article}; not thread-safe. Title and body default to {@code ""}, the rest to unknown; {@link
   * #build()} checks that the article has some text and that no optional fact is blank, and says which is wrong.
   */
  public static final class Builder {
    private final String id;
    private String title = "";
    private String body = "";
    private String source;
    private String url;
    private String category;
    private LocalDate published;

    private Builder(String id) {
      this.id = id;
    }

    /** The headline. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The article text. */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /** The outlet; null for unknown. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Where it was published; null for unknown. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** The outlet's section; null for unknown. */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /** The publication day; null for unknown. */
    public Builder published(LocalDate published) {
      this.published = published;
      return this;
    }

    /**
     * The article.
     *
     * @throws NullPointerException if the title or body was set to null
     * @throws IllegalArgumentException if the id is blank, an optional fact is present but blank, or the article has
     *     neither a title nor a body
     */
    public Article build() {
      return new Article(this);
    }
  }
}
