package org.fahras.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerInputsTest {
  @TempDir Path folder;

  @Test
  void readsTheArticlesFileAsTheSuiteWritesIt() throws IOException {
    Path file = folder.resolve("articles.bin");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeInt(ArticleFile.MAGIC);
      out.writeInt(2);
      for (String text : new String[] {"a-1", "عنوان", "نص الخبر", "aawsat"}) {
        string(out, text);
      }
      out.writeLong(LocalDate.of(2015, 7, 21).toEpochDay());
      for (String text : new String[] {"a-2", "", "نص", ""}) {
        string(out, text);
      }
      out.writeLong(ArticleFile.NO_DATE);
    }
    assertEquals(
        List.of(
            new PeerArticle("a-1", "عنوان", "نص الخبر", "aawsat", LocalDate.of(2015, 7, 21)),
            new PeerArticle("a-2", "", "نص", null, null)),
        ArticleFile.read(file));
  }

  @Test
  void rejectsAFileWithoutTheMagicNumber() throws IOException {
    Path file = folder.resolve("other.bin");
    Files.write(file, new byte[] {0, 0, 0, 1, 0, 0, 0, 0});
    assertThrows(IOException.class, () -> ArticleFile.read(file));
  }

  @Test
  void readsTheQueryLog() throws IOException {
    Path file = folder.resolve("queries.tsv");
    Files.writeString(file, "and2\tall\tمذبحة حوثية\nphrase\tphrase\tمذبحة حوثية\ntemporal\tany\tمذبحة 7/2015\n", StandardCharsets.UTF_8);
    List<PeerQuery> log = QueryLogFile.read(file);
    assertEquals(new PeerQuery("and2", PeerQuery.Operator.ALL, "مذبحة حوثية"), log.get(0));
    assertEquals(PeerQuery.Operator.PHRASE, log.get(1).operator());
    assertEquals(List.of("مذبحة", "7/2015"), log.get(2).words());
    assertEquals(3, log.size());
    assertEquals("\"مذبحة حوثية\"", log.get(1).fahras());
  }

  @Test
  void readsTheFahrasTextOfEachQuery() throws IOException {
    Path file = folder.resolve("queries.tsv");
    Files.writeString(file, "phrase\tphrase\tمذبحة حوثية\t\"مذبحة  حوثية\"\n", StandardCharsets.UTF_8);
    assertEquals(
        new PeerQuery("phrase", PeerQuery.Operator.PHRASE, "مذبحة حوثية", "\"مذبحة  حوثية\""),
        QueryLogFile.read(file).get(0));
  }

  @Test
  void namesTheLineOfABadQuery() throws IOException {
    Path file = folder.resolve("bad.tsv");
    Files.writeString(file, "single\tany\tكلمة\nsingle\tany\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> QueryLogFile.read(file));
    assertEquals(file + ":2: expected kind<TAB>operator<TAB>words[<TAB>fahras]", e.getMessage());
  }

  @Test
  void writesJsonWithEscapesAndNullForNaN() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("engine", "so\"lr\n");
    figures.put("runs", List.of(1, 2.5));
    figures.put("p99_ms", Double.NaN);
    figures.put("empty", Map.of());
    assertEquals(
        "{\n  \"engine\": \"so\\\"lr\\n\",\n  \"runs\": [1, 2.50000],\n  \"p99_ms\": null,\n  \"empty\": {}\n}\n",
        Json.write(figures));
  }

  private static void string(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
