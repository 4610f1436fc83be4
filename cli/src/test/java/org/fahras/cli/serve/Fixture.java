package org.fahras.cli.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fahras.Fahras;
import org.fahras.document.Article;

/**
 * A small, seeded index for the server's tests: {@value #STORIES} distinct stories about the withdrawal of coalition
 * forces spread over January to September 2025 from four outlets, one story told by two copies (folded into one hit),
 * and a hostile article whose title, body and address are markup and script.
 */
final class Fixture {
  static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);
  static final int STORIES = 36;
  static final String[] SOURCES = {"رويترز", "الجزيرة", "المدى", "الحرة"};
  static final String XSS_TITLE = "<img src=x onerror=\"window.__xss=1\"> تقرير <script>window.__xss=2</script>";
  static final String XSS_BODY = "<script>window.__xss=3</script> قافلة <b onmouseover=\"window.__xss=4\">الإمدادات</b> وصلت";
  static final String COPY_TITLE = "البرلمان يصوّت على جدول انسحاب قوات التحالف";

  private static final String[] WORDS = (
      "الحكومة البرلمان الوزير المنطقة الأمن الاقتصاد النفط الحدود العاصمة الجيش المفاوضات الاتفاق الشركة السوق"
          + " المواطنين الانتخابات الرئيس المجلس الدولة اللجنة المشروع الميزانية الطاقة الكهرباء المياه الزراعة"
          + " التعليم الصحة المستشفى الجامعة الطلاب المدارس الطرق الجسور الموانئ المطار الرحلات السياحة الفنادق"
          + " الثقافة المسرح الكتاب المعرض الرياضة المنتخب الملعب البطولة الأسعار التضخم البنك العملة الاستثمار"
          + " الصادرات الواردات المصانع العمال الرواتب الضرائب القانون المحكمة القضاة الشرطة السجون الإعلام الصحافة"
          + " الإذاعة التلفزيون الإنترنت الهواتف الشبكات البيانات الأمطار الحرارة الصيف الشتاء الربيع الخريف الفيضانات"
          + " الجفاف الغابات البيئة التلوث النقل الشاحنات القطارات السفن الحاويات المخازن الأسواق التجار المزارعين")
      .split(" ");

  private Fixture() {}

  /** Indexes the fixture into a new index in {@code folder} and commits. */
  static Fahras open(Path folder) throws IOException {
    Fahras fahras = Fahras.open(folder);
    fahras.add(articles());
    fahras.commit();
    return fahras;
  }

  static List<Article> articles() {
    SplittableRandom random = new SplittableRandom(17);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      LocalDate day = LocalDate.of(2025, 1 + i % 9, 1 + (i * 7) % 27);
      String source = SOURCES[i % SOURCES.length];
      articles.add(
          article(
              "story-" + i,
              "انسحاب قوات التحالف: " + words(random, 4),
              words(random, 25) + " وقال مسؤول إن انسحاب قوات التحالف " + words(random, 30),
              source,
              "https://example.org/" + i,
              day));
    }
    String body = "صوّت البرلمان على جدول انسحاب قوات التحالف. " + words(random, 60);
    articles.add(article("copy-a", COPY_TITLE, body, "رويترز", "https://example.org/copy-a", LocalDate.of(2025, 9, 20)));
    articles.add(article("copy-b", COPY_TITLE + " (نسخة)", body, "الحرة", null, LocalDate.of(2025, 9, 21)));
    articles.add(article("xss", XSS_TITLE, XSS_BODY, "<i>مصدر</i>", "javascript:window.__xss=5", LocalDate.of(2025, 9, 25)));
    return articles;
  }

  /** Another article for the indexer of the load test. */
  static Article extra(int i) {
    SplittableRandom random = new SplittableRandom(1_000 + i);
    return article(
        "extra-" + i, "انسحاب " + words(random, 5), words(random, 40), SOURCES[i % SOURCES.length], null,
        LocalDate.of(2025, 1 + i % 9, 1 + i % 28));
  }

  private static Article article(String id, String title, String body, String source, String url, LocalDate published) {
    return Article.builder(id).title(title).body(body).source(source).url(url).published(published).build();
  }

  private static String words(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
