package org.fahras.search;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.fahras.analysis.AnalyzedToken;
import org.fahras.index.Schema;
import org.fahras.time.TemporalMention;
import org.fahras.time.TemporalTagger;

/**
 * Reads the Fahras query syntax:
 *
 * <ul>
 *   <li>words: scored by BM25 over title (weighted) and body, stemmed, plus their exact (unstemmed) forms and, where
 *       the profile has them, their stem 3-grams;
 *   <li>{@code "exact phrase"}: required, matched on the unstemmed fields;
 *   <li>{@code -word}, {@code -"phrase"}: excluded;
 *   <li>{@code OR} between words: with the AND operator, either word will do (with the default OR operator every
 *       word is optional anyway and more matching words rank higher);
 *   <li>{@code source:NAME} or {@code source:"TWO WORDS"}: only that outlet;
 *   <li>{@code after:DATE} (that day or later) and {@code before:DATE} (strictly earlier), DATE as {@code 2024},
 *       {@code 2024-09} or {@code 2024-09-01}, in either digit set;
 *   <li>{@code sort:date} (newest first) or {@code sort:relevance} (the default);
 *   <li>Arabic temporal expressions among the words ("في أيلول 2025", "سبتمبر ٢٠٢٥", "الشهر الماضي"), found by the
 *       {@link TemporalTagger} and resolved against the as-of date: they become the temporal intent and are not
 *       required as words.
 * </ul>
 *
 * <p>Limits, so a hostile query costs little and stays under Lucene's clause limit: at most {@value
 * #MAX_QUERY_CHARS} characters and {@value #MAX_WORDS} words, counting free words, phrase words, excluded words and
 * {@code field:value}s alike, and a word glued to others by punctuation ({@code a,b,c}) as each of the terms it
 * analyzes into; beyond them, and for an unclosed quote, an unknown {@code field:}, or a bad date, a {@link
 * QuerySyntaxException} names the position. Thread-safe: the analyzer and tagger are.
 */
public final class QueryParser {
  /** The longest query accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 4_096;
  /** The most words a query may have: free, phrase and excluded words and fields, each analyzed term counted. */
  public static final int MAX_WORDS = 128;

  private final Analyzer analyzer;
  private final boolean grams;
  private final TemporalTagger tagger;
  private final QueryWeights weights;

  /**
   * @param schema the index's schema (which fields exist)
   * @param analyzer the index's per-field analyzer ({@link Schema#newAnalyzer()}), so queries analyze as documents did
   * @param tagger finds the times a query names
   * @param weights how the text fields are weighted against each other
   */
  public QueryParser(Schema schema, Analyzer analyzer, TemporalTagger tagger, QueryWeights weights) {
    this.analyzer = analyzer;
    this.grams = schema.hasGrams() && weights.grams() > 0;
    this.tagger = tagger;
    this.weights = weights;
  }

