package org.fahras.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fahras.document.Article;

/** Small, deterministic Arabic news articles for tests that need many of them. */
final class GeneratedArticles {
  /** A word every generated article contains in its body, so one query counts them all. */
  static final String COMMON_WORD = "الحكومة";

  private static final String[] WORDS = {
    "وزير", "الخارجية", "اجتماع", "القمة", "العربية", "الاقتصاد", "النفط", "الأسعار", "المدينة", "الانتخابات",
    "البرلمان", "الرياض", "القاهرة", "بغداد", "الأمطار", "المدارس", "الطلاب", "المستشفى", "الصحة", "الجامعة"
  };
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeneratedArticles() {}

  /** The id of the {@code i}-th article. */
  static String id(int i) {
    return String.format(java.util.Locale.ROOT, "gen-%06d", i);
  }

  /** The {@code i}-th article. */
  static Article article(int i) {
    StringBuilder body = new StringBuilder(COMMON_WORD);
    for (int w = 0; w < 12; w++) {
      body.append(' ').append(WORDS[(i * 31 + w * 17) % WORDS.length]);
    }
    return Article.builder(id(i)).title(WORDS[i % WORDS.length] + " " + WORDS[(i * 7 + 3) % WORDS.length] + " " + i).body(body.append('.').toString()).source("source-" + (i % 5)).published(FIRST_DAY.plusDays(i % 1500)).build();
  }

  /** The {@code i}-th article as one JSON line (without the line break). */
  static String jsonLine(int i) throws IOException {
    Article article = article(i);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", article.id());
    record.put("title", article.title());
    record.put("text", article.body());
    record.put("source", article.source());
    record.put("published", article.published().toString());
    return JSON.writeValueAsString(record);
  }

  /** Writes articles {@code 0 .. count-1} as JSON Lines to {@code file}. */
  static Path write(Path file, int count) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        out.write(jsonLine(i));
        out.newLine();
      }
    }
    return file;
  }
}
