package org.fahras.internal.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.fahras.search.SearchResults;

/**
 * Counts every match by publication month, without scoring: one collector per slice of the index, merged at the
 * end. Matches arrive newest first within a segment (the index sort), so a collector caches the month of the previous
 * match and looks a new month up only when the month changes.
 */
final class MonthHistogram implements CollectorManager<MonthHistogram.Counter, MonthHistogram.Counts> {
  private final String publishedField;

  /** @param publishedField the numeric doc-values field of epoch days */
  MonthHistogram(String publishedField) {
    this.publishedField = publishedField;
  }

  /**
   * Every match counted, and the dated ones per month.
   *
   * @param total every match, dated or not
   * @param months dated matches per month, oldest first
   */
  record Counts(long total, List<SearchResults.MonthCount> months) {}

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Counts reduce(Collection<Counter> collectors) {
    TreeMap<YearMonth, long[]> merged = new TreeMap<>();
    long total = 0;
    for (Counter counter : collectors) {
      total += counter.total;
      counter.counts.forEach((month, count) -> merged.computeIfAbsent(month, key -> new long[1])[0] += count[0]);
    }
    List<SearchResults.MonthCount> months = new ArrayList<>(merged.size());
    merged.forEach((month, count) -> months.add(new SearchResults.MonthCount(month, count[0])));
    return new Counts(total, months);
  }

  /** Counts one slice's matches. */
  final class Counter extends SimpleCollector {
    private final Map<YearMonth, long[]> counts = new TreeMap<>();
    private NumericDocValues published;
    private long total;
    private long monthFrom = 1;
    private long monthUntil = 0; // empty: the first dated match looks its month up
    private long[] monthCount;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      published = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), publishedField));
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
  }
}
