package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownItemGeneratorTest {

  /**
   * Eight dated articles and one undated. Document frequencies (title or text) over the 8 dated articles, where the
   * 0.75 cap allows at most 6: انفجار 5 (a1 a2 f1 f2 c1), مرفأ 4 (a1 a2 f1 f2), بيروت 4, الحكومة 8 (too common).
   *
   * <ul>
   *   <li>a1, a2 (January): انفجار (f1, f2, c1), مرفأ and بيروت (f1, f2) each occur in at least 2 articles of other
   *       months: salient. "التي" and "بعد" are stopwords, الحكومة too common. Both qualify.
   *   <li>b1, b2 (February): their title words occur only in February: not salient, never picked.
   *   <li>c1 (March): انفجار is salient (a1, a2, f1 in other months) but تعلن occurs once: one word, too few.
   *   <li>f1, f2: title words occur once: not salient.
   *   <li>n0: no date, never picked even though its title would qualify.
   * </ul>
   */
  private static final List<DatedItem> CORPUS = List.of(
      item("a1", "2018-01-10", "انفجار مرفأ بيروت التي", "الحكومة تحقق"),
      item("a2", "2018-01-25", "بيروت بعد انفجار مرفأ", "الحكومة"),
      item("f1", "2018-02-05", "أخبار متفرقة", "انفجار مرفأ بيروت الحكومة"),
      item("f2", "2018-03-07", "تقرير اقتصادي", "انفجار مرفأ بيروت الحكومة"),
      item("b1", "2018-02-20", "زيارة وزير الخارجية", "الحكومة"),
      item("b2", "2018-02-21", "زيارة وزير الخارجية", "الحكومة"),
      item("c1", "2018-03-01", "الحكومة تعلن انفجار", ""),
      item("d1", "2018-03-02", "الحكومة", ""),
      new DatedItem("n0", "انفجار مرفأ بيروت", "", null));

  private static DatedItem item(String id, String date, String title, String text) {
    return new DatedItem(id, title, text, LocalDate.parse(date));
  }

  private static KnownItemGenerator.Options options(long seed, int queries) {
    return new KnownItemGenerator.Options(seed, queries, 2, 3, 2, 0.75, Set.of("التي", "بعد")::contains);
  }

  @Test
  void picksOnlyArticlesWithEnoughSalientTitleWords() {
    KnownItemSet set = KnownItemGenerator.generate(CORPUS, options(7, 10));
    List<String> picked = set.items().stream().map(KnownItem::docId).sorted().toList();
    assertEquals(List.of("a1", "a2"), picked);
    assertEquals(List.of("tki-001", "tki-002"), set.items().stream().map(KnownItem::queryId).toList());
  }

  @Test
  void everyQueryHasExactlyOneRelevantDocument() {
    KnownItemSet set = KnownItemGenerator.generate(CORPUS, options(7, 10));
    Qrels qrels = set.qrels();
    for (KnownItem item : set.items()) {
      assertEquals(Map.of(item.docId(), 1), qrels.judgments(item.queryId()));
    }
    assertEquals(set.items().size(), qrels.size());
  }

  @Test
  void queryIsSalientTitleWordsInTitleOrderThenTheMonthInItsFamily() {
    Set<MonthFamily> seen = EnumSet.noneOf(MonthFamily.class);
    for (long seed = 0; seed < 200 && seen.size() < MonthFamily.values().length; seed++) {
      for (KnownItem item : KnownItemGenerator.generate(CORPUS, options(seed, 10)).items()) {
        seen.add(item.family());
        String month = item.family().format(YearMonth.of(2018, 1));
        assertTrue(item.query().endsWith(" " + month), item.query());
        List<String> words = List.of(item.query().substring(0, item.query().length() - month.length() - 1).split(" "));
        List<String> titleOrder = item.docId().equals("a1")
            ? List.of("انفجار", "مرفأ", "بيروت")
            : List.of("بيروت", "انفجار", "مرفأ");
        assertTrue(words.size() == 2 || words.size() == 3, item.query());
        List<String> expectedOrder = new ArrayList<>(titleOrder);
        expectedOrder.retainAll(words);
        assertEquals(expectedOrder, words, "words keep title order: " + item.query());
      }
    }
    assertEquals(EnumSet.allOf(MonthFamily.class), seen);
  }

  @Test
  void sameSeedSameSetWhateverTheCorpusOrder() {
    KnownItemSet first = KnownItemGenerator.generate(CORPUS, options(11, 10));
    assertEquals(first, KnownItemGenerator.generate(CORPUS, options(11, 10)));
    assertEquals(first, KnownItemGenerator.generate(CORPUS.reversed(), options(11, 10)));
    boolean seedMatters = false;
    for (long seed = 12; seed < 40 && !seedMatters; seed++) {
      seedMatters = !first.equals(KnownItemGenerator.generate(CORPUS, options(seed, 10)));
    }
    assertTrue(seedMatters);
    assertEquals(1, KnownItemGenerator.generate(CORPUS, options(11, 1)).items().size());
  }

  @Test
  void stricterBandsPickNothing() {
    // Each word must occur in 3 other-month articles: only انفجار does, so no title has two salient words.
    KnownItemGenerator.Options strict =
        new KnownItemGenerator.Options(1, 10, 2, 3, 3, 0.75, Set.of("التي", "بعد")::contains);
    assertEquals(List.of(), KnownItemGenerator.generate(CORPUS, strict).items());
  }

  @Test
  void competitorsByTitleCountOnlyOtherMonthTitles() {
    // In titles of other months: انفجار (a1, a2 in January; c1 in March); مرفأ and بيروت only in January titles.
    KnownItemGenerator.Options byTitle =
        new KnownItemGenerator.Options(5, 10, 1, 2, 1, 0.75, Set.of("التي", "بعد")::contains, true);
    KnownItemSet set = KnownItemGenerator.generate(CORPUS, byTitle);
    assertEquals(List.of("a1", "a2", "c1"), set.items().stream().map(KnownItem::docId).sorted().toList());
    for (KnownItem item : set.items()) {
      assertTrue(item.query().startsWith("انفجار "), item.query());
    }
  }

  @Test
  void writesQueriesAndQrelsThatReadBack(@TempDir Path dir) throws IOException {
    KnownItemSet set = KnownItemGenerator.generate(CORPUS, options(3, 10));
    set.write(dir);
    assertEquals(set.queries().asMap(), Queries.read(dir.resolve("queries.tsv")).asMap());
    Qrels qrels = Qrels.read(dir.resolve("qrels.txt"));
    assertEquals(set.qrels().queryIds(), qrels.queryIds());
    for (String queryId : qrels.queryIds()) {
      assertEquals(set.qrels().judgments(queryId), qrels.judgments(queryId));
    }
  }

  @Test
  void monthFamiliesWriteTheMonthTheirWay() {
    YearMonth september = YearMonth.of(2018, 9);
    assertEquals("أيلول 2018", MonthFamily.LEVANTINE.format(september));
    assertEquals("سبتمبر 2018", MonthFamily.EGYPTIAN.format(september));
    assertEquals("سبتمبر 2018", MonthFamily.MAGHREBI.format(september));
    assertEquals("9/2018", MonthFamily.NUMERIC.format(september));
    assertEquals("٠٩/٢٠١٨", MonthFamily.ARABIC_INDIC.format(september));
    YearMonth june = YearMonth.of(2021, 6);
    assertEquals("حزيران 2021", MonthFamily.LEVANTINE.format(june));
    assertEquals("يونيو 2021", MonthFamily.EGYPTIAN.format(june));
    assertEquals("جوان 2021", MonthFamily.MAGHREBI.format(june));
    assertEquals("كانون الثاني 2019", MonthFamily.LEVANTINE.format(YearMonth.of(2019, 1)));
    assertEquals("١٢/٢٠٢٠", MonthFamily.ARABIC_INDIC.format(YearMonth.of(2020, 12)));
  }

  @Test
  void wordsAreRunsOfLettersAndMarks() {
    assertEquals(List.of("مرفأ", "بيروت", "مُدَرِّس", "F"), List.copyOf(KnownItemGenerator.words(
        "مرفأ «بيروت» 2018، مُدَرِّس F16 مرفأ")));
  }
}
