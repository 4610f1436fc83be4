package org.fahras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.fahras.document.Article;
import org.fahras.document.ReadListener;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles added through the engine are searchable at once; commit is durability, not visibility. */
class NearRealTimeTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

  @TempDir Path folder;

  private static Article article(String id, String body) {
    return Article.builder(id).title("خبر " + id).body(body).published(AS_OF.minusDays(3)).build();
  }

  private static List<String> ids(Fahras fahras, String query) throws IOException {
    return fahras.search(SearchRequest.builder(query, AS_OF).snippets(false).build()).hits().stream().map(Hit::id).toList();
  }

  private static int committed(Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.numDocs();
      }
    }
  }

  @Test
  void anAddedArticleIsFoundBeforeAnyCommit() throws IOException {
    Path index = folder.resolve("index");
    try (Fahras fahras = Fahras.builder(index).commitEvery(1_000_000, java.time.Duration.ofDays(1)).open()) {
      fahras.add(article("a1", "انعقدت القمة العربية في الرياض"));
      assertEquals(List.of("a1"), ids(fahras, "القمة"));
      assertEquals(0, committed(index), "nothing was committed yet");

      fahras.add(article("a2", "القمة الاقتصادية تبدأ غدا"));
      assertEquals(2, ids(fahras, "القمة").size(), "the second article too");
      fahras.delete("a1");
      assertEquals(List.of("a2"), ids(fahras, "القمة"), "a deletion is seen at once too");
      assertEquals(1, fahras.stats().documents());

      fahras.commit();
      assertEquals(1, committed(index), "commit makes it durable");
    }
  }

  @Test
  void searchesFromOtherThreadsSeeArticlesAddedBeforeTheyStarted() throws Exception {
    try (Fahras fahras = Fahras.builder(folder.resolve("index")).commitEvery(1_000_000, java.time.Duration.ofDays(1)).open()) {
      List<Throwable> failures = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        fahras.add(article("n" + i, "مفاوضات السلام جولة " + i));
        int expected = i + 1;
        Thread reader =
            Thread.ofVirtual()
                .start(
                    () -> {
                      try {
                        int found = (int) fahras.search(SearchRequest.builder("مفاوضات", AS_OF).limit(100).snippets(false).collapseDuplicates(false).build()).total();
                        if (found < expected) {
                          failures.add(new AssertionError("saw " + found + " of " + expected));
                        }
                      } catch (IOException e) {
                        failures.add(e);
                      }
                    });
        reader.join();
      }
      assertEquals(List.of(), failures);
    }
  }

  @Test
  void addFromStopsReadingWhenTheIndexCannotBeWritten() throws IOException {
    Path feed = folder.resolve("feed.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      if (i == 1_500) {
        lines.append("{not json\n"); // a reader still going would report it
      }
      lines.append("{\"id\":\"f").append(i).append("\",\"title\":\"عنوان\",\"text\":\"نص الخبر ").append(i).append("\"}\n");
    }
    Files.writeString(feed, lines);
    Path index = folder.resolve("index");
    Files.createDirectories(index);
    FullAfter disk = new FullAfter(FSDirectory.open(index));
    try (Fahras fahras = Fahras.builder(index).commitEvery(100, java.time.Duration.ofDays(1)).openOn(disk)) {
      disk.full = true; // the first commit (after 100 articles) fails
      int[] delivered = {0};
      List<Object> rejected = new ArrayList<>();
      IOException failure =
          assertThrows(
              IOException.class, () -> fahras.addFrom(feed, ReadListener.of(article -> delivered[0]++, rejected::add)));
      assertTrue(delivered[0] < 100, "reading stopped at the failure, " + delivered[0] + " delivered: " + failure);
      assertEquals(List.of(), rejected, "nothing read after the failure");
    } catch (IOException closing) {
      // Closing a writer that failed reports the failure again.
    }
  }

  /** A directory whose new files fail once {@link #full} is set, as on a full disk. */
  private static final class FullAfter extends org.apache.lucene.store.FilterDirectory {
    volatile boolean full;

    FullAfter(org.apache.lucene.store.Directory in) {
      super(in);
    }

    @Override
    public org.apache.lucene.store.IndexOutput createOutput(String name, org.apache.lucene.store.IOContext context)
        throws IOException {
      if (full) {
        throw new IOException("No space left on device");
      }
      return super.createOutput(name, context);
    }
  }
}
