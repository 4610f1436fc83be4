package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

  private static final String SEED_000 = "000_87a3e13852868658.txt";
  private static final String SEED_001 = "001_a4f69e2f7e4ae359.txt";
  private static final String SEED_002 = "002_bc552f09e0fe5583.txt";
  private static final String SEED_003 = "003_93952b5621d37da0.txt";
  private static final String SEED_004 = "004_9666a38df695f233.txt";
  private static final LocalDate STUB_DATE = LocalDate.of(2024, 9, 6);

  @TempDir Path root;

  private final List<String> datedTexts = new ArrayList<>();

  /** Stands in for the temporal tagger: dates only the text whose header holds "6-09-2024". */
  private final Function<String, Optional<LocalDate>> stubTagger =
      text -> {
        datedTexts.add(text);
        return text.contains("6-09-2024, 18:04") ? Optional.of(STUB_DATE) : Optional.empty();
      };

  private final RecordingListener listener = new RecordingListener();
  private final List<Article> articles = listener.articles;
  private final List<Rejection> rejections = listener.rejections;

  @BeforeEach
  void copySeedsAndStrangers() throws IOException {
    Path seeds = SharedData.seeds();
    Files.createDirectories(root.resolve("a"));
    Files.copy(seeds.resolve(SEED_000), root.resolve("a").resolve(SEED_000));
    for (String seed : List.of(SEED_001, SEED_002, SEED_003, SEED_004)) {
      Files.copy(seeds.resolve(seed), root.resolve(seed));
    }
    Files.write(root.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.write(root.resolve("empty.txt"), new byte[0]);
    Files.writeString(root.resolve("blank.txt"), " \n\u00A0\n", StandardCharsets.UTF_8);
    Files.write(root.resolve("binary.txt"), new byte[] {'a', '\n', 'b', 0, 'c'});
    byte[] latin1 = "عنوان\nسطر ثان\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(latin1, latin1.length + 2);
    bad[latin1.length] = (byte) 0xE9; // 'é' in ISO-8859-1: not UTF-8
    bad[latin1.length + 1] = 'x';
    Files.write(root.resolve("latin1.txt"), bad);
    Files.writeString(root.resolve("furniture.txt"), "+A -A\nآخر الأخبار\nفيسبوك تويتر واتساب\n", StandardCharsets.UTF_8);
  }

  private ReadSummary readAll() throws IOException {
    return new PlainTextReader(stubTagger).read(root, listener);
  }

  private Article article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void readsTheSeedsInAFixedOrderWithRelativeIds() throws IOException {
    assertEquals(new ReadSummary(5, 5, 1), readAll());
    assertEquals(
        List.of(SEED_001, SEED_002, SEED_003, SEED_004, "a/" + SEED_000),
        articles.stream().map(Article::id).toList());
    assertEquals(
        List.of("image.png: not a .txt file"),
        listener.skipped.stream().map(skip -> root.relativize(Path.of(skip.file())) + ": " + skip.reason()).toList());
  }

  @Test
  void rejectsEmptyBinaryAndNonUtf8FilesWithAReason() throws IOException {
    readAll();
    assertEquals(
        List.of(
            "binary.txt 2 binary file",
            "blank.txt 0 empty file",
            "empty.txt 0 empty file",
            "furniture.txt 0 no title and no text",
            "latin1.txt 3 invalid UTF-8"),
        rejections.stream()
            .map(r -> root.relativize(Path.of(r.file())) + " " + r.line() + " " + r.reason().substring(0, r.reason().indexOf(':')))
            .toList());
  }

  @Test
  void passesTheWholeTextToTheDateFunction() throws IOException {
    readAll();
    assertEquals(STUB_DATE, article("a/" + SEED_000).published());
    assertNull(article(SEED_001).published());
    assertTrue(datedTexts.stream().anyMatch(text -> text.startsWith("العراق وامريكا") && text.endsWith("آخر الأخبار")));
  }

  @Test
  void seed000OutletFromTheDispatchLineAndTagsCut() throws IOException {
    readAll();
    Article a = article("a/" + SEED_000);
    assertEquals("العراق وامريكا يتفقان على سحب قوات التحالف الدولي في 2025", a.title());
    assertEquals("الغد برس", a.source());
    assertFirstAndLast(
        a,
        "توصلت الولايات المتحدة والعراق إلى تفاهم بشأن خطط انسحاب قوات التحالف بقيادة الولايات المتحدة من العراق.",
        "وفي العاشر من شهر سبتمبر/ أيلول عام 2014، أعلن الرئيس الأمريكي آنذاك باراك أوباما عن تشكيل تحالف دولي لمكافحة"
            + " والقضاء على \"داعش\"، وذلك من خلال عمليات عسكرية مشتركة تقودها الولايات المتحدة ضد العصابات الإرهابية.");
    assertAbsent(a, "+A -A", "6-09-2024", "الغد برس/ متابعة", "كلمات مفتاحية", "آخر الأخبار");
    assertEquals(15, a.body().lines().count());
  }

  @Test
  void seed001OutletLabelAndTheAppendedArticleCut() throws IOException {
    readAll();
    Article a = article(SEED_001);
    assertEquals("هل شارفت مهمة التحالف الدولي في العراق على الانتهاء؟", a.title());
    assertEquals("الحرة", a.source());
    assertFirstAndLast(
        a,
        "لم تنته المحادثات بين بغداد وواشنطن بشأن مهمة التحالف الدولي في العراق، ومدى إمكانية تمديدها بعد مرور عشر"
            + " سنوات على تأسيس التحالف الذي وجِد لمحاربة تنظيم \"داعش\" في العراق وسوريا.",
        "وأضاف: \"القوات الأميركية في العراق غير مسؤولة عن توفير الأمن، بل تركز على جمع المعلومات الاستخبارية والدعم"
            + " الاستخباري، ليس هناك قوات أميركية أو قوات تحالف قتالية، لذلك فإن انسحاب هذه القوات لن يؤدي إلى فراغ"
            + " أمني\".");
    assertAbsent(
        a, "الحرة:", "2025-03-29@01:10:57", "تاريخ النشر", "المصدر", "كلمات دلالية", "إقرأ أيضاً",
        "المخابرات الأمريكية", "مقالات مشابهة", "مقتدى الصدر", a.title());
    assertEquals(13, a.body().lines().count());
  }

  @Test
  void seed002LeadParagraphIsTitleAndBody() throws IOException {
    readAll();
    Article a = article(SEED_002);
    String lead =
        "توصلت الولايات المتحدة والعراق إلى تفاهم بشأن خطط انسحاب قوات التحالف بقيادة الولايات المتحدة من العراق،"
            + " وفقاً لمصادر متعددة مطلعة تحدثت لـ\"رويترز\".";
    assertEquals(lead, a.title());
    assertNull(a.source());
    assertFirstAndLast(
        a,
        lead,
        "بيد أنه بالنسبة للولايات المتحدة، يوفر الإطار الزمني لمدة عامين \"مجالا للتنفس\"، مما يسمح بإجراء تعديلات"
            + " محتملة إذا تغير الوضع الإقليمي، حسبما قال مسؤول أميركي.");
    assertEquals(24, a.body().lines().count());
  }

  @Test
  void seed003OutletBesideTheTimestampAndLoadMoreCut() throws IOException {
    readAll();
    Article a = article(SEED_003);
    assertEquals(
        "وزارة الدفاع العراقية: بغداد وواشنطن تتفقان على خطة لإعادة انتشار قوات التحالف خارج البلاد", a.title());
    assertEquals("عربي بوست", a.source());
    List<String> lines = a.body().lines().toList();
    assertEquals("قوات التحالف في العراق - رويترز", lines.get(0)); // the photo caption is kept: it is not furniture
    assertTrue(lines.get(1).startsWith("اتفق العراق والولايات المتحدة الأمريكية، السبت 5 يونيو/حزيران 2021،"));
    assertTrue(lines.contains("تهديدات لأمريكا"), "a subheading is text");
    assertEquals(
        "يُشار إلى أن بعض الفصائل العراقية المسلحة المدعومة من إيران، أعلنت نهاية مايو/ أيار الماضي، انتهاء الهدنة"
            + " غير الرسمية مع الولايات المتحدة، وهدَّدت بشنِّ هجمات تستهدف القوافل العسكرية وقواعد الجيش بسبب عدم"
            + " انسحاب القوات الأمريكية.",
        lines.get(lines.size() - 1));
    assertAbsent(a, "عربي بوست", "تم النشر", "تم التحديث", "تحميل المزيد");
    assertEquals(16, lines.size());
  }

  @Test
  void seed004DispatchBeatsBreadcrumbAndCommentsCut() throws IOException {
    readAll();
    Article a = article(SEED_004);
    assertEquals("صراعات المنطقة تؤجل انسحاب القوات الأجنبية من العراق", a.title());
    assertEquals("المدى", a.source());
    assertFirstAndLast(
        a,
        "رأى عضو الإطار التنسيقي، عمران كركوكش، أن هناك جدية عراقية أمريكية لإنهاء ملف التواجد الأجنبي في البلاد،"
            + " مشيراً الى أنه لا توجد «نقطة صفر» لغاية الآن للوصول إلى الموعد المحدد لإخراجهم.",
        "وفي 15 نيسان الماضي، زار رئيس السوداني الولايات المتحدة، واجتمع مع الرئيس الأميركي جو بايدن في البيت"
            + " الأبيض، واعتبر في تصريح له أن العلاقات بين العراق والولايات المتحدة «وصلت لمنعطف مهم»، مشيراً الى"
            + " أهمية الانتقال من «العلاقة ذات الطبيعة الأمنية والعسكرية» إلى الشراكة الكاملة «وفق اتفاقية الإطار"
            + " الستراتيجي».");
    assertAbsent(
        a, "TOP", "جريدة المدى", "نشر في", "خاص/ المدى", "انضم الى المحادثة", "حرف متبقي", "يحدث الآن",
        "تضاربات بين مكتب", "مقالات ذات صلة", "العفو العام", "linkedin");
    assertEquals(17, a.body().lines().count());
  }

  @Test
  void readsASingleFileWithItsNameAsId() throws IOException {
    ReadSummary summary = new PlainTextReader(stubTagger).read(root.resolve(SEED_004), listener);
    assertEquals(new ReadSummary(1, 0, 0), summary);
    assertEquals(SEED_004, articles.get(0).id());
  }

  @Test
  void choosesTheReaderByTheShapeOfTheInput() {
    assertTrue(ArticleReader.forInput(root, stubTagger) instanceof FolderReader);
    assertTrue(ArticleReader.forInput(root.resolve(SEED_000), stubTagger) instanceof PlainTextReader);
    assertTrue(ArticleReader.forInput(root.resolve("corpus.jsonl.gz"), stubTagger) instanceof JsonLinesReader);
  }

  @Test
  void failsWhenTheFolderDoesNotExist() {
    assertThrows(NoSuchFileException.class, () -> new PlainTextReader(stubTagger).read(root.resolve("nope"), listener));
  }

  private static void assertFirstAndLast(Article article, String first, String last) {
    List<String> lines = article.body().lines().toList();
    assertEquals(first, lines.get(0));
    assertEquals(last, lines.get(lines.size() - 1));
  }

  private static void assertAbsent(Article article, String... furniture) {
    for (String text : furniture) {
      assertFalse(article.body().contains(text), () -> "body still holds: " + text);
    }
  }
}
