package org.fahras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fahras.document.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Fahras#stats()} counts what was committed: documents and bytes of the latest commit, nothing else. */
class FahrasStatsTest {
  @TempDir Path folder;

  private static Article article(int i) {
    return Article.builder("a" + i).title("عنوان الخبر " + i).body("نص الخبر رقم " + i + " عن الاقتصاد والسياسة.").source("المصدر").published(LocalDate.of(2024, 9, 1 + i % 28)).build();
  }

  @Test
  void countsOnlyTheCommittedDocumentsAndFiles() throws IOException {
    Path index = folder.resolve("index");
    long committedBytes;
    try (Fahras fahras = Fahras.open(index)) {
      for (int i = 0; i < 50; i++) {
        fahras.add(article(i));
      }
      fahras.commit();
      IndexStats committed = fahras.stats();
      assertEquals(50, committed.documents());
      committedBytes = committed.bytes();
      assertTrue(committedBytes > 0, "a commit has a size");

      // Leftovers of a writer killed mid-flush, and a file nobody committed: not part of the index.
      Files.write(index.resolve("_9z_Lucene912_0.tmp"), new byte[3 << 20]);
      Files.write(index.resolve("_9z.si"), new byte[1 << 20]);
      IndexStats withLeftovers = fahras.stats();
      assertEquals(50, withLeftovers.documents());
      assertEquals(committedBytes, withLeftovers.bytes());
    }
  }

  @Test
  void aFolderWithoutACommitHoldsNothing() throws IOException {
    Path index = Files.createDirectories(folder.resolve("index"));
    Files.write(index.resolve("_0.tmp"), new byte[1 << 20]);
    try (Fahras fahras = Fahras.open(index)) {
      IndexStats stats = fahras.stats();
      assertEquals(0, stats.documents());
      assertEquals(0, stats.bytes());
    }
  }
}
