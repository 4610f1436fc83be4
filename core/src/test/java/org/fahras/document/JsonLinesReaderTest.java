package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();

  private ReadSummary read(Path file) throws IOException {
    return new JsonLinesReader().read(file, articles::add, rejections::add);
  }

  /** Reads as a strict pipeline would: a bad date rejects the record. */
  private ReadSummary readStrictly(Path file) throws IOException {
    return new JsonLinesReader(JsonLinesReader.DEFAULT_MAX_LINE_BYTES, DatePolicy.REJECT)
        .read(file, articles::add, rejections::add);
  }

  private static Path fixture() throws URISyntaxException {
    return Path.of(JsonLinesReaderTest.class.getResource("articles.jsonl").toURI());
  }

  @Test
  void readsEveryFieldOfTheCorpusFormat() throws Exception {
    assertEquals(new ReadSummary(5, 0, 0), read(fixture()));
    assertEquals(List.of(), rejections);
    assertEquals(
        Article.builder("AL-1").title("هكذا تحالفت أحلام وإليسا").body("يبدو أن الصراع بين المدربين الأربعة.").source("alarabia").url("http://www.alarabiya.net/ar/1.html").category("culture").published(LocalDate.of(2018, 2, 18)).build(),
        articles.get(0));
    assertEquals(
        Article.builder("SNN-2").title("عنوان فقط").body("").source("aawsat").url("http://aawsat.com/2").build(), articles.get(1));
  }

  @Test
  void acceptsIntegerIdsBodyPublishedAndDateTimes() throws Exception {
    read(fixture());
    assertEquals(
        Article.builder("3").title("بلا نص").body("نص في حقل body").published(LocalDate.of(2018, 5, 1)).build(), articles.get(2));
    // A blank source is unknown; a space instead of 'T' is accepted.
    assertEquals(Article.builder("4").title("").body("نص بلا عنوان").published(LocalDate.of(2018, 5, 1)).build(), articles.get(3));
    // 'published' wins over 'date'; the date is the one written, the offset is not applied.
    assertEquals(LocalDate.of(2018, 5, 1), articles.get(4).published());
  }

  @Test
  void readsGzipLikePlain() throws Exception {
    Path gz = dir.resolve("articles.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(fixture(), out);
    }
    assertEquals(new ReadSummary(5, 0, 0), read(gz));
    List<Article> fromGzip = List.copyOf(articles);
    articles.clear();
    read(fixture());
    assertEquals(articles, fromGzip);
  }

  @Test
  void rejectsEachBadLineWithItsExactLineAndKeepsTheGoodOnes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    line(bytes, "{\"id\":\"a1\",\"title\":\"عنوان\",\"text\":\"نص\"}"); // 1 good
    line(bytes, "{\"id\":\"a2\",\"title\": }"); // 2 malformed
    line(bytes, ""); // 3 empty: ignored
    line(bytes, "[1, 2]"); // 4 not an object
    line(bytes, "{\"title\":\"t\",\"text\":\"b\"}"); // 5 no id
    line(bytes, "{\"id\":\"  \",\"title\":\"t\"}"); // 6 blank id
    line(bytes, "{\"id\":\"a7\",\"title\":5}"); // 7 number as title
    line(bytes, "{\"id\":\"a8\",\"title\":\"t\",\"text\":{\"p\":1}}"); // 8 object as text
    line(bytes, "{\"id\":\"a9\",\"title\":\"t\",\"date\":\"2024-13-45\"}"); // 9 impossible date
    bytes.write("{\"id\":\"a10\",\"title\":\"".getBytes(StandardCharsets.UTF_8)); // 10 invalid UTF-8 in a value
    bytes.write(new byte[] {(byte) 0xC3, 0x28});
    line(bytes, "\"}");
    bytes.write("{\"id\":\"a11\",\"title\":\"t\",\"abstract\":\"".getBytes(StandardCharsets.UTF_8)); // 11 ... in an ignored field
    bytes.write(new byte[] {(byte) 0xFF});
    line(bytes, "\"}");
    line(bytes, "{\"id\":\"a12\",\"title\":\"\",\"text\":\"  \"}"); // 12 nothing to index
    line(bytes, "{\"id\":\"a13\",\"title\":\"عنوان فقط\",\"text\":\"\"}\r"); // 13 good, CRLF
    line(bytes, "{\"id\":\"a14\"} {\"id\":\"a15\"}"); // 14 two values
    line(bytes, "   \t"); // 15 blank: ignored
    line(bytes, "\"just a string\""); // 16 not an object
    line(bytes, "{\"id\":\"a17\",\"title\":\"t\",\"date\":\"2023-02-29\"}"); // 17 not a leap year
    line(bytes, "{\"id\":\"a18\",\"title\":\"t\",\"published\":\"yesterday\"}"); // 18 not a date
    line(bytes, "{\"id\":\"a19\",\"title\":[\"t\"]}"); // 19 array as title
    line(bytes, "{\"id\":true,\"title\":\"t\"}"); // 20 boolean as id
    line(bytes, "{\"id\":\"a21\",\"title\":\"t\""); // 21 unterminated object
    bytes.write("{\"id\":\"a22\",\"title\":\"آخر سطر\",\"date\":null}".getBytes(StandardCharsets.UTF_8)); // 22 good, no final newline
    Path file = dir.resolve("bad.jsonl");
    Files.write(file, bytes.toByteArray());

    ReadSummary summary = readStrictly(file);

    List<String> expected =
        List.of(
            "2 malformed JSON: ",
            "4 not an object: ",
            "5 missing id: ",
            "6 missing id: ",
            "7 wrong type: field 'title'",
            "8 wrong type: field 'text'",
            "9 invalid date: field 'date'",
            "10 invalid UTF-8: ",
            "11 invalid UTF-8: ",
            "12 no title and no text: ",
            "14 malformed JSON: ",
            "16 not an object: ",
            "17 invalid date: field 'date'",
            "18 invalid date: field 'published'",
            "19 wrong type: field 'title'",
            "20 wrong type: field 'id'",
            "21 malformed JSON: ");
    List<String> actual = rejections.stream().map(r -> r.line() + " " + r.reason()).toList();
    assertEquals(expected.size(), actual.size(), actual::toString);
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(actual.get(i).startsWith(expected.get(i)), "expected " + expected.get(i) + ", was " + actual.get(i));
    }
    assertEquals(List.of("a1", "a13", "a22"), articles.stream().map(Article::id).toList());
    assertEquals(new ReadSummary(3, 17, 0), summary);
    assertEquals("عنوان فقط", articles.get(1).title());
    assertEquals(file.toString(), rejections.get(0).file());
    assertEquals("invalid date: field 'date' has \"2024-13-45\"", rejections.get(6).reason());
    assertEquals("invalid UTF-8: byte 0xC3 at byte 22 of the line", rejections.get(7).reason());
  }

  @Test
  void keepsAnArticleWithABadDateUndatedAndWarnsWithFileLineFieldAndValue() throws Exception {
    Path file = dir.resolve("dates.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a1\",\"title\":\"عنوان\",\"date\":\"2024-13-45\"}\n"
            + "{\"id\":\"a2\",\"title\":\"عنوان\",\"published\":\"yesterday\",\"date\":\"2024-01-01\"}\n"
            + "{\"id\":\"a3\",\"title\":\"عنوان\",\"date\":\"2024-02-29\"}\n",
        StandardCharsets.UTF_8);
    RecordingListener listener = new RecordingListener();

    ReadSummary summary = new JsonLinesReader().read(file, listener);

    assertEquals(new ReadSummary(3, 0, 0, 2), summary);
    assertEquals(List.of(), listener.rejections);
    assertEquals(List.of("a1", "a2", "a3"), listener.articles.stream().map(Article::id).toList());
    assertEquals(null, listener.articles.get(0).published());
    assertEquals(null, listener.articles.get(1).published(), "the field that wins is the one read, or none");
    assertEquals(LocalDate.of(2024, 2, 29), listener.articles.get(2).published());
    assertEquals(
        List.of(
            new ReadWarning(file.toString(), 1, "date", "2024-13-45",
                "invalid date: field 'date' has \"2024-13-45\"; the article is kept undated"),
            new ReadWarning(file.toString(), 2, "published", "yesterday",
                "invalid date: field 'published' has \"yesterday\"; the article is kept undated")),
        listener.warnings);
    assertEquals(
        file + ":1: invalid date: field 'date' has \"2024-13-45\"; the article is kept undated",
        listener.warnings.get(0).toString());
  }

  @Test
  void rejectsARecordWithABadDateWhenTold() throws Exception {
    Path file = dir.resolve("dates.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a1\",\"title\":\"عنوان\",\"date\":\"2024-13-45\"}\n{\"id\":\"a2\",\"title\":\"عنوان\"}\n",
        StandardCharsets.UTF_8);
    assertEquals(new ReadSummary(1, 1, 0, 0), readStrictly(file));
    assertEquals("invalid date: field 'date' has \"2024-13-45\"", rejections.get(0).reason());
    assertEquals(1, rejections.get(0).line());
  }

  private static void line(ByteArrayOutputStream out, String line) {
    out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }

  @Test
  void readsAWordOfAHundredThousandCharactersAndTheLineAfterIt() throws Exception {
    String word = "ب".repeat(100_000);
    Path file = dir.resolve("long.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"long\",\"title\":\"t\",\"text\":\"" + word + "\"}\n{\"id\":\"next\",\"title\":\"t\",\"date\":\"x\"}\n",
        StandardCharsets.UTF_8);
    assertEquals(new ReadSummary(1, 1, 0), readStrictly(file));
    assertEquals(word, articles.get(0).body());
    assertEquals(2, rejections.get(0).line());
  }

  @Test
  void readsAStringLongerThanJacksonsDefaultLimit() throws Exception {
    int length = 21_000_000; // Jackson refuses strings over 20,000,000 characters unless told otherwise
    Path file = dir.resolve("huge.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"id\":\"huge\",\"title\":\"t\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "a".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < length / chunk.length; i++) {
        out.write(chunk);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(new ReadSummary(1, 0, 0), read(file));
    assertEquals(length, articles.get(0).body().length());
  }

  @Test
  void rejectsALineAboveTheLimitWithoutLosingTheNextOne() throws Exception {
    Path file = dir.resolve("limit.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"big\",\"title\":\"" + "x".repeat(1000) + "\"}\n{\"id\":\"small\",\"title\":\"t\"}\n",
        StandardCharsets.UTF_8);
    ReadSummary summary = new JsonLinesReader(100).read(file, articles::add, rejections::add);
    assertEquals(new ReadSummary(1, 1, 0), summary);
    assertEquals(List.of(new Rejection(file.toString(), 1, "line too long: more than 100 bytes")), rejections);
    assertEquals("small", articles.get(0).id());
  }

  @Test
  void ignoresAByteOrderMarkOnTheFirstLine() throws Exception {
    Path file = dir.resolve("bom.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    line(bytes, "{\"id\":\"b\",\"title\":\"t\"}");
    Files.write(file, bytes.toByteArray());
    assertEquals(new ReadSummary(1, 0, 0), read(file));
  }

  @Test
  void deliversDuplicateIdsInOrderSoTheLaterWinsInTheIndex() throws Exception {
    Path file = dir.resolve("dup.jsonl");
    Files.writeString(
        file, "{\"id\":\"d\",\"title\":\"old\"}\n{\"id\":\"d\",\"title\":\"new\"}\n", StandardCharsets.UTF_8);
    assertEquals(new ReadSummary(2, 0, 0), read(file));
    assertEquals(List.of("old", "new"), articles.stream().map(Article::title).toList());
  }

  @Test
  void failsOnlyWhenTheWholeInputIsUnreadable() throws Exception {
    assertThrows(NoSuchFileException.class, () -> read(dir.resolve("missing.jsonl")));
    Path truncated = dir.resolve("truncated.jsonl.gz");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 2000; i++) {
        out.write(("{\"id\":\"" + i + "\",\"title\":\"عنوان رقم " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = gz.toByteArray();
    Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
    IOException e = assertThrows(IOException.class, () -> read(truncated));
    assertTrue(e.getMessage().startsWith(truncated + ": cannot read past line "), e.getMessage());
    assertTrue(articles.size() > 0, "the articles before the break stay delivered");
  }

  @Test
  void readsTheFirstThousandCorpusLinesWithoutRejection() throws Exception {
    Path corpus = SharedData.require("corpus/ant-multisource-v2.1.jsonl.gz");
    Path head = dir.resolve("head.jsonl");
    try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(corpus)));
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(head))) {
      int lines = 0;
      int b;
      while (lines < 1000 && (b = in.read()) >= 0) {
        out.write(b);
        if (b == '\n') {
          lines++;
        }
      }
    }
    assertEquals(new ReadSummary(1000, 0, 0), read(head));
    assertEquals(List.of(), rejections);
    assertEquals("AL-culture-1-20180218", articles.get(0).id());
    assertEquals(LocalDate.of(2018, 2, 18), articles.get(0).published());
    assertEquals("alarabia", articles.get(0).source());
    assertTrue(articles.stream().allMatch(a -> a.published() != null && a.url() != null));
  }
}
