package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.Fahras;
import org.fahras.document.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fahras index} on bad input: each rejected record on stderr as {@code file:line: reason} and in {@code --errors}
 * as a JSON line; exit 0 when all were indexed, 3 when some were rejected, 1 when indexing failed, 2 for bad usage.
 */
class IndexReliabilityTest {
  private static final int LINES = 2_000;
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path folder;

  /** Output, error text and exit code of one command line. */
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FahrasCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** A good article as a JSON line. */
  static String good(int i) {
    return "{\"id\": \"cli-" + i + "\", \"title\": \"خبر رقم " + i + "\", \"text\": \"الحكومة تعلن خطة جديدة " + i
        + "\", \"published\": \"2024-0" + (1 + i % 9) + "-1" + (i % 10) + "\"}";
  }

  /** The bad lines, by kind, and the reason keyword each must be rejected with. */
  private static final String[][] BAD = {
    {"{\"id\": \"x\", \"title\": ", "malformed JSON"},
    {"{\"id\": \"x\", \"title\": 42}", "wrong type"},
    {"{\"title\": \"بلا معرف\"}", "missing id"},
    {"{\"id\": \"\", \"title\": \"معرف فارغ\"}", "missing id"},
    {"{\"id\": \"x\", \"title\": \"تاريخ\", \"published\": \"2024-13-45\"}", "invalid date"},
    {"\"just a string\"", "not an object"},
    {"{\"id\": \"x\", \"title\": \"\", \"text\": \"\"}", "no title and no text"},
    {null, "invalid UTF-8"},
  };

