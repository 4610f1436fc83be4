package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.document.JsonLinesReader;
import org.fahras.document.ReadListener;

/**
 * A dated corpus held in memory, read once, for making a temporal known-item set and then indexing the same articles.
 * The ANT multi-source corpus (31,525 articles, about 110 MB of text) fits in a few hundred megabytes of heap.
 *
 * @param articles the readable articles, in file order (unmodifiable)
 */
public record TemporalCorpus(List<Article> articles) {

  /** Keeps an unmodifiable copy. */
  public TemporalCorpus {
    articles = List.copyOf(articles);
  }

  /** Reads a JSON Lines corpus (gzip or not); unreadable records go to {@code listener} and are left out. */
  public static TemporalCorpus read(Path file, EvalListener listener) throws IOException {
    List<Article> articles = new ArrayList<>();
    new JsonLinesReader().read(file, ReadListener.of(articles::add, listener::rejected));
    return new TemporalCorpus(articles);
  }

  /** Generates a known-item set from these articles; see {@link KnownItemGenerator}. */
  public KnownItemSet knownItems(KnownItemGenerator.Options options) {
    List<DatedItem> items = new ArrayList<>(articles.size());
    for (Article article : articles) {
      items.add(new DatedItem(article.id(), article.title(), article.body(), article.published()));
    }
    return KnownItemGenerator.generate(items, options);
  }
}
