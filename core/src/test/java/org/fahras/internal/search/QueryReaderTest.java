package org.fahras.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.fahras.internal.search.QueryTree.AskedTime;
import org.fahras.internal.search.QueryTree.Exclusion;
import org.fahras.internal.search.QueryTree.PublishedFilter;
import org.fahras.internal.search.QueryTree.SourceFilter;
import org.fahras.internal.search.QueryTree.Word;
import org.fahras.search.QuerySyntaxException;
import org.fahras.search.SearchRequest;
import org.fahras.time.TemporalTagger;
import org.junit.jupiter.api.Test;

/** The query syntax as a tree: what each part says and where it stands, nothing analysed. */
class QueryReaderTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final QueryReader READER = new QueryReader(new TemporalTagger());

  private static QueryTree read(String query) {
    return READER.read(query, AS_OF);
  }

  private static AskedTime days(String words, LocalDate from, LocalDate until) {
    return new AskedTime(words, from.toEpochDay(), until.toEpochDay());
  }

  private static List<List<String>> words(QueryTree tree) {
    return tree.groups().stream().map(group -> group.stream().map(Word::text).toList()).toList();
  }

  @Test
  void monthNamesOfEveryFamilyAndDigitSetAskTheSameTime() {
    LocalDate september = LocalDate.of(2025, 9, 1);
    LocalDate october = LocalDate.of(2025, 10, 1);
    assertEquals(days("أيلول 2025", september, october), read("سحب القوات أيلول 2025").intent());
    assertEquals(days("سبتمبر ٢٠٢٥", september, october), read("سحب القوات سبتمبر ٢٠٢٥").intent());
  }

  @Test
  void timeWordsAreNotWords() {
    assertEquals(List.of(List.of("القوات")), words(read("القوات سبتمبر 2025")));
  }

  @Test
  void relativeTimeResolvesAgainstTheAsOfDay() {
    assertEquals(
        days("الشهر الماضي", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1)), read("العراق الشهر الماضي").intent());
  }

  @Test
  void aBareYearIsATimeInAQuery() {
    assertEquals(days("٢٠١٨", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1)), read("انتخابات ٢٠١٨").intent());
    assertNull(read("2500 جندي").intent(), "not a plausible year");
  }

  @Test
  void orJoinsWordsIntoOneGroup() {
    assertEquals(List.of(List.of("العراق"), List.of("سوريا", "لبنان")), words(read("العراق سوريا OR لبنان")));
  }

  @Test
  void phrasesAndExclusionsKeepTheirTextAndPlace() {
    QueryTree tree = read("\"قاعدة عين الأسد\" -داعش -\"قوات التحالف\"");
    assertEquals(List.of(new Word("قاعدة عين الأسد", 1)), tree.phrases());
    assertEquals(
        List.of(new Exclusion("داعش", false, 18), new Exclusion("قوات التحالف", true, 24)), tree.exclusions());
    assertTrue(tree.groups().isEmpty());
  }

  @Test
  void fieldsBecomeTypedFiltersAndSort() {
    QueryTree tree = read("source:\"الغد برس\" after:2024-07 before:٢٠٢٥ sort:date");
    assertEquals(
        List.of(
            new SourceFilter("الغد برس"),
            new PublishedFilter(LocalDate.of(2024, 7, 1).toEpochDay(), Long.MAX_VALUE),
            new PublishedFilter(Long.MIN_VALUE, LocalDate.of(2025, 1, 1).toEpochDay())),
        tree.filters());
    assertTrue(tree.sortByDate());
    assertTrue(!tree.hasText());
  }

  @Test
  void arabicTextWithAColonIsText() {
    QueryTree tree = read("الرئيس:الحرب");
    assertEquals(List.of(), tree.filters());
    assertEquals(List.of(List.of("الرئيس:الحرب")), words(tree));
  }

  @Test
  void limitsAndErrorsNameThePosition() {
    assertEquals(4096, assertThrows(QuerySyntaxException.class, () -> read("ا".repeat(5000))).position());
    QuerySyntaxException many =
        assertThrows(QuerySyntaxException.class, () -> read("كلمة ".repeat(SearchRequest.MAX_QUERY_WORDS + 1)));
    assertEquals(5 * SearchRequest.MAX_QUERY_WORDS, many.position(), "the first word over the limit");
    assertEquals(10, assertThrows(QuerySyntaxException.class, () -> read("قوات sort:size")).position());
    assertEquals(12, assertThrows(QuerySyntaxException.class, () -> read("قوات before:yesterday")).position());
    assertEquals(5, assertThrows(QuerySyntaxException.class, () -> read("قوات \"التحالف")).position());
    assertEquals(5, assertThrows(QuerySyntaxException.class, () -> read("قوات colour:red")).position());
  }
}
