package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.Fahras;
import org.fahras.document.Article;
import org.fahras.document.ReadListener;
import org.fahras.document.ReadSummary;
import org.fahras.IndexInUseException;
import org.fahras.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of indexing: a child JVM indexes 20,000 articles with a commit every 1,000 and is
 * killed once a few commits are on disk. The index must open at its last commit (a whole number of batches, no
 * corruption), the dead writer's lock must not block a new writer, and indexing the same input again must end at
 * exactly 20,000 articles, because updates are by id.
 */
class CrashRecoveryTest {
  private static final int ARTICLES = 20_000;
  private static final int COMMIT_EVERY = 1_000;
  private static final int KILL_AFTER_COMMITTED = 3_000;
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

  @TempDir Path folder;

  @Test
  void killedWriterLeavesTheLastCommitAndReindexingIsIdempotent() throws Exception {
    Path input = GeneratedArticles.write(folder.resolve("articles.jsonl"), ARTICLES);
    Path index = folder.resolve("index");
    Path childLog = folder.resolve("child.log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashingIndexer.class.getName(),
                index.toString(),
                input.toString(),
                Integer.toString(COMMIT_EVERY),
                "5")
            .redirectErrorStream(true)
            .redirectOutput(childLog.toFile())
            .start();
    long committedAtKill;
    try {
      committedAtKill = waitForCommitted(index, child, childLog);
      // A second writer while the child holds the lock: a clear error, and nothing written.
      try (Fahras second = Fahras.open(index)) {
        IndexInUseException inUse =
            assertThrows(IndexInUseException.class, () -> second.add(Article.builder("x").title("عنوان").body("").build()));
        assertTrue(inUse.getMessage().contains("in use"), inUse.getMessage());
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed child did not end");
    }
    assertEquals(137, child.exitValue(), "killed by SIGKILL, not finished: " + Files.readString(childLog));

    assertIndexIsClean(index);
    long afterCrash;
    try (Fahras fahras = Fahras.open(index)) {
      afterCrash = fahras.stats().documents();
      assertTrue(afterCrash >= committedAtKill && afterCrash < ARTICLES, "committed " + afterCrash);
      assertEquals(0, afterCrash % COMMIT_EVERY, "the index holds whole commits only: " + afterCrash);
      assertEquals(afterCrash, countCommonWord(fahras), "searches see the same committed articles");

      // The dead process's lock does not block a new writer: the same command again completes the index.
      ReadSummary again = fahras.addFrom(input, ReadListener.of(article -> {}, rejection -> fail(rejection.toString())));
      assertEquals(ARTICLES, again.read());
      fahras.commit();
      assertEquals(ARTICLES, fahras.stats().documents());
      assertEquals(ARTICLES, countCommonWord(fahras));
    }
    assertIndexIsClean(index);
  }

  /** Polls the index read-only (as a searcher would) until enough is committed; returns the committed count. */
  private static long waitForCommitted(Path index, Process child, Path childLog) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        fail("the child ended before it was killed (exit " + child.exitValue() + "): " + Files.readString(childLog));
      }
      if (Files.isDirectory(index)) {
        try (Directory directory = FSDirectory.open(index)) {
          if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
              if (reader.numDocs() >= KILL_AFTER_COMMITTED) {
                return reader.numDocs();
              }
            }
          }
        }
      }
      Thread.sleep(20);
    }
    fail("no commit of " + KILL_AFTER_COMMITTED + " articles within two minutes: " + Files.readString(childLog));
    return -1;
  }

  private static long countCommonWord(Fahras fahras) throws IOException {
    return fahras
        .search(SearchRequest.builder(GeneratedArticles.COMMON_WORD, AS_OF).limit(1).snippets(false).histogram(true).build())
        .total();
  }

  /** Lucene's CheckIndex finds no problem (it also takes the write lock, so a stale lock would fail here). */
  private static void assertIndexIsClean(Path index) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Directory directory = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex(List.of());
      assertTrue(status.clean, log.toString(StandardCharsets.UTF_8));
    }
  }
}
