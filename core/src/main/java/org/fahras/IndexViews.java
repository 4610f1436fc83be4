package org.fahras;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;

/**
 * The point-in-time views of the index that searches run on, and when they are refreshed.
 *
 * <p>Before this process writes, views are opened on the folder's latest commit, and another process's commits are
 * picked up at most once every {@code refreshEveryNanos} (checking the folder on every search would cost a directory
 * listing per query). Once this process writes, views are near-real-time views of its writer: a search sees every
 * change that returned before it started, committed or not ("read your writes"). A change is flushed into a new
 * small segment when the next search asks for a view, not at every change, so a bulk load between searches costs no
 * more than without searches. Thread-safe.
 */
final class IndexViews implements Closeable {
  private final Directory directory;
  private final Executor executor;
  private final LongSupplier nanoTime;
  private final long refreshEveryNanos;
  /** Changes made through the writer; a view is fresh when it saw them all. */
  private final AtomicLong changes = new AtomicLong();
  private volatile long changesSeen;
  private volatile long lastRefresh;
  private SearcherManager manager;
  private volatile boolean onWriter;

  /**
   * @param executor threads that search a view's slices in parallel, or null for the caller's thread
   * @param refreshEveryNanos how often, at most, to look for another process's commits
   */
  IndexViews(Directory directory, Executor executor, LongSupplier nanoTime, long refreshEveryNanos) {
    this.directory = directory;
    this.executor = executor;
    this.nanoTime = nanoTime;
    this.refreshEveryNanos = refreshEveryNanos;
    this.lastRefresh = nanoTime.getAsLong();
  }

  /** From now on views come from {@code writer}, this process's; an open view stays valid until released. */
  synchronized void followWriter(IndexWriter writer) throws IOException {
    SearcherManager previous = manager;
    changesSeen = changes.get(); // a new view of the writer holds every change made so far
    manager = new SearcherManager(writer, true, false, searcherFactory());
    onWriter = true;
    if (previous != null) {
      previous.close();
    }
  }

  /** Records a change made through the writer: the next view must include it. */
  void changed() {
    changes.incrementAndGet();
  }

  /** A view as fresh as this class promises, or null when the folder holds no index yet; release it after use. */
  View acquire() throws IOException {
    return acquire(false);
  }

  /** A view of everything changed so far, for stats: refreshed whatever the policy. */
  View acquireFresh() throws IOException {
    return acquire(true);
  }

  private View acquire(boolean fresh) throws IOException {
    while (true) {
      SearcherManager current = manager();
      if (current == null) {
        return null;
      }
      try {
        if (fresh) {
          current.maybeRefreshBlocking();
        } else {
          refresh(current);
        }
      } catch (AlreadyClosedException swapped) {
        continue; // replaced by the writer's manager meanwhile: refresh that one
      }
      synchronized (this) {
        if (manager == current) {
          return new View(current, current.acquire());
        }
      }
    }
  }

  private void refresh(SearcherManager current) throws IOException {
    if (onWriter) {
      long wanted = changes.get();
      if (changesSeen < wanted) {
        current.maybeRefreshBlocking();
        changesSeen = Math.max(changesSeen, wanted);
      }
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - lastRefresh >= refreshEveryNanos) {
      lastRefresh = now;
      current.maybeRefresh();
    }
  }

  /** The manager, opened on the folder once a commit exists; null before. */
  private synchronized SearcherManager manager() throws IOException {
    if (manager == null && DirectoryReader.indexExists(directory)) {
      manager = new SearcherManager(directory, searcherFactory());
    }
    return manager;
  }

  /** Searchers over the executor, when one was given: each search then ranks the index's slices in parallel. */
  private SearcherFactory searcherFactory() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return executor == null ? new IndexSearcher(reader) : new IndexSearcher(reader, executor);
      }
    };
  }

  @Override
  public synchronized void close() throws IOException {
    if (manager != null) {
      manager.close();
    }
  }

  /** One acquired view; {@link #close()} releases it. */
  static final class View implements Closeable {
    private final SearcherManager from;
    private final IndexSearcher searcher;

    private View(SearcherManager from, IndexSearcher searcher) {
      this.from = from;
      this.searcher = searcher;
    }

    IndexSearcher searcher() {
      return searcher;
    }

    @Override
    public void close() throws IOException {
      from.release(searcher);
    }
  }
}
