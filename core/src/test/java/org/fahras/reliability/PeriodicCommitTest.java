package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.Fahras;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Periodic commits bound what a crash can lose: after N articles, or after S seconds (measured on the injected
 * monotonic clock), whichever comes first. Checked from outside, as another process would see the index.
 */
class PeriodicCommitTest {

  @TempDir Path folder;

  @Test
  void commitsEveryNArticles() throws IOException {
    Path index = folder.resolve("index");
    try (Fahras fahras = Fahras.builder(index).commitEvery(100, Duration.ofHours(1)).nanoTime(() -> 0L).open()) {
      for (int i = 0; i < 250; i++) {
        fahras.add(GeneratedArticles.article(i));
      }
      assertEquals(200, committed(index));
    }
    assertEquals(250, committed(index), "closing commits the rest");
  }

  @Test
  void commitsEverySSeconds() throws IOException {
    Path index = folder.resolve("index");
    AtomicLong now = new AtomicLong();
    try (Fahras fahras =
        Fahras.builder(index).commitEvery(1_000_000, Duration.ofSeconds(30)).nanoTime(now::get).open()) {
      for (int i = 0; i < 10; i++) {
        fahras.add(GeneratedArticles.article(i));
      }
      now.addAndGet(Duration.ofSeconds(29).toNanos());
      fahras.add(GeneratedArticles.article(10));
      assertEquals(0, committed(index), "29 seconds: not yet");
      now.addAndGet(Duration.ofSeconds(1).toNanos());
      fahras.add(GeneratedArticles.article(11));
      assertEquals(12, committed(index), "30 seconds: committed");
      fahras.add(GeneratedArticles.article(12));
      assertEquals(12, committed(index), "the clock starts again at the commit");
    }
  }

  private static long committed(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.numDocs();
      }
    }
  }
}