  @Test
  void onePercentBadLinesExitThreeWithTheExactRejections() throws IOException {
    Path input = folder.resolve("feed.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> expected = new ArrayList<>();
    int bad = 0;
    for (int line = 1; line <= LINES; line++) {
      if (line % 100 == 50) {
        String[] kind = BAD[bad++ % BAD.length];
        if (kind[0] == null) {
          bytes.writeBytes("{\"id\": \"x\", \"title\": \"".getBytes(StandardCharsets.UTF_8));
          bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
          bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        } else {
          bytes.writeBytes(kind[0].getBytes(StandardCharsets.UTF_8));
        }
        expected.add(input + ":" + line + ": " + kind[1]);
      } else {
        bytes.writeBytes(good(line).getBytes(StandardCharsets.UTF_8));
      }
      bytes.write('\n');
    }
    Files.write(input, bytes.toByteArray());
    String index = folder.resolve("index").toString();
    Path errors = folder.resolve("errors.jsonl");

    // --strict: the bad dates are rejected too (by default their articles are kept undated, with a warning).
    Result result = run("index", "--index", index, "--strict", "--errors", errors.toString(), input.toString());
    assertEquals(FahrasCli.PARTIAL, result.code(), result.err());
    assertTrue(result.err().contains("indexed 1980 articles"), result.err());
    assertTrue(result.err().contains("rejected 20;"), result.err());

    List<String> logged = new ArrayList<>();
    for (String line : Files.readAllLines(errors, StandardCharsets.UTF_8)) {
      JsonNode rejection = json.readTree(line);
      String reason = rejection.get("reason").asText();
      logged.add(rejection.get("file").asText() + ":" + rejection.get("line").asLong() + ": " + reason.substring(0, reason.indexOf(':')));
    }
    assertEquals(expected, logged);
    List<String> printed = new ArrayList<>();
    for (String line : result.err().split("\n")) {
      if (line.startsWith("fahras: rejected ")) {
        String rejection = line.substring("fahras: rejected ".length());
        printed.add(rejection.substring(0, rejection.indexOf(':', rejection.indexOf(": ") + 2)));
      }
    }
    assertEquals(expected, printed);
    assertEquals(1980, json.readTree(run("stats", "--index", index, "--json").out()).get("documents").asInt());

    // The same command again: the same rejections, and updates by id keep 1,980 articles.
    Result again = run("index", "--index", index, "--strict", input.toString());
    assertEquals(FahrasCli.PARTIAL, again.code(), again.err());
    assertEquals(1980, json.readTree(run("stats", "--index", index, "--json").out()).get("documents").asInt());
  }

  @Test
  void everythingIndexedIsExitZero() throws IOException {
    Path input = folder.resolve("good.jsonl");
    Files.writeString(input, good(1) + "\n\n" + good(2) + "\n", StandardCharsets.UTF_8);
    Result result = run("index", "--index", folder.resolve("index").toString(), input.toString());
    assertEquals(FahrasCli.OK, result.code(), result.err());
    assertFalse(result.err().contains("fahras: rejected "), result.err());
  }

  @Test
  void anIndexUnderARegularFileFailsWithExitOne() throws IOException {
    Path file = Files.writeString(folder.resolve("a-file"), "x");
    Path input = Files.writeString(folder.resolve("good.jsonl"), good(1) + "\n", StandardCharsets.UTF_8);
    Result result = run("index", "--index", file.resolve("index").toString(), input.toString());
    assertEquals(FahrasCli.FAILURE, result.code(), result.err());
    assertTrue(result.err().startsWith("fahras: cannot create the index folder"), result.err());
    assertNoStackTrace(result);
  }

  @Test
  void aSecondWriterFailsWithExitOneAndLeavesTheIndexAlone() throws IOException {
    Path index = folder.resolve("index");
    Path input = Files.writeString(folder.resolve("good.jsonl"), good(1) + "\n" + good(2) + "\n", StandardCharsets.UTF_8);
    try (Fahras writer = Fahras.open(index)) {
      writer.add(Article.builder("held").title("عنوان").body("نص").build());
      writer.commit();
      Result result = run("index", "--index", index.toString(), input.toString());
      assertEquals(FahrasCli.FAILURE, result.code(), result.err());
      assertTrue(result.err().contains("is in use by another writer"), result.err());
      assertNoStackTrace(result);
      Result stats = run("stats", "--index", index.toString(), "--json");
      assertEquals(FahrasCli.OK, stats.code(), stats.err());
    }
    Result stats = run("stats", "--index", index.toString(), "--json");
    assertEquals(1, json.readTree(stats.out()).get("documents").asInt());
  }

  @Test
  void missingInputIsBadUsage() {
    Result result = run("index", "--index", folder.resolve("index").toString(), folder.resolve("nothing.jsonl").toString());
    assertEquals(FahrasCli.USAGE, result.code(), result.err());
    assertTrue(result.err().contains("no such file or folder"), result.err());
  }

  @Test
  void helpDocumentsTheExitCodes() {
    Result help = run("index", "--help");
    assertEquals(FahrasCli.OK, help.code());
    for (String code : List.of("0   every record was indexed", "1   failed", "2   bad usage", "3   indexed, but some records were rejected")) {
      assertTrue(help.out().replaceAll("\\s+", " ").contains(code.replaceAll("\\s+", " ")), help.out());
    }
    assertTrue(help.out().contains("--errors"), help.out());
    assertTrue(help.out().contains("--commit-every"), help.out());
    assertTrue(help.out().contains("--commit-seconds"), help.out());
  }

  @Test
  void aTruncatedGzipFailsWithExitOneNamingTheLine() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(compressed)) {
      for (int i = 0; i < 5_000; i++) {
        gzip.write((good(i) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = compressed.toByteArray();
    Path input = folder.resolve("cut.jsonl.gz");
    Files.write(input, java.util.Arrays.copyOf(whole, whole.length / 2));
    String index = folder.resolve("index").toString();
    Result result = run("index", "--index", index, input.toString());
    assertEquals(FahrasCli.FAILURE, result.code(), result.err());
    assertTrue(result.err().contains(input + ": cannot read past line "), result.err());
    assertNoStackTrace(result);
    Result stats = run("stats", "--index", index, "--json");
    assertEquals(FahrasCli.OK, stats.code(), stats.err());
  }

  @Test
  void anErrorsFileThatCannotBeWrittenIsAClearFailure() throws IOException {
    Path input = Files.writeString(folder.resolve("good.jsonl"), good(1) + "\n", StandardCharsets.UTF_8);
    Path errors = folder.resolve("missing-folder").resolve("errors.jsonl");
    Result result = run("index", "--index", folder.resolve("index").toString(), "--errors", errors.toString(), input.toString());
    assertEquals(FahrasCli.FAILURE, result.code(), result.err());
    assertTrue(result.err().startsWith("fahras: cannot write the error log " + errors + ": "), result.err());
    assertNoStackTrace(result);
  }

  static void assertNoStackTrace(Result result) {
    assertFalse(result.err().contains("\tat "), result.err());
    assertFalse(result.err().contains("Exception:"), result.err());
  }
}
