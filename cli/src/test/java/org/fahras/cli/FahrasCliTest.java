package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs commands in-process, as a user would type them, and checks output and exit codes. */
class FahrasCliTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private final ObjectMapper json = new ObjectMapper();

  /** Output, error text and exit code of one command line. */
  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FahrasCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void analyzeStripsTheCliticChain() throws IOException {
    Result result = run("analyze", "--json", "وبالكتاب");
    assertEquals(FahrasCli.OK, result.code(), result.err());
    JsonNode root = json.readTree(result.out());
    assertEquals("fahras", root.get("profile").asText());
    assertEquals(1, root.get("tokens").size());
    assertEquals("كتاب", root.get("tokens").get(0).get("term").asText());
    assertEquals(0, root.get("tokens").get(0).get("start").asInt());
    assertEquals(8, root.get("tokens").get(0).get("end").asInt());
  }

  @Test
  void unknownProfileIsBadUsage() {
    Result result = run("analyze", "--profile", "klingon", "نص");
    assertEquals(FahrasCli.USAGE, result.code());
    assertTrue(result.err().contains("fahras, lucene-arabic") || result.err().contains("lucene-arabic"), result.err());
  }

  @Test
  void datesOfASeedFile() throws IOException {
    Path seed = SEEDS.resolve("001_a4f69e2f7e4ae359.txt");
    Result result = run("dates", "--json", "--file", seed.toString());
    assertEquals(FahrasCli.OK, result.code(), result.err());
    JsonNode root = json.readTree(result.out());
    assertEquals("2024-09-24", root.get("published").asText());
    boolean seventeenth = false;
    for (JsonNode mention : root.get("mentions")) {
      seventeenth |= mention.get("value").asText().equals("2024-09-17");
    }
    assertTrue(seventeenth, "السابع عشر من سبتمبر الحالي → 2024-09-17: " + result.out());
  }

  @Test
  void datesOfText() throws IOException {
    Result result = run("dates", "--json", "--ref", "2024-10-01", "بحلول", "ايلول", "2025");
    JsonNode mention = json.readTree(result.out()).get("mentions").get(0);
    assertEquals("2025-09", mention.get("value").asText());
    assertEquals("month", mention.get("granularity").asText());
  }

  @Test
  void indexSearchStatsDelete(@TempDir Path folder) throws IOException {
    String index = folder.resolve("index").toString();
    Result indexed = run("index", "--index", index, SEEDS.toString());
    assertEquals(FahrasCli.OK, indexed.code(), indexed.err());
    assertTrue(indexed.err().contains("indexed 5 articles"), indexed.err());

    Result search =
        run("search", "--index", index, "--as-of", "2024-10-01", "--json", "--histogram", "انسحاب قوات التحالف");
    assertEquals(FahrasCli.OK, search.code(), search.err());
    JsonNode results = json.readTree(search.out());
    assertEquals(5, results.get("total").asInt());
    assertEquals(4, results.get("hits").size(), "the syndicated pair is one hit");
    assertEquals(1, results.get("hits").get(0).get("duplicates").size());
    assertTrue(results.get("histogram").size() >= 3);

    Result stats = run("stats", "--index", index, "--json");
    JsonNode numbers = json.readTree(stats.out());
    assertEquals(5, numbers.get("documents").asInt());
    assertEquals("2021-06-05", numbers.get("published_min").asText());
    assertEquals("fahras", numbers.get("profile").asText());

    Result deleted = run("delete", "--index", index, "003_93952b5621d37da0.txt");
    assertEquals(FahrasCli.OK, deleted.code(), deleted.err());
    assertEquals(4, json.readTree(run("stats", "--index", index, "--json").out()).get("documents").asInt());
  }

  @Test
  void badQueryIsBadUsageNamingThePosition(@TempDir Path folder) {
    String index = folder.resolve("index").toString();
    run("index", "--index", index, SEEDS.toString());
    Result result = run("search", "--index", index, "قوات \"التحالف");
    assertEquals(FahrasCli.USAGE, result.code());
    assertTrue(result.err().contains("position 5"), result.err());
  }

  @Test
  void searchingAMissingIndexSaysHowToMakeOne(@TempDir Path folder) {
    Result result = run("search", "--index", folder.resolve("nothing").toString(), "قوات");
    assertEquals(FahrasCli.USAGE, result.code());
    assertTrue(result.err().contains("fahras index"), result.err());
  }

  @Test
  void partialIndexingHasItsOwnExitCode(@TempDir Path folder) throws IOException {
    Path input = folder.resolve("articles.jsonl");
    Files.writeString(
        input,
        "{\"id\": \"1\", \"title\": \"عنوان\", \"text\": \"نص الخبر\"}\n{broken\n",
        StandardCharsets.UTF_8);
    Path errors = folder.resolve("errors.jsonl");
    Result result =
        run("index", "--index", folder.resolve("index").toString(), "--errors", errors.toString(), input.toString());
    assertEquals(FahrasCli.PARTIAL, result.code(), result.err());
    JsonNode rejection = json.readTree(Files.readAllLines(errors, StandardCharsets.UTF_8).get(0));
    assertEquals(2, rejection.get("line").asInt());
  }

  @Test
  void lookalikesListsWordsWhoseFirstLetterBelongsToThem(@TempDir Path folder) throws IOException {
    Path input = folder.resolve("articles.jsonl");
    Files.writeString(
        input,
        "{\"id\": \"1\", \"title\": \"الوزير في بيروت\", \"text\": \"وزير وزير وزير الوزير الوزير بيروت بيروت وقال قال قال\"}\n"
            + "{\"id\": \"2\", \"title\": \"بيروت\", \"text\": \"وقال قال وقال قال قال\"}\n{broken\n",
        StandardCharsets.UTF_8);
    Result result = run("lookalikes", input.toString());
    assertEquals(FahrasCli.OK, result.code(), result.err());
    assertEquals("بيروت\nوزير\n", result.out().replace("\r\n", "\n"));
  }

  @Test
  void exclusionsWorkAsTypedAndUnknownLongOptionsAreErrors(@TempDir Path folder) throws IOException {
    String index = folder.resolve("index").toString();
    run("index", "--index", index, SEEDS.toString());
    Result excluded =
        run("search", "--index", index, "--json", "--no-collapse", "--as-of", "2024-10-01", "قوات", "-أربيل");
    assertEquals(FahrasCli.OK, excluded.code(), excluded.err());
    JsonNode hits = json.readTree(excluded.out()).get("hits");
    assertEquals(3, hits.size(), "only 000 and 002 write أربيل: " + hits);
    for (JsonNode hit : hits) {
      assertTrue(!hit.get("id").asText().startsWith("000") && !hit.get("id").asText().startsWith("002"), hit.toString());
    }
    Result typo = run("search", "--index", index, "--limt", "5", "قوات");
    assertEquals(FahrasCli.USAGE, typo.code());
    assertTrue(typo.err().contains("--limt"), typo.err());
  }
}
