package org.fahras.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fahras.Fahras;
import org.fahras.cli.AsOf;
import org.fahras.cli.Durations;
import org.fahras.search.Hit;
import org.fahras.search.QuerySyntaxException;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.fahras.search.Snippet;

/**
 * {@code GET /api/search}: one page of hits as JSON. The parameters are the library's {@link SearchRequest} with its
 * defaults (and the CLI's: as-of today in UTC, recency half-life 30 days); {@code source}, {@code after} and {@code
 * before} are added to {@code q} as query syntax ({@code source:"NAME" after:DATE before:DATE q}), so they combine
 * with the query exactly as typed filters do: every filter applies.
 */
final class SearchRoute extends Route {
  static final String PATH = "/api/search";
  private static final Set<String> PARAMETERS =
      new LinkedHashSet<>(
          List.of(
              "q", "as_of", "page", "limit", "source", "after", "before", "half_life", "and", "collapse", "histogram",
              "explain"));
  /** The default page size, as the library's and the CLI's. */
  private static final int DEFAULT_LIMIT = SearchRequest.builder("", LocalDate.EPOCH).build().limit();

  private final Fahras fahras;
  private final Clock clock;

  SearchRoute(Fahras fahras, Clock clock, Predicate<String> hostAllowed, Consumer<String> log) {
    super(PATH, hostAllowed, log);
    this.fahras = fahras;
    this.clock = clock;
  }

