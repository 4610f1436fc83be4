package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.Fahras;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.internal.index.Indexer;
import org.fahras.internal.index.Schema;
import org.fahras.time.TemporalTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk or an unwritable folder: a clear {@link IOException}, never an unchecked one, and the index as of its
 * last commit. (Tests run as root, for whom permissions do not block writes, so the disk fills up in a filtering
 * {@link Directory} and the unwritable folder is a path under a regular file.)
 */
class DiskFullTest {
  private static final int COMMIT_EVERY = 500;

  @TempDir Path folder;

  @Test
  void aFullDiskIsAnIOExceptionAndTheLastCommitSurvives() throws IOException {
    Path index = folder.resolve("index");
    Schema schema = new Schema(AnalyzerProfile.FAHRAS);
    TemporalTagger tagger = new TemporalTagger();
    long hour = Duration.ofHours(1).toNanos();
    IOException full;
    try (DiskFullDirectory disk = new DiskFullDirectory(FSDirectory.open(index))) {
      Indexer indexer = Indexer.open(disk, index.toString(), schema, tagger, COMMIT_EVERY, hour, () -> 0L);
      for (int i = 0; i < 2 * COMMIT_EVERY; i++) {
        indexer.add(GeneratedArticles.article(i));
      }
      disk.fillUpAfter(10_000);
      full =
          assertThrows(
              IOException.class,
              () -> {
                for (int i = 2 * COMMIT_EVERY; i < 10 * COMMIT_EVERY; i++) {
                  indexer.add(GeneratedArticles.article(i));
                }
              });
      assertTrue(causes(full).contains(DiskFullDirectory.MESSAGE), causes(full));
      // Later calls on the failed writer are IOExceptions too, and closing it does not throw an unchecked one.
      IOException again = assertThrows(IOException.class, () -> indexer.add(GeneratedArticles.article(0)));
      assertTrue(causes(again).contains(DiskFullDirectory.MESSAGE), causes(again));
      assertThrows(IOException.class, indexer::commit);
      assertThrows(IOException.class, indexer::close);
    }

    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory);
        CheckIndex check = new CheckIndex(directory)) {
      assertEquals(2 * COMMIT_EVERY, reader.numDocs(), "the index as of its last commit");
      assertTrue(check.checkIndex(List.of()).clean);
    }
    // Space again: the same index takes the rest, and the lock of the failed writer is gone.
    try (Fahras fahras = Fahras.builder(index).commitEvery(COMMIT_EVERY, Duration.ofHours(1)).open()) {
      for (int i = 0; i < 3 * COMMIT_EVERY; i++) {
        fahras.add(GeneratedArticles.article(i));
      }
      fahras.commit();
      assertEquals(3 * COMMIT_EVERY, fahras.stats().documents());
    }
  }

  @Test
  void anIndexFolderThatCannotBeCreatedIsAClearError() throws IOException {
    Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
    IOException error = assertThrows(IOException.class, () -> Fahras.open(file.resolve("index")));
    assertTrue(error.getMessage().contains(file.resolve("index").toString()), error.getMessage());
    assertTrue(error.getMessage().startsWith("cannot create the index folder"), error.getMessage());
    IllegalArgumentException notAFolder = assertThrows(IllegalArgumentException.class, () -> Fahras.open(file));
    assertTrue(notAFolder.getMessage().contains("is a file, not an index folder"), notAFolder.getMessage());
  }

  private static String causes(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      text.append(cause).append(" <- ");
    }
    return text.toString();
  }
}
