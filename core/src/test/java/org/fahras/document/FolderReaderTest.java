package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderReaderTest {
  @TempDir Path root;

  private final RecordingListener listener = new RecordingListener();

  private ReadSummary read(Path folder) throws IOException {
    return new FolderReader(text -> Optional.empty(), DatePolicy.KEEP_UNDATED).read(folder, listener);
  }

  private static String line(String id) {
    return "{\"id\": \"" + id + "\", \"title\": \"عنوان " + id + "\", \"text\": \"نص الخبر\"}\n";
  }

  private static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void readsTextAndJsonLinesFilesRecursivelyAndNamesEveryOtherFile() throws IOException {
    Files.writeString(root.resolve("a.jsonl"), line("j1") + line("j2"), StandardCharsets.UTF_8);
    Path sub = Files.createDirectories(root.resolve("b").resolve("c"));
    gzip(sub.resolve("feed.JSONL.GZ"), line("g1"));
    Files.writeString(sub.resolve("story.txt"), "عنوان الخبر\nنص الخبر الأول في الملف.\n", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("a.json"), line("not-read"), StandardCharsets.UTF_8);
    Files.writeString(root.resolve("b.md"), "# notes\n", StandardCharsets.UTF_8);
    Files.createDirectories(root.resolve("empty"));

    ReadSummary summary = read(root);

    assertEquals(new ReadSummary(4, 0, 2), summary);
    assertEquals(List.of("j1", "j2", "g1", "b/c/story.txt"),
        listener.articles.stream().map(Article::id).toList());
    assertEquals(
        List.of(root.resolve("a.json").toString(), root.resolve("b.md").toString()),
        listener.skipped.stream().map(RecordingListener.Skip::file).toList());
    for (RecordingListener.Skip skip : listener.skipped) {
      assertEquals("not an article file: Fahras reads .txt, .jsonl or .jsonl.gz files", skip.reason());
    }
  }

  @Test
  void anEmptyFolderHoldsNothing() throws IOException {
    Files.createDirectories(root.resolve("sub"));
    ReadSummary summary = read(root);
    assertEquals(new ReadSummary(0, 0, 0), summary);
    assertTrue(summary.isEmpty());
  }

  @Test
  void aTruncatedGzipCostsOnlyItsUnreadRecords() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append(line("cut-" + i));
    }
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(compressed)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = compressed.toByteArray();
    Files.write(root.resolve("a-cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
    Files.writeString(root.resolve("b-good.jsonl"), line("good"), StandardCharsets.UTF_8);

    ReadSummary summary = read(root);

    assertEquals(1, summary.rejected());
    assertTrue(summary.read() > 1 && summary.read() < 5_001, summary.toString());
    Rejection rejection = listener.rejections.get(0);
    assertEquals(root.resolve("a-cut.jsonl.gz").toString(), rejection.file());
    assertTrue(rejection.reason().startsWith("unreadable: "), rejection.reason());
    assertTrue(rejection.reason().contains("cannot read past line "), rejection.reason());
    assertEquals("good", listener.articles.get(listener.articles.size() - 1).id());
  }

  @Test
  void warnsOfBadDatesInsideTheFolder() throws IOException {
    Files.writeString(
        root.resolve("a.jsonl"), "{\"id\": \"d\", \"title\": \"عنوان\", \"date\": \"2024-13-45\"}\n", StandardCharsets.UTF_8);
    assertEquals(new ReadSummary(1, 0, 0, 1), read(root));
    assertEquals(1, listener.warnings.get(0).line());
    ReadSummary strict =
        new FolderReader(text -> Optional.empty(), DatePolicy.REJECT).read(root, new RecordingListener());
    assertEquals(new ReadSummary(0, 1, 0, 0), strict);
  }

  @Test
  void readsFoldersOnly() throws IOException {
    Path file = Files.writeString(root.resolve("a.jsonl"), line("x"), StandardCharsets.UTF_8);
    assertThrows(NotDirectoryException.class, () -> read(file));
  }
}
