package org.fahras.internal.search;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.fahras.internal.search.QueryTree.AskedTime;
import org.fahras.internal.search.QueryTree.Exclusion;
import org.fahras.internal.search.QueryTree.Filter;
import org.fahras.internal.search.QueryTree.PublishedFilter;
import org.fahras.internal.search.QueryTree.SourceFilter;
import org.fahras.internal.search.QueryTree.Word;
import org.fahras.search.QuerySyntaxException;
import org.fahras.search.SearchRequest;
import org.fahras.time.TemporalMention;
import org.fahras.time.TemporalTagger;

/**
 * Reads the Fahras query syntax into a {@link QueryTree}, analysing nothing:
 *
 * <ul>
 *   <li>words; {@code a OR b} puts them in one group;
 *   <li>{@code "exact phrase"};
 *   <li>{@code -word}, {@code -"phrase"}: excluded;
 *   <li>{@code source:NAME} or {@code source:"TWO WORDS"};
 *   <li>{@code after:DATE} (that day or later) and {@code before:DATE} (strictly earlier), DATE as {@code 2024},
 *       {@code 2024-09} or {@code 2024-09-01}, in either digit set;
 *   <li>{@code sort:date} or {@code sort:relevance};
 *   <li>Arabic temporal expressions among the words ("في أيلول 2025", "سبتمبر ٢٠٢٥", "الشهر الماضي"), found by the
 *       {@link TemporalTagger} and resolved against the as-of day, and a lone plausible year ("انتخابات ٢٠١٨"): they are
 *       times, not words.
 * </ul>
 *
 * <p>Limits: at most {@value SearchRequest#MAX_QUERY_CHARS} characters and {@value SearchRequest#MAX_QUERY_WORDS}
 * words, counting free, phrase and excluded words and fields alike. Beyond them, and for an unclosed quote, an unknown
 * {@code field:}, or a bad date, a {@link QuerySyntaxException} names the position. Thread-safe.
 */
public final class QueryReader {
  private final TemporalTagger tagger;

  /** @param tagger finds the times a query names */
  public QueryReader(TemporalTagger tagger) {
    this.tagger = tagger;
  }

  /**
   * Reads {@code query}, resolving relative times against {@code asOf}.
   *
   * @throws QuerySyntaxException naming the position of the problem
   */
  public QueryTree read(String query, LocalDate asOf) {
    if (query.length() > SearchRequest.MAX_QUERY_CHARS) {
      throw new QuerySyntaxException(
          "the query has " + query.length() + " characters; the limit is " + SearchRequest.MAX_QUERY_CHARS,
          SearchRequest.MAX_QUERY_CHARS);
    }
    Scan scan = new Scan(query);
    scan.run();
    List<AskedTime> times = new ArrayList<>();
    for (TemporalMention mention : tagger.tag(scan.freeText(), asOf)) {
      times.add(new AskedTime(mention.text(), mention.from().toEpochDay(), mention.until().toEpochDay()));
      scan.blank(mention.start(), mention.end());
    }
    scan.takeBareYears(times);
    return new QueryTree(scan.groups(), scan.phrases, scan.exclusions, scan.filters, times, scan.sortByDate);
  }

  /**
   * One left-to-right pass over the query: operators, fields, phrases and exclusions are taken out (blanked in a copy
   * that keeps every other character at its offset, so the tagger's spans stay query offsets); the rest is free text.
   */
  private static final class Scan {
    private final String query;
    private final char[] free;
    private final List<Word> phrases = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final List<Filter> filters = new ArrayList<>();
    /** Start offsets of the OR operators. */
    private final List<Integer> ors = new ArrayList<>();
    private boolean sortByDate;
    private int words;

    Scan(String query) {
      this.query = query;
      this.free = query.toCharArray();
    }

    String freeText() {
      return new String(free);
    }

    void blank(int start, int end) {
      for (int i = start; i < end; i++) {
        free[i] = ' ';
      }
    }

    void run() {
      int i = 0;
      int n = query.length();
      while (i < n) {
        char c = query.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
          continue;
        }
        int start = i;
        int end = tokenEnd(i);
        String token = query.substring(start, end);
        if (c == '"') {
          int close = closingQuote(start);
          phrases.add(new Word(query.substring(start + 1, close), start + 1));
          countWords(query.substring(start + 1, close), start);
          blank(start, close + 1);
          i = close + 1;
        } else if (c == '-' && end > start + 1 && (start == 0 || Character.isWhitespace(query.charAt(start - 1)))) {
          if (query.charAt(start + 1) == '"') {
            int close = closingQuote(start + 1);
            exclusions.add(new Exclusion(query.substring(start + 2, close), true, start));
            countWords(query.substring(start + 2, close), start);
            blank(start, close + 1);
            i = close + 1;
          } else {
            exclusions.add(new Exclusion(token.substring(1), false, start));
            countWords(token.substring(1), start);
            blank(start, end);
            i = end;
          }
        } else if (token.equals("OR")) {
          ors.add(start);
          blank(start, end);
          i = end;
        } else if (isField(token)) {
          count(start);
          i = field(start, token.indexOf(':'));
        } else {
          countWords(token, start);
          i = end;
        }
      }
    }

    private void countWords(String text, int position) {
      for (String part : text.trim().split("\\s+")) {
        if (!part.isEmpty()) {
          count(position);
        }
      }
    }

    private void count(int position) {
      if (++words > SearchRequest.MAX_QUERY_WORDS) {
        throw new QuerySyntaxException(
            "the query has more than " + SearchRequest.MAX_QUERY_WORDS + " words", position);
      }
    }

