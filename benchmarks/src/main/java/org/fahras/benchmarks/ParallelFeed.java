package org.fahras.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.fahras.document.Article;

/** Feeds articles to a pipeline from several threads, each taking the next article not yet taken. */
final class ParallelFeed {
  private ParallelFeed() {}

  /**
   * Adds articles {@code 0 .. count-1} (made by {@code article}) to {@code pipeline} with {@code threads} threads;
   * returns when all are added.
   *
   * @throws IOException the first failure of any thread
   */
  static void feed(IndexPipeline pipeline, int count, IntFunction<Article> article, int threads) throws IOException {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      Thread worker =
          Thread.ofPlatform()
              .name("indexer-" + t)
              .start(
                  () -> {
                    try {
                      for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                        pipeline.add(article.apply(i));
                      }
                    } catch (IOException | RuntimeException e) {
                      failure.compareAndSet(null, e);
                    }
                  });
      workers.add(worker);
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing", e);
      }
    }
    Throwable thrown = failure.get();
    if (thrown instanceof IOException io) {
      throw io;
    }
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
  }
}
