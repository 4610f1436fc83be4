package org.fahras.cli.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
              "q", "as_of", "page", "limit", "source", "after", "before", "half_life", "and", "collapse", "copies",
              "histogram", "explain"));
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
    int copies = params.integer("copies", SearchRequest.DEFAULT_COPIES_PER_HIT);
    if (copies < 0 || copies > SearchRequest.MAX_COPIES_PER_HIT) {
      throw ApiError.badParameter(
          "copies", "copies must be 0 to " + SearchRequest.MAX_COPIES_PER_HIT + ", got " + copies);
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
            .copiesPerHit(copies)
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
    byte[] json = json(request, results);
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

  /**
   * The answer's JSON, written straight from the results with Jackson's streaming generator: an answer holds a hundred
   * or more articles (each hit's folded copies), and building a map for each before writing them cost as much again.
   */
  private static byte[] json(SearchRequest request, SearchResults results) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8_192);
    try (JsonGenerator json = JSON.getFactory().createGenerator(bytes)) {
      json.writeStartObject();
      json.writeStringField("query", request.query());
      json.writeStringField("as_of", request.asOf().toString());
      json.writeNumberField("page", results.page());
      json.writeNumberField("limit", request.limit());
      json.writeNumberField("total", results.total());
      json.writeBooleanField("total_is_exact", results.totalIsExact());
      json.writeBooleanField("has_more", results.hasMore());
      json.writeFieldName("stories");
      if (results.stories().isPresent()) {
        json.writeNumber(results.stories().getAsLong());
      } else {
        json.writeNull();
      }
      json.writeFieldName("intent");
      if (results.intent() == null) {
        json.writeNull();
      } else {
        json.writeStartObject();
        json.writeStringField("words", results.intent().words());
        json.writeStringField("first", results.intent().first().toString());
        json.writeStringField("last", results.intent().last().toString());
        json.writeEndObject();
      }
      json.writeArrayFieldStart("hits");
      for (Hit hit : results.hits()) {
        json.writeStartObject();
        articleFields(hit, json);
        json.writeNumberField("score", hit.score());
        json.writeFieldName("snippet");
        snippet(hit.snippet(), json);
        json.writeArrayFieldStart("duplicates");
        for (Hit copy : hit.duplicates()) {
          json.writeStartObject();
          articleFields(copy, json);
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("duplicate_count", hit.duplicateCount());
        if (hit.explanation() != null) {
          json.writeObjectFieldStart("explain");
          json.writeNumberField("text", hit.explanation().text());
          json.writeNumberField("recency", hit.explanation().recency());
          json.writeNumberField("intent", hit.explanation().intent());
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      if (request.histogram()) {
        json.writeArrayFieldStart("histogram");
        for (SearchResults.MonthCount month : results.histogram()) {
          json.writeStartObject();
          json.writeStringField("month", month.month().toString());
          json.writeNumberField("count", month.count());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    return bytes.toByteArray();
  }

  /** What a hit and each of its copies share: id, title, day (Gregorian and Hijri), source, address. */
  private static void articleFields(Hit hit, JsonGenerator json) throws IOException {
    json.writeStringField("id", hit.id());
    json.writeStringField("title", hit.title());
    json.writeStringField("published", hit.published() == null ? null : hit.published().toString());
    json.writeStringField("hijri", HijriDates.of(hit.published()));
    json.writeStringField("source", hit.source());
    json.writeStringField("url", hit.url());
  }

  private static void snippet(Snippet snippet, JsonGenerator json) throws IOException {
    if (snippet == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("text", snippet.text());
    json.writeArrayFieldStart("highlights");
    for (Snippet.Span span : snippet.highlights()) {
      json.writeStartArray();
      json.writeNumber(span.start());
      json.writeNumber(span.end());
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeEndObject();
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
