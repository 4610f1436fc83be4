package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fahras index} never indexes nothing in silence: a folder's .txt, .jsonl and .jsonl.gz files are read, every
 * other file is named with why, paths that hold nothing to index are an error, and a bad date costs a warning, not
 * the article.
 */
class IndexInputTest {
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path folder;

  private static String line(String id, String date) {
    return "{\"id\": \"" + id + "\", \"title\": \"عنوان " + id + "\", \"text\": \"نص الخبر\"" + (date == null ? "" : ", \"date\": \"" + date + "\"") + "}\n";
  }

  private long documents(Path index) throws IOException {
    Cli.Result stats = Cli.run("stats", "--index", index.toString(), "--json");
    assertEquals(FahrasCli.OK, stats.code(), stats.err());
    return json.readTree(stats.out()).get("documents").asLong();
  }

  @Test
  void aFolderOfJsonLinesIsIndexedAndEveryOtherFileNamed() throws IOException {
    Path input = Files.createDirectories(folder.resolve("feeds"));
    Files.writeString(input.resolve("a.jsonl"), line("a1", "2024-09-01") + line("a2", null), StandardCharsets.UTF_8);
    Path nested = Files.createDirectories(input.resolve("2024"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nested.resolve("b.jsonl.gz")))) {
      out.write(line("b1", "2024-09-02").getBytes(StandardCharsets.UTF_8));
    }
    Files.copy(Cli.SEEDS.resolve("001_a4f69e2f7e4ae359.txt"), nested.resolve("001.txt"));
    Files.writeString(input.resolve("a.json"), line("not-read", null), StandardCharsets.UTF_8);
    Files.writeString(input.resolve("b.md"), "# notes\n", StandardCharsets.UTF_8);
    Path index = folder.resolve("index");

    Cli.Result result = Cli.run("index", "--index", index.toString(), input.toString());

