package org.fahras.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.fahras.index.Schema;

/**
 * Counts every match by publication month, without scoring. Matches arrive newest first within a segment (the index
 * sort), so the month of the previous match is cached and a new month is looked up only when the month changes. One
 * instance serves one search on one thread.
 */
final class MonthHistogram extends SimpleCollector {
  private final Map<YearMonth, long[]> counts = new TreeMap<>();
  private NumericDocValues published;
  private long total;
  private long monthFrom = 1;
  private long monthUntil = 0; // empty: the first dated match looks its month up
  private long[] monthCount;

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    published = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), Schema.PUBLISHED));
  }

  @Override
  public void collect(int doc) throws IOException {
    total++;
    if (published == null || !published.advanceExact(doc)) {
      return;
    }
    long day = published.longValue();
    if (day < monthFrom || day >= monthUntil) {
      YearMonth month = YearMonth.from(LocalDate.ofEpochDay(day));
      monthFrom = month.atDay(1).toEpochDay();
      monthUntil = month.plusMonths(1).atDay(1).toEpochDay();
      monthCount = counts.computeIfAbsent(month, key -> new long[1]);
    }
    monthCount[0]++;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** Every match counted, dated or not. */
  long total() {
    return total;
  }

  /** Dated matches per month, oldest first. */
  List<SearchResults.MonthCount> months() {
    List<SearchResults.MonthCount> months = new ArrayList<>(counts.size());
    counts.forEach((month, count) -> months.add(new SearchResults.MonthCount(month.toString(), count[0])));
    return months;
  }
}
