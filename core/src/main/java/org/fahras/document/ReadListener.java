package org.fahras.document;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Receives what an {@link ArticleReader} finds, one call per record, in input order, on the reading thread. A CLI
 * shows progress from {@link #article}; an indexer adds the article there. Nothing is buffered, so memory stays
 * constant whatever the input size.
 */
public interface ReadListener {

  /** A good article. */
  void article(Article article);

  /** A record that could not be read; reading goes on with the next one. */
  void rejected(Rejection rejection);

  /**
   * A file passed over because it is not in the reader's format (for example an image beside the {@code .txt}
   * articles). Ignored by default.
   *
   * @param file the file's path
   * @param reason why it was passed over
   */
  default void skipped(String file, String reason) {}

  /**
   * An article that was delivered to {@link #article} without a field its record held but that could not be read
   * (an impossible date: the article is kept undated). Called just before that {@link #article} call. Ignored by
   * default.
   *
   * @param warning where, which field, its value and why
   */
  default void warning(ReadWarning warning) {}

  /**
   * A listener from two consumers; skipped files and warnings are ignored.
   *
   * @param articles receives each good article
   * @param rejections receives each rejected record
   */
  static ReadListener of(Consumer<? super Article> articles, Consumer<? super Rejection> rejections) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(rejections, "rejections");
    return new ReadListener() {
      @Override
      public void article(Article article) {
        articles.accept(article);
      }

      @Override
      public void rejected(Rejection rejection) {
        rejections.accept(rejection);
      }
    };
  }
}
