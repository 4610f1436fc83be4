package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.fahras.Fahras;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade is thread-safe: four threads search while another adds in batches and commits now and then. Every search
 * sees one consistent view (the same count in its hits, its total and its histogram, never going back); what the
 * indexing thread added is visible to it at once, committed or not, and to the others on their next search; and no
 * thread sees an exception.
 */
class ConcurrencyTest {
  private static final int BATCH = 250;
  private static final int BATCHES = 16;
  private static final int SEARCH_THREADS = 4;
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

  @TempDir Path folder;

  @Test
  void fourSearchersAndAnIndexerSeeConsistentViews() throws Exception {
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean done = new AtomicBoolean();
    AtomicLong searches = new AtomicLong();
    CountDownLatch started = new CountDownLatch(SEARCH_THREADS);
    ExecutorService threads = Executors.newFixedThreadPool(SEARCH_THREADS + 1);
    try (Fahras fahras = Fahras.builder(folder.resolve("index")).commitEvery(1_000_000, Duration.ofHours(1)).open()) {
      List<Future<long[]>> searchers = new ArrayList<>();
      for (int t = 0; t < SEARCH_THREADS; t++) {
        int thread = t;
        searchers.add(
            threads.submit(
                () -> {
                  long last = 0;
                  started.countDown();
                  boolean finalLook = false;
                  while (!finalLook) {
                    finalLook = done.get();
                    long seen = thread % 2 == 0 ? searchedCount(fahras) : fahras.stats().documents();
                    searches.incrementAndGet();
                    assertTrue(seen >= last, "views never go back: " + last + " then " + seen);
                    last = seen;
                  }
                  return new long[] {last};
                }));
      }
      Future<?> indexer =
          threads.submit(
              () -> {
                started.await();
                for (int batch = 0; batch < BATCHES; batch++) {
                  for (int i = 0; i < BATCH; i++) {
                    fahras.add(GeneratedArticles.article(batch * BATCH + i));
                  }
                  assertEquals((long) (batch + 1) * BATCH, searchedCount(fahras), "what was added shows at once");
                  if (batch % 4 == 3) {
                    fahras.commit(); // durability only: the count stays
                    assertEquals((long) (batch + 1) * BATCH, searchedCount(fahras), "a commit changes no count");
                  }
                }
                return null;
              });
      try {
        indexer.get(5, TimeUnit.MINUTES);
      } catch (java.util.concurrent.ExecutionException e) {
        errors.add(e.getCause());
      } finally {
        done.set(true);
      }
      for (Future<long[]> searcher : searchers) {
        try {
          assertEquals(BATCH * BATCHES, searcher.get(5, TimeUnit.MINUTES)[0], "the last look sees every article");
        } catch (java.util.concurrent.ExecutionException e) {
          errors.add(e.getCause());
        }
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(List.of(), errors);
    assertTrue(searches.get() > SEARCH_THREADS * 2, "searches ran during indexing: " + searches.get());
  }

  @Test
  void twoThreadsAddingWhileAThirdCommitsLoseNothing() throws Exception {
    int perThread = 2_000;
    ExecutorService threads = Executors.newFixedThreadPool(3);
    AtomicBoolean done = new AtomicBoolean();
    try (Fahras fahras = Fahras.builder(folder.resolve("index")).commitEvery(300, Duration.ofHours(1)).open()) {
      List<Future<?>> adders = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int offset = t * perThread;
        adders.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    fahras.add(GeneratedArticles.article(offset + i));
                    // Every tenth article is added twice: an update, not a second copy.
                    if (i % 10 == 0) {
                      fahras.add(GeneratedArticles.article(offset + i));
                    }
                  }
                  return null;
                }));
      }
      Future<?> committer =
          threads.submit(
              () -> {
                while (!done.get()) {
                  fahras.commit();
                  fahras.stats();
                }
                return null;
              });
      for (Future<?> adder : adders) {
        adder.get(5, TimeUnit.MINUTES);
      }
      done.set(true);
      committer.get(1, TimeUnit.MINUTES);
      fahras.commit();
      assertEquals(2 * perThread, fahras.stats().documents());
      assertEquals(2 * perThread, searchedCount(fahras));
    } finally {
      threads.shutdownNow();
    }
  }

  /** The exact number of committed articles a search finds, checked against its own histogram and hits. */
  private static long searchedCount(Fahras fahras) throws IOException {
    SearchResults results =
        fahras.search(
            SearchRequest.builder(GeneratedArticles.COMMON_WORD, AS_OF)
                .limit(7)
                .collapseDuplicates(false)
                .histogram(true)
                .build());
    long months = 0;
    for (SearchResults.MonthCount month : results.histogram()) {
      months += month.count();
    }
    assertEquals(results.total(), months, "the histogram counts the same view");
    assertEquals(Math.min(7, results.total()), results.hits().size());
    return results.total();
  }
}