  @Override
  Answer answer(HttpExchange exchange) throws IOException {
    Params params = Params.of(exchange.getRequestURI(), PARAMETERS);
    String q = params.required("q");
    LocalDate asOf = asOf(params.get("as_of"));
    int limit = params.integer("limit", DEFAULT_LIMIT);
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw ApiError.badParameter("limit", "limit must be 1 to " + SearchRequest.MAX_LIMIT + ", got " + limit);
    }
    int page = params.integer("page", 1);
    if (page < 1 || (long) page * limit > SearchRequest.MAX_DEPTH) {
      throw ApiError.badParameter(
          "page", "page must be 1 or more, and page × limit at most " + SearchRequest.MAX_DEPTH + ", got page " + page
              + " of " + limit);
    }
    FilteredQuery query = FilteredQuery.of(q, params);
    SearchRequest.Builder builder =
        SearchRequest.builder(query.text(), asOf)
            .limit(limit)
            .page(page)
            .requireAllWords(params.flag("and", false))
            .collapseDuplicates(params.flag("collapse", true))
            .histogram(params.flag("histogram", false))
            .explain(params.flag("explain", false));
    String halfLife = params.get("half_life");
    if (halfLife != null) {
      try {
        builder.recencyHalfLifeDays(Durations.days(halfLife, "half_life"));
      } catch (IllegalArgumentException e) {
        throw ApiError.badParameter("half_life", e.getMessage());
      }
    }
    SearchRequest request = builder.build();
    SearchResults results;
    long start = System.nanoTime();
    try {
      results = fahras.search(request);
    } catch (QuerySyntaxException e) {
      throw query.explain(e);
    }
    long searched = System.nanoTime();
    Map<String, Object> json = json(request, results);
    // Where the server's time went (browsers' developer tools show it; the benchmark reads it).
    String timing =
        String.format(
            Locale.ROOT, "search;dur=%.3f, json;dur=%.3f", (searched - start) / 1e6, (System.nanoTime() - searched) / 1e6);
    return Answer.json(json, timing);
  }

  private LocalDate asOf(String value) {
    try {
      return AsOf.parse(value, "as_of", clock);
    } catch (IllegalArgumentException e) {
      throw ApiError.badParameter("as_of", e.getMessage());
    }
  }

  private static Map<String, Object> json(SearchRequest request, SearchResults results) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("query", request.query());
    root.put("as_of", request.asOf().toString());
    root.put("page", results.page());
    root.put("limit", request.limit());
    root.put("total", results.total());
    root.put("total_is_exact", results.totalIsExact());
    root.put("has_more", results.hasMore());
    root.put("stories", results.stories().isPresent() ? results.stories().getAsLong() : null);
    Map<String, Object> intent = null;
    if (results.intent() != null) {
      intent = new LinkedHashMap<>();
      intent.put("words", results.intent().words());
      intent.put("first", results.intent().first().toString());
      intent.put("last", results.intent().last().toString());
    }
    root.put("intent", intent);
    List<Map<String, Object>> hits = new ArrayList<>(results.hits().size());
    for (Hit hit : results.hits()) {
      Map<String, Object> entry = article(hit);
      entry.put("score", hit.score());
      entry.put("snippet", hit.snippet() == null ? null : snippet(hit.snippet()));
      List<Map<String, Object>> copies = new ArrayList<>(hit.duplicates().size());
      hit.duplicates().forEach(copy -> copies.add(article(copy)));
      entry.put("duplicates", copies);
      if (hit.explanation() != null) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("text", hit.explanation().text());
        parts.put("recency", hit.explanation().recency());
        parts.put("intent", hit.explanation().intent());
        entry.put("explain", parts);
      }
      hits.add(entry);
    }
    root.put("hits", hits);
    if (request.histogram()) {
      List<Map<String, Object>> months = new ArrayList<>(results.histogram().size());
      for (SearchResults.MonthCount month : results.histogram()) {
        Map<String, Object> bar = new LinkedHashMap<>();
        bar.put("month", month.month().toString());
        bar.put("count", month.count());
        months.add(bar);
      }
      root.put("histogram", months);
    }
    return root;
  }

  /** What a hit and each of its copies share: id, title, day (Gregorian and Hijri), source, address. */
  private static Map<String, Object> article(Hit hit) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", hit.id());
    entry.put("title", hit.title());
    entry.put("published", hit.published() == null ? null : hit.published().toString());
    entry.put("hijri", HijriDates.of(hit.published()));
    entry.put("source", hit.source());
    entry.put("url", hit.url());
    return entry;
  }

  private static Map<String, Object> snippet(Snippet snippet) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("text", snippet.text());
    List<int[]> spans = new ArrayList<>(snippet.highlights().size());
    snippet.highlights().forEach(span -> spans.add(new int[] {span.start(), span.end()}));
    json.put("highlights", spans);
    return json;
  }

  /**
   * {@code q} with the {@code source}, {@code after} and {@code before} parameters put before it as query syntax
   * ({@code source:"NAME" after:DATE before:DATE q}): whole and closed, so nothing in {@code q} (an unclosed quote)
   * can swallow them; and where each part is, so a syntax error is reported against its parameter, or against {@code
   * q} with its position in {@code q}.
   */
  record FilteredQuery(String q, String text, int qStart, List<Part> parts) {
    /** A parameter and the characters of {@link #text} it became. */
    record Part(String parameter, int start, int end) {}

    static FilteredQuery of(String q, Params params) {
      StringBuilder text = new StringBuilder();
      List<Part> parts = new ArrayList<>();
      for (String name : List.of("source", "after", "before")) {
        String value = params.get(name);
        if (value == null) {
          continue;
        }
        value = value.strip();
        if (value.isEmpty()) {
          throw ApiError.badParameter(name, name + " is empty; leave it out to search everything");
        }
        if (value.indexOf('"') >= 0 || value.chars().anyMatch(Character::isISOControl)) {
          throw ApiError.badParameter(name, name + " cannot hold quotes or control characters");
        }
        if (!name.equals("source") && value.chars().anyMatch(Character::isWhitespace)) {
          throw ApiError.badParameter(name, name + " takes one date (2024, 2024-09 or 2024-09-01), not '" + value + "'");
        }
        int start = text.length();
        text.append(name).append(':').append(name.equals("source") ? '"' + value + '"' : value);
        parts.add(new Part(name, start, text.length()));
        text.append(' ');
      }
      int qStart = text.length();
      text.append(q);
      if (q.length() > SearchRequest.MAX_QUERY_CHARS) {
        throw new ApiError(
            400, "the query has " + q.length() + " characters; the limit is " + SearchRequest.MAX_QUERY_CHARS, "q",
            SearchRequest.MAX_QUERY_CHARS);
      }
      if (text.length() > SearchRequest.MAX_QUERY_CHARS) {
        throw ApiError.badParameter(
            "q", "the query with its source, after and before filters has " + text.length()
                + " characters; the limit is " + SearchRequest.MAX_QUERY_CHARS);
      }
      return new FilteredQuery(q, text.toString(), qStart, List.copyOf(parts));
    }

    /** The syntax error as a bad request: against the parameter it is in, or against {@code q} with its position. */
    ApiError explain(QuerySyntaxException e) {
      String problem = e.getMessage().replaceFirst(" \\(at position \\d+\\)$", "");
      for (Part part : parts) {
        if (e.position() >= part.start() && e.position() < part.end()) {
          return ApiError.badParameter(part.parameter(), part.parameter() + ": " + problem);
        }
      }
      int position = Math.max(0, e.position() - qStart);
      return new ApiError(400, problem + " (at position " + position + ")", "q", position);
    }
  }
}
