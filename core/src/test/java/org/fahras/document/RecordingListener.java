package org.fahras.document;

import java.util.ArrayList;
import java.util.List;

/** A {@link ReadListener} for tests: keeps everything a reader reported, in order. */
public final class RecordingListener implements ReadListener {
  /**
   * A file the reader passed over.
   *
   * @param file its path, as the reader gave it
   * @param reason why
   */
  public record Skip(String file, String reason) {}

  /** The good articles. */
  public final List<Article> articles = new ArrayList<>();
  /** The rejected records. */
  public final List<Rejection> rejections = new ArrayList<>();
  /** The files passed over. */
  public final List<Skip> skipped = new ArrayList<>();
  /** The articles delivered without a field they held. */
  public final List<ReadWarning> warnings = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void rejected(Rejection rejection) {
    rejections.add(rejection);
  }

  @Override
  public void skipped(String file, String reason) {
    skipped.add(new Skip(file, reason));
  }

  @Override
  public void warning(ReadWarning warning) {
    warnings.add(warning);
  }
}
