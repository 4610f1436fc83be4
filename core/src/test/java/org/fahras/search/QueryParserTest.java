package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.index.Schema;
import org.fahras.time.TemporalTagger;
import org.junit.jupiter.api.Test;

class QueryParserTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final Schema SCHEMA = new Schema(AnalyzerProfile.FAHRAS);
  private static final QueryParser PARSER =
      new QueryParser(SCHEMA, SCHEMA.newAnalyzer(), new TemporalTagger(), QueryWeights.DEFAULT);

  private static ParsedQuery parse(String query) {
    return PARSER.parse(query, AS_OF, false);
  }

  private static DateAwareRanking.DayInterval days(LocalDate from, LocalDate until) {
    return new DateAwareRanking.DayInterval(from.toEpochDay(), until.toEpochDay());
  }

  @Test
  void monthNamesOfEveryFamilyAndDigitSetAskTheSameTime() {
    DateAwareRanking.DayInterval september = days(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1));
    assertEquals(september, parse("سحب القوات أيلول 2025").intent());
    assertEquals(september, parse("سحب القوات سبتمبر ٢٠٢٥").intent());
  }

  @Test
  void timeWordsAreNotRequiredAsWords() {
    String withTime = parse("القوات سبتمبر 2025").text().toString();
    assertFalse(withTime.contains("سبتمبر") || withTime.contains("2025"), withTime);
  }

  @Test
  void relativeTimeResolvesAgainstTheAsOfDay() {
    assertEquals(days(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1)), parse("العراق الشهر الماضي").intent());
  }

  @Test
  void aBareYearIsATimeInAQuery() {
    assertEquals(days(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1)), parse("انتخابات ٢٠١٨").intent());
    assertNull(parse("2500 جندي").intent(), "not a plausible year");
  }

  @Test
  void everyWordIsOptionalByDefaultAndRequiredWithAnd() {
    BooleanQuery optional = (BooleanQuery) parse("قوات التحالف").text();
    assertTrue(optional.clauses().stream().allMatch(clause -> clause.occur() == BooleanClause.Occur.SHOULD));
    BooleanQuery required = (BooleanQuery) PARSER.parse("قوات التحالف", AS_OF, true).text();
    assertEquals(2, musts(required), required.toString());
    // Only stem grams stay optional: a word sharing three letters must not satisfy a required word.
    assertTrue(
        required.clauses().stream()
            .filter(clause -> clause.occur() == BooleanClause.Occur.SHOULD)
            .allMatch(clause -> clause.query().toString().contains(Schema.GRAMS + ":")),
        required.toString());
  }

  private static long musts(BooleanQuery query) {
    return query.clauses().stream().filter(clause -> clause.occur() == BooleanClause.Occur.MUST).count();
  }

  @Test
  void orJoinsWordsIntoOneRequiredGroup() {
    BooleanQuery required = (BooleanQuery) PARSER.parse("العراق سوريا OR لبنان", AS_OF, true).text();
    assertEquals(2, musts(required), required.toString());
  }

  @Test
  void phrasesAreRequiredAndExclusionsKept() {
    ParsedQuery parsed = parse("\"قاعدة عين الأسد\" -داعش");
    assertTrue(((BooleanQuery) parsed.text()).clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.MUST));
    assertEquals(1, parsed.exclusions().size());
  }

  @Test
  void fieldsBecomeFiltersAndSort() {
    ParsedQuery parsed = parse("source:\"الغد برس\" after:2024-07 before:٢٠٢٥ sort:date");
    assertEquals(3, parsed.filters().size());
    assertTrue(parsed.sortByDate());
    assertNull(parsed.text());
  }

  @Test
  void arabicTextWithAColonIsText() {
    assertEquals(0, parse("الرئيس:الحرب").filters().size());
  }

  @Test
  void limitsAndErrorsNameThePosition() {
    assertEquals(4096, assertThrows(QuerySyntaxException.class, () -> parse("ا".repeat(5000))).position());
    assertThrows(QuerySyntaxException.class, () -> parse("كلمة ".repeat(QueryParser.MAX_WORDS + 1)));
    assertEquals(10, assertThrows(QuerySyntaxException.class, () -> parse("قوات sort:size")).position());
    assertEquals(12, assertThrows(QuerySyntaxException.class, () -> parse("قوات before:yesterday")).position());
  }

  @Test
  void onlyStopwordsAskForNothing() {
    assertTrue(parse("في على من").isEmpty());
  }
}