    private int tokenEnd(int from) {
      int i = from;
      while (i < query.length() && !Character.isWhitespace(query.charAt(i))) {
        i++;
      }
      return i;
    }

    private int closingQuote(int open) {
      int close = query.indexOf('"', open + 1);
      if (close < 0) {
        throw new QuerySyntaxException("unclosed quote", open);
      }
      return close;
    }

    /** An ASCII name, a colon and something after it: {@code after:2024}. Arabic text with a colon is just text. */
    private static boolean isField(String token) {
      int colon = token.indexOf(':');
      if (colon <= 0 || colon == token.length() - 1) {
        return false;
      }
      for (int i = 0; i < colon; i++) {
        char c = token.charAt(i);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
          return false;
        }
      }
      return true;
    }

    /** Reads {@code name:value} starting at {@code start}; returns the offset after it. */
    private int field(int start, int colon) {
      String name = query.substring(start, start + colon);
      int valueStart = start + colon + 1;
      int end;
      String value;
      if (query.charAt(valueStart) == '"') {
        int close = closingQuote(valueStart);
        value = query.substring(valueStart + 1, close).trim();
        end = close + 1;
      } else {
        end = tokenEnd(valueStart);
        value = query.substring(valueStart, end);
      }
      switch (name) {
        case "source" -> filters.add(new SourceFilter(value));
        case "after" -> filters.add(new PublishedFilter(firstDay(value, valueStart), Long.MAX_VALUE));
        case "before" -> filters.add(new PublishedFilter(Long.MIN_VALUE, firstDay(value, valueStart)));
        case "sort" -> {
          switch (value) {
            case "date" -> sortByDate = true;
            case "relevance" -> sortByDate = false;
            default ->
                throw new QuerySyntaxException("sort: takes 'date' or 'relevance', not '" + value + "'", valueStart);
          }
        }
        default ->
            throw new QuerySyntaxException(
                "unknown field '" + name + "'; the fields are source:, after:, before: and sort:", start);
      }
      blank(start, end);
      return end;
    }

    /**
     * A lone year among the query's words ("انتخابات 2018", "٢٠١٨") is a time in a query, even where the tagger, which
     * reads article text, wants more context: a searcher who types a year means that year.
     */
    void takeBareYears(List<AskedTime> times) {
      forEachFreeWord(
          (start, end) -> {
            int year = yearOf(start, end);
            if (year > 0) {
              LocalDate first = LocalDate.of(year, 1, 1);
              times.add(
                  new AskedTime(
                      query.substring(start, end), first.toEpochDay(), first.plusYears(1).toEpochDay()));
              blank(start, end);
            }
          });
    }

    /** A word of the free text, as {@code [start, end)} offsets. */
    private interface WordSpan {
      void accept(int start, int end);
    }

    /** Calls {@code visit} for each whitespace-separated word of the free text, left to right. */
    private void forEachFreeWord(WordSpan visit) {
      int i = 0;
      while (i < free.length) {
        if (Character.isWhitespace(free[i])) {
          i++;
          continue;
        }
        int start = i;
        while (i < free.length && !Character.isWhitespace(free[i])) {
          i++;
        }
        visit.accept(start, i);
      }
    }

    /** The year the characters {@code [start, end)} write in any digit set, from 1900 to 2100, or 0. */
    private int yearOf(int start, int end) {
      if (end - start != 4) {
        return 0;
      }
      int year = 0;
      for (int i = start; i < end; i++) {
        int digit = Character.digit(free[i], 10);
        if (digit < 0) {
          return 0;
        }
        year = year * 10 + digit;
      }
      return year >= 1900 && year <= 2100 ? year : 0;
    }

    /** The free words left after times were blanked, grouped: words joined by OR share a group. */
    List<List<Word>> groups() {
      List<List<Word>> groups = new ArrayList<>();
      int[] previousEnd = {-1};
      forEachFreeWord(
          (start, end) -> {
            Word word = new Word(new String(free, start, end - start), start);
            if (!groups.isEmpty() && orBetween(previousEnd[0], start)) {
              groups.get(groups.size() - 1).add(word);
            } else {
              groups.add(new ArrayList<>(List.of(word)));
            }
            previousEnd[0] = end;
          });
      return groups;
    }

    private boolean orBetween(int from, int to) {
      for (int at : ors) {
        if (at > from && at < to) {
          return true;
        }
      }
      return false;
    }

    /** The first day of a date value of {@code after:}/{@code before:}: a year, a month or a day. */
    private static long firstDay(String value, int position) {
      String ascii = asciiDigits(value);
      try {
        return switch (ascii.length()) {
          case 4 -> Year.parse(ascii).atDay(1).toEpochDay();
          case 7 -> YearMonth.parse(ascii).atDay(1).toEpochDay();
          case 10 -> LocalDate.parse(ascii).toEpochDay();
          default -> throw new DateTimeParseException("bad length", ascii, 0);
        };
      } catch (DateTimeParseException e) {
        throw new QuerySyntaxException("'" + value + "' is not a date; write 2024, 2024-09 or 2024-09-01", position);
      }
    }

    private static String asciiDigits(String value) {
      StringBuilder ascii = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c >= '\u0660' && c <= '\u0669') {
          c = (char) ('0' + (c - '\u0660'));
        } else if (c >= '\u06F0' && c <= '\u06F9') {
          c = (char) ('0' + (c - '\u06F0'));
        }
        ascii.append(c);
      }
      return ascii.toString();
    }
  }
}