  /**
   * Parses {@code query}, resolving relative times against {@code asOf}.
   *
   * @param requireAllWords true for the AND operator: every word (or one of an OR group) must match
   * @throws QuerySyntaxException naming the position of the problem
   */
  public ParsedQuery parse(String query, LocalDate asOf, boolean requireAllWords) {
    if (query.length() > MAX_QUERY_CHARS) {
      throw new QuerySyntaxException(
          "the query has " + query.length() + " characters; the limit is " + MAX_QUERY_CHARS, MAX_QUERY_CHARS);
    }
    Scan scan = new Scan(query);
    scan.run();

    TimeIntent time = new TimeIntent();
    for (TemporalMention mention : tagger.tag(scan.freeText(), asOf)) {
      time.add(mention.from().toEpochDay(), mention.until().toEpochDay(), mention.text());
      scan.blank(mention.start(), mention.end());
    }
    scan.takeBareYears(time);
    DateAwareRanking.DayInterval intent = time.interval;
    StringBuilder intentText = time.text;

    BooleanQuery.Builder text = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    int clauses;
    try {
      clauses = addWords(scan, requireAllWords, text, highlight);
      for (String phrase : scan.phrases) {
        Query phraseQuery = phrase(phrase);
        if (phraseQuery != null) {
          text.add(phraseQuery, Occur.MUST);
          highlight.add(stemmed(phrase), Occur.SHOULD);
          clauses++;
        }
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses();
    }
    if (clauses > IndexSearcher.getMaxClauseCount()) {
      // Each word becomes several clauses (fields, exact form, stem grams): long glued words can pass the word limit.
      throw tooManyClauses();
    }
    List<Query> exclusions = new ArrayList<>();
    for (String excluded : scan.exclusions) {
      Query exclusion = excluded.indexOf(' ') >= 0 ? phrase(excluded) : stemmed(excluded);
      if (exclusion != null) {
        exclusions.add(exclusion);
      }
    }
    Query textQuery = clauses == 0 ? null : text.build();
    BooleanQuery highlightQuery = highlight.build();
    return new ParsedQuery(
        textQuery,
        scan.filters,
        exclusions,
        intent,
        intent == null ? null : intentText.toString(),
        scan.sortByDate,
        highlightQuery.clauses().isEmpty() ? null : highlightQuery);
  }

  private static QuerySyntaxException tooManyClauses() {
    return new QuerySyntaxException(
        "the query's words expand to more than "
            + IndexSearcher.getMaxClauseCount()
            + " search terms; use fewer or shorter words",
        0);
  }

  /** Adds the free words; with AND, each word (or OR group) is required. Returns how many clauses were added. */
  private int addWords(Scan scan, boolean requireAllWords, BooleanQuery.Builder text, BooleanQuery.Builder highlight) {
    List<List<String>> groups = scan.wordGroups();
    int added = 0;
    for (List<String> group : groups) {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      int groupClauses = 0;
      for (String word : group) {
        // With AND, the word itself (stemmed or exact) is required; its grams only add to the score, else any word
        // sharing three letters would satisfy the requirement.
        groupClauses += addWord(word, requireAllWords ? either : text, text);
        Query stemmed = stemmed(word);
        if (stemmed != null) {
          highlight.add(stemmed, Occur.SHOULD);
        }
      }
      if (requireAllWords && groupClauses > 0) {
        text.add(either.build(), Occur.MUST);
      }
      added += groupClauses;
    }
    return added;
  }

  /**
   * One word as SHOULD clauses: its stemmed form on title and body and its exact form on the exact fields into {@code
   * into}, its stem grams into {@code gramsInto}. A flat disjunction of term queries keeps Lucene's MaxScore skipping.
   */
  private int addWord(String word, BooleanQuery.Builder into, BooleanQuery.Builder gramsInto) {
    int added = 0;
    for (AnalyzedToken token : AnalyzedToken.listOf(analyzer, Schema.BODY, word)) {
      into.add(boosted(new TermQuery(new Term(Schema.TITLE, token.term())), weights.title()), Occur.SHOULD);
      into.add(new TermQuery(new Term(Schema.BODY, token.term())), Occur.SHOULD);
      added += 2;
    }
    if (weights.exact() > 0) {
      for (AnalyzedToken token : AnalyzedToken.listOf(analyzer, Schema.BODY_EXACT, word)) {
        into.add(
            boosted(new TermQuery(new Term(Schema.TITLE_EXACT, token.term())), weights.title() * weights.exact()),
            Occur.SHOULD);
        into.add(boosted(new TermQuery(new Term(Schema.BODY_EXACT, token.term())), weights.exact()), Occur.SHOULD);
        added += 2;
      }
    }
    if (grams) {
      for (AnalyzedToken token : AnalyzedToken.listOf(analyzer, Schema.GRAMS, word)) {
        gramsInto.add(boosted(new TermQuery(new Term(Schema.GRAMS, token.term())), weights.grams()), Occur.SHOULD);
        added++;
      }
    }
    return added;
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }

  /** The stemmed body terms of {@code text}, any of them, or null when analysis leaves nothing. */
  private Query stemmed(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int count = 0;
    for (AnalyzedToken token : AnalyzedToken.listOf(analyzer, Schema.BODY, text)) {
      any.add(new TermQuery(new Term(Schema.BODY, token.term())), Occur.SHOULD);
      count++;
    }
    return count == 0 ? null : any.build();
  }

  /** A phrase on the exact body or title, or null when analysis leaves nothing. */
  private Query phrase(String text) {
    PhraseQuery.Builder body = new PhraseQuery.Builder();
    PhraseQuery.Builder title = new PhraseQuery.Builder();
    List<AnalyzedToken> tokens = AnalyzedToken.listOf(analyzer, Schema.BODY_EXACT, text);
    if (tokens.isEmpty()) {
      return null;
    }
    for (AnalyzedToken token : tokens) {
      body.add(new Term(Schema.BODY_EXACT, token.term()), token.position());
      title.add(new Term(Schema.TITLE_EXACT, token.term()), token.position());
    }
    return new BooleanQuery.Builder()
        .add(body.build(), Occur.SHOULD)
        .add(boosted(title.build(), weights.title()), Occur.SHOULD)
        .build();
  }

  /** The times a query names, merged into the one interval that covers them all. */
  private static final class TimeIntent {
    private DateAwareRanking.DayInterval interval;
    private final StringBuilder text = new StringBuilder();

    void add(long from, long until, String words) {
      interval =
          interval == null
              ? new DateAwareRanking.DayInterval(from, until)
              : new DateAwareRanking.DayInterval(Math.min(interval.from(), from), Math.max(interval.until(), until));
      text.append(text.isEmpty() ? "" : " ").append(words);
    }
  }

  /**
   * One left-to-right pass over the query: operators, fields, phrases and exclusions are taken out (blanked in a copy
   * that keeps every other character at its offset, so the tagger's spans stay query offsets); the rest is free text.
   */
  private final class Scan {
    private final String query;
    private final char[] free;
    private final List<String> phrases = new ArrayList<>();
    private final List<String> exclusions = new ArrayList<>();
    private final List<Query> filters = new ArrayList<>();
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
          phrases.add(query.substring(start + 1, close));
          countWords(query.substring(start + 1, close), start);
          blank(start, close + 1);
          i = close + 1;
        } else if (c == '-' && end > start + 1 && (start == 0 || Character.isWhitespace(query.charAt(start - 1)))) {
          if (query.charAt(start + 1) == '"') {
            int close = closingQuote(start + 1);
            exclusions.add(query.substring(start + 2, close));
            countWords(query.substring(start + 2, close), start);
            blank(start, close + 1);
            i = close + 1;
          } else {
            exclusions.add(token.substring(1));
            countWords(token.substring(1), start);
            blank(start, end);
            i = end;
          }
        } else if (token.equals("OR")) {
          ors.add(start);
          blank(start, end);
          i = end;
        } else if (isField(token)) {
          count(1, start);
          i = field(start, token.indexOf(':'));
        } else {
          countWords(token, start);
          i = end;
        }
      }
    }

    /**
     * Counts the words of {@code text}, each as the terms it analyzes into (at least one): each term becomes several
     * clauses, and Lucene refuses a query of more than {@link org.apache.lucene.search.IndexSearcher#getMaxClauseCount()} clauses.
     */
    private void countWords(String text, int position) {
      for (String part : text.trim().split("\\s+")) {
        if (!part.isEmpty()) {
          int terms =
              Math.max(
                  AnalyzedToken.listOf(analyzer, Schema.BODY, part).size(),
                  AnalyzedToken.listOf(analyzer, Schema.BODY_EXACT, part).size());
          count(Math.max(1, terms), position);
        }
      }
    }

    private void count(int terms, int position) {
      words += terms;
      if (words > MAX_WORDS) {
        throw new QuerySyntaxException("the query has more than " + MAX_WORDS + " words", position);
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
        case "source" -> filters.add(new TermQuery(new Term(Schema.SOURCE, value)));
        case "after" ->
            filters.add(
                LongField.newRangeQuery(
                    Schema.PUBLISHED, DateValue.parse(value, valueStart).from(), Long.MAX_VALUE));
        case "before" ->
            filters.add(
                LongField.newRangeQuery(
                    Schema.PUBLISHED, Long.MIN_VALUE, DateValue.parse(value, valueStart).from() - 1));
        case "sort" -> {
          switch (value) {
            case "date" -> sortByDate = true;
            case "relevance" -> sortByDate = false;
            default ->
                throw new QuerySyntaxException(
                    "sort: takes 'date' or 'relevance', not '" + value + "'", valueStart);
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
    void takeBareYears(TimeIntent time) {
      forEachFreeWord(
          (start, end) -> {
            int year = yearOf(start, end);
            if (year > 0) {
              LocalDate first = LocalDate.of(year, 1, 1);
              time.add(first.toEpochDay(), first.plusYears(1).toEpochDay(), query.substring(start, end));
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
    List<List<String>> wordGroups() {
      List<List<String>> groups = new ArrayList<>();
      int[] previousEnd = {-1};
      forEachFreeWord(
          (start, end) -> {
            String word = new String(free, start, end - start);
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
  }

  /** A date value of {@code after:}/{@code before:}: a year, a month or a day. */
  private record DateValue(long from) {
    static DateValue parse(String value, int position) {
      String ascii = asciiDigits(value);
      try {
        return switch (ascii.length()) {
          case 4 -> new DateValue(Year.parse(ascii).atDay(1).toEpochDay());
          case 7 -> new DateValue(YearMonth.parse(ascii).atDay(1).toEpochDay());
          case 10 -> new DateValue(LocalDate.parse(ascii).toEpochDay());
          default -> throw new DateTimeParseException("bad length", ascii, 0);
        };
      } catch (DateTimeParseException e) {
        throw new QuerySyntaxException(
            "'" + value + "' is not a date; write 2024, 2024-09 or 2024-09-01", position);
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
