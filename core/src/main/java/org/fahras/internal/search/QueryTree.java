package org.fahras.internal.search;

import java.util.List;

/**
 * A Fahras query string as read, before any analysis: what each part says and where it stands in the string (offsets
 * for error messages). {@link QueryReader} makes it; {@link LuceneQueryBuilder} turns it into Lucene queries.
 *
 * @param groups the free words, grouped: words joined by {@code OR} share a group, every other word is its own
 * @param phrases the quoted phrases, each required
 * @param exclusions the words and phrases after a minus, each excluded
 * @param filters {@code source:}, {@code after:} and {@code before:}
 * @param times the times the free text names (month names of every family, relative phrases, bare years), resolved
 *     against the as-of day; they are not words
 * @param sortByDate true for {@code sort:date}
 */
public record QueryTree(
    List<List<Word>> groups,
    List<Word> phrases,
    List<Exclusion> exclusions,
    List<Filter> filters,
    List<AskedTime> times,
    boolean sortByDate) {

  /** Copies the lists. */
  public QueryTree {
    groups = groups.stream().map(List::copyOf).toList();
    phrases = List.copyOf(phrases);
    exclusions = List.copyOf(exclusions);
    filters = List.copyOf(filters);
    times = List.copyOf(times);
  }

  /** The one interval that covers every asked time, or null when the query names none. */
  public AskedTime intent() {
    if (times.isEmpty()) {
      return null;
    }
    long from = Long.MAX_VALUE;
    long until = Long.MIN_VALUE;
    StringBuilder words = new StringBuilder();
    for (AskedTime time : times) {
      from = Math.min(from, time.fromDay());
      until = Math.max(until, time.untilDay());
      words.append(words.isEmpty() ? "" : " ").append(time.words());
    }
    return new AskedTime(words.toString(), from, until);
  }

  /** True when the query has text to score: free words or phrases. */
  public boolean hasText() {
    return !groups.isEmpty() || !phrases.isEmpty();
  }

  /**
   * Text of the query string.
   *
   * @param text the characters as written (a phrase without its quotes)
   * @param start where they start in the query string
   */
  public record Word(String text, int start) {}

  /**
   * A word or phrase the hits must not match.
   *
   * @param text the word or the phrase's words
   * @param phrase true when it was quoted
   * @param start where it starts in the query string
   */
  public record Exclusion(String text, boolean phrase, int start) {}

  /** A hard restriction of the hits. */
  public sealed interface Filter permits SourceFilter, PublishedFilter {}

  /**
   * Only articles of one outlet.
   *
   * @param source the outlet's name, exactly as indexed
   */
  public record SourceFilter(String source) implements Filter {}

  /**
   * Only articles published in {@code [fromDay, untilDay)}, in epoch days; {@code after:} leaves the end open ({@code
   * Long.MAX_VALUE}), {@code before:} the start ({@code Long.MIN_VALUE}).
   */
  public record PublishedFilter(long fromDay, long untilDay) implements Filter {}

  /**
   * A time the query names.
   *
   * @param words the words that named it
   * @param fromDay its first day, in epoch days
   * @param untilDay the day after its last
   */
  public record AskedTime(String words, long fromDay, long untilDay) {}
}
