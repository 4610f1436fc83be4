package org.fahras.internal.index;

import org.fahras.IndexInUseException;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.CloseableThreadLocal;
import org.apache.lucene.util.UnicodeUtil;
import org.fahras.document.Article;
import org.fahras.time.TemporalMention;
import org.fahras.time.TemporalTagger;

/**
 * Writes articles into a Fahras index: tags the times each body mentions, builds the document with the {@link
 * Schema}, and updates by id so that indexing the same article twice keeps one copy. Commits every {@code
 * commitEveryDocs} articles or {@code commitEveryNanos}, whichever comes first, so a crash loses at most that much;
 * what was committed stays intact (Lucene's commits are atomic).
 *
 * <p>Thread-safe: {@link IndexWriter} is, and the periodic commit is synchronized.
 */
public final class Indexer implements Closeable {
  private final IndexWriter writer;
  private final Schema schema;
  private final TemporalTagger tagger;
  private final IndexMetadata metadata;
  private final long commitEveryDocs;
  private final long commitEveryNanos;
  private final LongSupplier nanoTime;
  /** Each indexing thread's analysis of the article it is adding (reused: nothing is allocated per token). */
  private final CloseableThreadLocal<Schema.ArticleViews> views;
  private long uncommitted;
  private long lastCommit;

  private Indexer(
      IndexWriter writer,
      Schema schema,
      TemporalTagger tagger,
      long commitEveryDocs,
      long commitEveryNanos,
      LongSupplier nanoTime) {
    this.writer = writer;
    this.schema = schema;
    this.tagger = tagger;
    this.metadata = IndexMetadata.current(schema.profile());
    this.commitEveryDocs = commitEveryDocs;
    this.commitEveryNanos = commitEveryNanos;
    this.nanoTime = nanoTime;
    this.lastCommit = nanoTime.getAsLong();
    this.views =
        new CloseableThreadLocal<>() {
          @Override
          protected Schema.ArticleViews initialValue() {
            return schema.newViews();
          }
        };
    writer.setLiveCommitData(metadata.toUserData().entrySet());
  }

  /**
   * Opens (or creates) the index in {@code directory} for writing.
   *
   * @param where how to name the index in messages (its folder)
   * @param commitEveryDocs commit after this many added or deleted articles (>= 1)
   * @param commitEveryNanos commit when this much time has passed since the last commit, checked at each add
   * @param nanoTime a monotonic time source for that check ({@code System::nanoTime})
   * @throws IndexInUseException when another writer holds the index
   * @throws IllegalStateException when the index was built with another profile or an unknown format
   */
  public static Indexer open(
      Directory directory,
      String where,
      Schema schema,
      TemporalTagger tagger,
      long commitEveryDocs,
      long commitEveryNanos,
      LongSupplier nanoTime)
      throws IOException {
    if (commitEveryDocs < 1 || commitEveryNanos < 1) {
      throw new IllegalArgumentException("commit intervals must be positive");
    }
    IndexMetadata.read(directory, where).ifPresent(found -> found.requireProfile(schema.profile(), where));
    IndexWriterConfig config =
        new IndexWriterConfig(schema.newAnalyzer())
            .setIndexSort(Schema.indexSort())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
    try {
      return new Indexer(
          new IndexWriter(directory, config), schema, tagger, commitEveryDocs, commitEveryNanos, nanoTime);
    } catch (LockObtainFailedException e) {
      throw new IndexInUseException(where, e);
    }
  }

  /**
   * Adds or replaces (same id) one article.
   *
   * @throws IllegalArgumentException (reason {@code too large}) when its id, source or category is longer than a
   *     Lucene term may be ({@value IndexWriter#MAX_TERM_LENGTH} bytes of UTF-8); nothing is written
   */
  public void add(Article article) throws IOException {
    requireTermLength(Schema.ID, article.id());
    requireTermLength(Schema.SOURCE, article.source());
    requireTermLength(Schema.CATEGORY, article.category());
    requireWritable();
    List<TemporalMention> mentions = tagger.tagArticle(article.body(), article.published());
    // The document's views replay this thread's analysis of the article, so it is indexed before the next one.
    writer.updateDocument(Schema.idTerm(article.id()), schema.toDocument(article, mentions, views.get()));
    counted();
  }

  /** Lucene refuses a longer term by failing the whole document with a message about byte prefixes; say it plainly. */
  private static void requireTermLength(String field, String value) {
    if (value != null && UnicodeUtil.calcUTF16toUTF8Length(value, 0, value.length()) > IndexWriter.MAX_TERM_LENGTH) {
      throw new IllegalArgumentException(
          "too large: field '"
              + field
              + "' has more than "
              + IndexWriter.MAX_TERM_LENGTH
              + " bytes, the longest value Lucene can index as one term");
    }
  }

  /**
   * After a failed write (a full disk), Lucene rolls the writer back to the last commit and closes it; every later
   * call would throw an unchecked "this IndexWriter is closed". Say why instead, as the I/O error it is.
   */
  private void requireWritable() throws IOException {
    Throwable failure = writer.getTragicException();
    if (failure != null) {
      throw new IOException(
          "the index can no longer be written after an earlier write failed ("
              + failure.getMessage()
              + "); it holds what was last committed: reopen it to go on",
          failure);
    }
  }

  /** Deletes articles by id; unknown ids are ignored. */
  public void delete(String... ids) throws IOException {
    requireWritable();
    for (String id : ids) {
      writer.deleteDocuments(Schema.idTerm(id));
    }
    counted();
  }

  private synchronized void counted() throws IOException {
    uncommitted++;
    if (uncommitted >= commitEveryDocs || nanoTime.getAsLong() - lastCommit >= commitEveryNanos) {
      commit();
    }
  }

  /** Makes everything added so far durable and visible to new searchers. */
  public synchronized void commit() throws IOException {
    requireWritable();
    writer.commit();
    uncommitted = 0;
    lastCommit = nanoTime.getAsLong();
  }

  /** The Lucene writer, for near-real-time readers of what it holds; writing goes through this class. */
  public IndexWriter writer() {
    return writer;
  }

  /** The number of live articles, committed or not. */
  public long count() {
    return writer.getDocStats().numDocs;
  }

  /** Commits and releases the index. */
  @Override
  public void close() throws IOException {
    try (views) {
      commit();
    } finally {
      writer.close();
    }
  }
}