    assertEquals(FahrasCli.OK, result.code(), result.err());
    assertTrue(result.err().contains("fahras: skipped " + input.resolve("a.json") + ": not an article file: Fahras reads"
        + " .txt, .jsonl or .jsonl.gz files"), result.err());
    assertTrue(result.err().contains("fahras: skipped " + input.resolve("b.md") + ": "), result.err());
    assertTrue(result.err().contains("indexed 4 articles in "), result.err());
    assertTrue(result.err().contains(", skipped 2 files; the index holds 4 articles"), result.err());
    assertEquals(4, documents(index));
  }

  @Test
  void pathsThatHoldNothingToIndexAreAnErrorThatSaysSo() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    Path other = Files.createDirectories(folder.resolve("other"));
    Files.writeString(other.resolve("a.json"), line("x", null), StandardCharsets.UTF_8);
    Files.writeString(other.resolve("b.md"), "# notes\n", StandardCharsets.UTF_8);
    Path blank = Files.writeString(folder.resolve("blank.jsonl"), "\n\n", StandardCharsets.UTF_8);
    Path index = folder.resolve("index");

    Cli.Result nothing = Cli.run("index", "--index", index.toString(), empty.toString());
    assertEquals(FahrasCli.FAILURE, nothing.code(), nothing.err());
    assertEquals("fahras: nothing to index: " + empty + " held no article; Fahras reads .txt, .jsonl or .jsonl.gz files\n",
        nothing.err());
    assertFalse(Files.exists(index), "no empty index is left behind");

    Cli.Result skipped = Cli.run("index", "--index", index.toString(), other.toString(), blank.toString());
    assertEquals(FahrasCli.FAILURE, skipped.code(), skipped.err());
    assertTrue(skipped.err().contains("fahras: skipped " + other.resolve("a.json") + ": "), skipped.err());
    assertTrue(skipped.err().endsWith("fahras: nothing to index: the paths given held no article (2 files skipped,"
        + " named above); Fahras reads .txt, .jsonl or .jsonl.gz files\n"), skipped.err());

    // An existing index is left as it was.
    assertEquals(FahrasCli.OK, Cli.run("index", "--index", index.toString(), Cli.SEEDS.toString()).code());
    assertEquals(FahrasCli.FAILURE, Cli.run("index", "--index", index.toString(), empty.toString()).code());
    assertEquals(5, documents(index));
  }

  @Test
  void aBadDateKeepsTheArticleUndatedWithAWarningAndStrictRejectsIt() throws IOException {
    Path input = Files.writeString(
        folder.resolve("feed.jsonl"),
        line("good", "2024-09-01") + line("typo", "2024-13-45") + line("also-good", null),
        StandardCharsets.UTF_8);
    Path index = folder.resolve("index");
    Path errors = folder.resolve("errors.jsonl");

    Cli.Result result = Cli.run("index", "--index", index.toString(), "--errors", errors.toString(), input.toString());

    assertEquals(FahrasCli.OK, result.code(), result.err());
    assertTrue(result.err().contains("fahras: warning " + input + ":2: invalid date: field 'date' has \"2024-13-45\";"
        + " the article is kept undated\n"), result.err());
    assertTrue(result.err().contains("indexed 3 articles in "), result.err());
    assertTrue(result.err().contains("rejected 0, 1 warning (kept undated); the index holds 3 articles"), result.err());
    assertEquals(3, documents(index));
    JsonNode warning = json.readTree(Files.readAllLines(errors, StandardCharsets.UTF_8).get(0));
    assertEquals("warning", warning.get("kind").asText());
    assertEquals(input.toString(), warning.get("file").asText());
    assertEquals(2, warning.get("line").asInt());
    assertEquals("date", warning.get("field").asText());
    assertEquals("2024-13-45", warning.get("value").asText());
    Cli.Result found = Cli.run("search", "--index", index.toString(), "--json", "--as-of", "2024-10-01", "--no-collapse",
        "عنوان", "typo");
    JsonNode typo = null;
    for (JsonNode hit : json.readTree(found.out()).get("hits")) {
      typo = hit.get("id").asText().equals("typo") ? hit : typo;
    }
    assertTrue(typo != null && typo.get("published").isNull(), found.out());

    Path strictIndex = folder.resolve("strict");
    Cli.Result strict = Cli.run("index", "--index", strictIndex.toString(), "--strict", input.toString());
    assertEquals(FahrasCli.PARTIAL, strict.code(), strict.err());
    assertTrue(strict.err().contains("fahras: rejected " + input + ":2: invalid date: field 'date' has \"2024-13-45\"\n"),
        strict.err());
    assertEquals(2, documents(strictIndex));
  }

  @Test
  void rejectionsWarningsAndSkippedFilesAllGoToTheErrorsFile() throws IOException {
    Path input = Files.createDirectories(folder.resolve("in"));
    Files.writeString(input.resolve("a.jsonl"), line("a", "2024-02-30") + "{broken\n", StandardCharsets.UTF_8);
    Files.writeString(input.resolve("b.csv"), "id,title\n", StandardCharsets.UTF_8);
    Path errors = folder.resolve("errors.jsonl");
    Cli.Result result =
        Cli.run("index", "--index", folder.resolve("index").toString(), "--errors", errors.toString(), input.toString());
    assertEquals(FahrasCli.PARTIAL, result.code(), result.err());
    List<String> kinds = new ArrayList<>();
    for (String entry : Files.readAllLines(errors, StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(entry);
      kinds.add(node.get("kind").asText() + " " + Path.of(node.get("file").asText()).getFileName()
          + (node.has("line") ? ":" + node.get("line").asInt() : ""));
    }
    assertEquals(List.of("warning a.jsonl:1", "rejected a.jsonl:2", "skipped b.csv"), kinds);
  }

  @Test
  void indexingIntoAFolderOfOtherFilesIsRefused() throws IOException {
    Path notAnIndex = Files.createDirectories(folder.resolve("articles"));
    Files.copy(Cli.SEEDS.resolve("001_a4f69e2f7e4ae359.txt"), notAnIndex.resolve("001.txt"));
    Cli.Result result = Cli.run("index", "--index", notAnIndex.toString(), Cli.SEEDS.toString());
    assertEquals(FahrasCli.FAILURE, result.code(), result.err());
    assertTrue(result.err().startsWith("fahras: " + notAnIndex + " is not a Fahras index and not empty: it is a folder"
        + " of 1 file (1 .txt)"), result.err());
    assertEquals(List.of(notAnIndex.resolve("001.txt")), List.of(Files.list(notAnIndex).toArray(Path[]::new)));
  }

  @Test
  void aProfileThatIsNotTheIndexsOwnIsRefusedWithAdviceForIndexing() {
    String index = folder.resolve("index").toString();
    assertEquals(FahrasCli.OK, Cli.run("index", "--index", index, Cli.SEEDS.toString()).code());
    Cli.Result result = Cli.run("index", "--index", index, "--profile", "standard", Cli.SEEDS.toString());
    assertEquals(FahrasCli.FAILURE, result.code(), result.err());
    assertEquals("fahras: " + index + " was built with the 'fahras' profile, not 'standard': leave out --profile to add"
        + " to it, or index into another folder (--index DIR) for a 'standard' index\n", result.err());
    assertFalse(result.err().contains("search it"), result.err());
  }
}
