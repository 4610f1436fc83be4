package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fahras.Fahras;
import org.fahras.document.DatePolicy;
import org.fahras.document.RecordingListener;
import org.fahras.document.ReadSummary;
import org.fahras.document.Rejection;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never costs a good record: every bad one is reported with its file, line and reason keyword, every good
 * one beside it is indexed, and the counts are exact.
 */
class BadInputTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final int LINES = 3_000;

  @TempDir Path folder;

  /** The line and reason keyword of each rejection one addFrom reported. */
  private static List<String> rejectedLines(RecordingListener recorder) {
    List<String> lines = new ArrayList<>();
    for (Rejection rejection : recorder.rejections) {
      lines.add(rejection.line() + " " + keyword(rejection.reason()));
    }
    return lines;
  }

  /** A bad JSON line of each kind, as bytes, and the reason keyword its rejection must start with. */
  private record Bad(byte[] line, String keyword) {
    static Bad of(String line, String keyword) {
      return new Bad(line.getBytes(StandardCharsets.UTF_8), keyword);
    }
  }

  static Bad bad(int kind, int n) {
    String id = "\"bad-" + n + "\"";
    return switch (kind % 12) {
      case 0 -> Bad.of("{\"id\": " + id + ", \"title\": \"عنوان\"", "malformed JSON");
      case 1 -> Bad.of("{\"id\": " + id + ", \"title\": 5, \"text\": \"نص\"}", "wrong type");
      case 2 -> Bad.of("{\"title\": \"عنوان\", \"text\": \"نص\"}", "missing id");
      case 3 -> Bad.of("{\"id\": \"\", \"title\": \"عنوان\"}", "missing id");
      case 4 -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("{\"id\": " + id + ", \"title\": \"").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xD8, (byte) 0x28, (byte) 0xFF});
        bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        yield new Bad(bytes.toByteArray(), "invalid UTF-8");
      }
      case 5 -> Bad.of("{\"id\": " + id + ", \"title\": \"عنوان\", \"published\": \"2024-13-45\"}", "invalid date");
      case 6 -> Bad.of("[1, 2, 3]", "not an object");
      case 7 -> Bad.of("{\"id\": " + id + ", \"title\": \"\", \"text\": \"  \"}", "no title and no text");
      case 8 -> Bad.of("{\"id\": {\"x\": 1}, \"title\": \"عنوان\"}", "wrong type");
      case 9 -> Bad.of("{\"id\": " + id + ", \"title\": \"عنوان\"} {\"id\": \"2\"}", "malformed JSON");
      case 10 -> Bad.of("{\"id\": " + id + ", \"text\": [\"نص\"]}", "wrong type");
      default -> Bad.of("{\"id\": " + id + ", \"title\": \"عنوان\", \"date\": \"2024-02-30\"}", "invalid date");
    };
  }

  /**
   * 3,000 lines, 1% of them bad (30 lines of 12 kinds), with valid oddities among the good ones: a title with an empty
   * body, an id repeated in the same batch (the later record wins), a 100,000-character word.
   */
  static Path onePercentBad(Path file, List<String> expectedRejections, List<String> expectedIds) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int bad = 0;
    for (int line = 1; line <= LINES; line++) {
      byte[] bytes;
      if (line % 100 == 37) {
        Bad record = bad(bad, bad);
        bad++;
        bytes = record.line();
        expectedRejections.add(line + " " + record.keyword());
      } else if (line == 500) {
        bytes = "{\"id\": \"title-only\", \"title\": \"عنوان بلا نص\", \"text\": \"\"}".getBytes(StandardCharsets.UTF_8);
        expectedIds.add("title-only");
      } else if (line == 1_500) {
        // The same id as line 1: an update, not a second article.
        bytes =
            ("{\"id\": \"" + GeneratedArticles.id(1) + "\", \"title\": \"تحديث الخبر\", \"text\": \"نص محدث\"}")
                .getBytes(StandardCharsets.UTF_8);
      } else if (line == 2_000) {
        bytes =
            ("{\"id\": \"long-word\", \"title\": \"كلمة طويلة\", \"text\": \"" + "ب".repeat(100_000) + " نهاية\"}")
                .getBytes(StandardCharsets.UTF_8);
        expectedIds.add("long-word");
      } else {
        bytes = GeneratedArticles.jsonLine(line).getBytes(StandardCharsets.UTF_8);
        expectedIds.add(GeneratedArticles.id(line));
      }
      out.writeBytes(bytes);
      out.write('\n');
    }
    Files.write(file, out.toByteArray());
    return file;
  }

  @Test
  void onePercentBadLinesAreReportedExactlyAndTheRestIsIndexed() throws IOException {
    List<String> expectedRejections = new ArrayList<>();
    List<String> expectedIds = new ArrayList<>();
    Path input = onePercentBad(folder.resolve("feed.jsonl"), expectedRejections, expectedIds);
    assertEquals(30, expectedRejections.size());

    RecordingListener recorder = new RecordingListener();
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      // Strict dates, so that the bad dates are among the rejections (by default they are kept undated).
      ReadSummary summary = fahras.addFrom(input, DatePolicy.REJECT, recorder);
      fahras.commit();
      assertEquals(expectedRejections, rejectedLines(recorder));
      for (Rejection rejection : recorder.rejections) {
        assertEquals(input.toString(), rejection.file());
      }
      assertEquals(LINES - 30, summary.read());
      assertEquals(30, summary.rejected());
      assertEquals(LINES - 30, recorder.articles.size());
      // 2,970 records, one of them an update of another: 2,969 articles.
      assertEquals(expectedIds.size(), fahras.stats().documents());
      assertEquals(LINES - 31, fahras.stats().documents());
      assertEquals(List.of("title-only"), ids(fahras, "\"عنوان بلا نص\""));
      assertEquals(List.of(GeneratedArticles.id(1)), ids(fahras, "\"نص محدث\""));
      assertEquals(List.of("long-word"), ids(fahras, "نهاية"));
    }
  }

  @Test
  void aFolderWithAnImageABinaryAnEmptyAndABrokenFileKeepsItsGoodArticles() throws IOException {
    Path articles = Files.createDirectories(folder.resolve("articles"));
    String good = "وزير الخارجية يلتقي نظيره\n\nالرياض - التقى وزير الخارجية اليوم نظيره في الرياض.\n";
    Files.writeString(articles.resolve("a-good.txt"), good, StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("z-good.txt"), "عنوان آخر\n\nنص الخبر الثاني عن الاقتصاد.\n", StandardCharsets.UTF_8);
    Files.write(articles.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Files.write(articles.resolve("binary.txt"), new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 0, (byte) 0xFF});
    Files.write(articles.resolve("empty.txt"), new byte[0]);
    Files.write(articles.resolve("latin1.txt"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(Files.createDirectories(articles.resolve("sub")).resolve("blank.txt"), " \n\t\n".getBytes(StandardCharsets.UTF_8));

    RecordingListener recorder = new RecordingListener();
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      ReadSummary summary = fahras.addFrom(articles, recorder);
      fahras.commit();
      assertEquals(2, summary.read());
      assertEquals(4, summary.rejected());
      assertEquals(
          List.of("1 binary file", "0 empty file", "1 invalid UTF-8", "0 empty file"), rejectedLines(recorder));
      assertEquals(
          List.of("binary.txt", "empty.txt", "latin1.txt", "sub/blank.txt"),
          recorder.rejections.stream().map(rejection -> articles.relativize(Path.of(rejection.file())).toString()).toList());
      assertEquals(
          List.of(articles.resolve("photo.png").toString()),
          recorder.skipped.stream().map(RecordingListener.Skip::file).toList());
      assertEquals(2, fahras.stats().documents());
    }
  }

  @Test
  void aFiftyMegabyteArticleIsIndexed() throws IOException {
    String paragraph = "تواصل الحكومة العمل على خطة الإصلاح الاقتصادي في البلاد. ";
    StringBuilder body = new StringBuilder(50 << 20);
    while (body.length() < 28 << 20) {
      body.append(paragraph);
    }
    body.append("خاتمة");
    Path input = folder.resolve("huge.jsonl");
    String line =
        "{\"id\": \"huge\", \"title\": \"مقال ضخم\", \"text\": \"" + body + "\"}\n"
            + GeneratedArticles.jsonLine(1) + "\n";
    Files.writeString(input, line, StandardCharsets.UTF_8);
    assertTrue(Files.size(input) > 50_000_000, "size " + Files.size(input));

    RecordingListener recorder = new RecordingListener();
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      fahras.addFrom(input, recorder);
      fahras.commit();
      assertEquals(List.of(), recorder.rejections);
      assertEquals(2, fahras.stats().documents());
      assertEquals(List.of("huge"), ids(fahras, "خاتمة"));
    }
  }

  @Test
  void aHundredThousandCharacterIdOrSourceIsRejectedAndTheRestIndexed() throws IOException {
    String word = "ب".repeat(100_000);
    Path input = folder.resolve("long.jsonl");
    Files.writeString(
        input,
        GeneratedArticles.jsonLine(1)
            + "\n{\"id\": \"" + word + "\", \"title\": \"معرف طويل\"}\n"
            + "{\"id\": \"long-source\", \"title\": \"مصدر طويل\", \"source\": \"" + word + "\"}\n"
            + "{\"id\": \"long-category\", \"title\": \"تصنيف طويل\", \"category\": \"" + word + "\"}\n"
            + "{\"id\": \"long-url\", \"title\": \"رابط طويل\", \"url\": \"http://x/" + word + "\"}\n"
            + GeneratedArticles.jsonLine(2)
            + "\n",
        StandardCharsets.UTF_8);

    RecordingListener recorder = new RecordingListener();
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      ReadSummary summary = fahras.addFrom(input, recorder);
      fahras.commit();
      assertEquals(
          List.of("0 too large", "0 too large", "0 too large"), rejectedLines(recorder), recorder.rejections.toString());
      assertTrue(recorder.rejections.get(0).reason().contains("field 'id'"), recorder.rejections.get(0).reason());
      assertTrue(recorder.rejections.get(1).reason().endsWith("(article long-source)"), recorder.rejections.get(1).reason());
      assertTrue(recorder.rejections.get(2).reason().contains("field 'category'"), recorder.rejections.get(2).reason());
      assertEquals(3, fahras.stats().documents());
      assertEquals(List.of("long-url"), ids(fahras, "\"رابط طويل\""));
      assertEquals(3, summary.read());
      assertEquals(3, summary.rejected());
    }
  }

  @Test
  void oddButValidJsonIsIndexedAndDeepNestingRejected() throws IOException {
    Path input = folder.resolve("odd.jsonl");
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    Files.writeString(
        input,
        "\uFEFF{\"id\": \"bom\", \"title\": \"بعد علامة الترتيب\"}\r\n"
            + "{\"id\": \"surrogate\", \"title\": \"نص \\ud800 مكسور \\udfff\", \"text\": \"\\u0000 صفر\"}\n"
            + "{\"id\": 123456789012345678901234567890, \"title\": \"معرف رقمي كبير\"}\n"
            + "{\"id\": \"deep\", \"title\": \"عميق\", \"extra\": " + deep + "}\n"
            + "{\"id\": \"nested-ok\", \"title\": \"حقل متداخل\", \"extra\": {\"a\": [1, {\"b\": null}]}}\n"
            + "{\"id\": 1.5, \"title\": \"معرف كسري\"}\n",
        StandardCharsets.UTF_8);

    RecordingListener recorder = new RecordingListener();
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      ReadSummary summary = fahras.addFrom(input, recorder);
      fahras.commit();
      assertEquals(List.of("4 malformed JSON", "6 wrong type"), rejectedLines(recorder), recorder.rejections.toString());
      assertEquals(4, summary.read());
      assertEquals(4, fahras.stats().documents());
      assertEquals(List.of("surrogate"), ids(fahras, "مكسور"));
      assertEquals(List.of("123456789012345678901234567890"), ids(fahras, "\"معرف رقمي كبير\""));
    }
  }

  private static List<String> ids(Fahras fahras, String query) throws IOException {
    List<String> ids = new ArrayList<>();
    for (Hit hit : fahras.search(SearchRequest.builder(query, AS_OF).limit(10).build()).hits()) {
      ids.add(hit.id());
    }
    return ids;
  }

  private static String keyword(String reason) {
    int colon = reason.indexOf(':');
    return colon < 0 ? reason : reason.substring(0, colon);
  }
}
