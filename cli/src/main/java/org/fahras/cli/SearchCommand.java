package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.fahras.DateRange;
import org.fahras.Fahras;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.fahras.search.Snippet;
import org.fahras.search.TimeIntent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fahras search}: runs one query and prints the hits. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index: the articles that match best, fresher ones and those about the time the query names"
          + " ranked higher, near-duplicates folded into one hit.",
      "Syntax: words; \"exact phrase\"; -excluded; a OR b; source:NAME; after:2024-09-01 (that day on); before:2025"
          + " (strictly before); sort:date. Arabic dates in the query (أيلول 2025، سبتمبر ٢٠٢٥، الشهر الماضي) favour"
          + " articles published in, or talking about, that time.",
      "Exclusions work as typed (fahras search قوات -التحالف); an unknown --option is an error, not a word.",
      "Limits: at most " + SearchRequest.MAX_QUERY_CHARS + " characters and " + SearchRequest.MAX_QUERY_WORDS
          + " words (each term of words glued by punctuation counts); beyond them, or for a syntax error, the"
          + " command names the position of the problem and exits with 2.",
      "Output: a header (how many articles match, in how many stories, the page and whether more follow; the days"
          + " the query's time words resolved to; a warning when the index's newest article is more than "
          + SearchCommand.FAR_OLDER_DAYS + " days older than the as-of day), then the hits. On a terminal, Arabic"
          + " lines are marked right to left and matched words are bold; into a pipe or a file, plain text, with ids"
          + " exactly as stored (the first word of each hit's second line). A total written \"≥ N\" is a lower bound:"
          + " the search stopped counting once the top hits were certain (--histogram counts every match).",
      "JSON (--json), for scripts: {total, total_is_exact, stories, page, has_more, intent: {words, first, last},"
          + " hits: [{id, score, title, published, source, url, snippet: {text, highlights: [[start, end], …]},"
          + " duplicates: [{id, title, published, source}], duplicate_count, explain: {text, recency, intent}}], histogram: [{month,"
          + " count}]}. total is a lower bound when total_is_exact is false; stories (how many stories all matches"
          + " tell) is null unless every match was seen and copies were collapsed; has_more says whether --page N+1"
          + " has hits; intent is null when the query names no time, first and last are the days it resolved to"
          + " (inclusive); score is a number; duplicates lists up to --copies of the story's other copies, best"
          + " first, and duplicate_count counts them all; snippet is null when there is nothing to show, its highlights are"
          + " [start, end) offsets into its text in UTF-16 code units (as Java and JavaScript index strings);"
          + " published is YYYY-MM-DD or null; explain only with --explain; histogram (publication months, oldest"
          + " first; undated matches are in no month) only with --histogram."
    })
final class SearchCommand implements Callable<Integer> {
  /** An index whose newest article is more days older than the as-of day than this is said to be. */
  static final int FAR_OLDER_DAYS = 180;

  /** What a mistyped long option looks like; query text never does (it has no spaces and is ASCII). */
  private static final Pattern LONG_OPTION = Pattern.compile("--[A-Za-z][A-Za-z0-9-]*(=\\S*)?");

  @Spec CommandSpec spec;
  @ParentCommand FahrasCli parent;
  @Mixin IndexFolder location;
  @Mixin ProfileCheck profile;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several arguments are joined by spaces).")
  List<String> words;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Hits to show, the page size (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--page",
      paramLabel = "N",
      defaultValue = "1",
      description = "Which page of --limit hits to show, from 1 (default: ${DEFAULT-VALUE}); --page × --limit at most "
          + SearchRequest.MAX_DEPTH + ". A story is on one page only.")
  int page;

  @Option(
      names = "--histogram",
      description = "Count all matches by publication month, printed after the hits (it visits every match, so it"
          + " costs what skipping saves; the total is then exact).")
  boolean histogram;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Measure recency and relative dates from this day (default: today, UTC).")
  String asOf;

  @Option(names = "--recency", paramLabel = "HALF-LIFE", defaultValue = "30d", description = "Recency half-life: 30d, 2w, 6m, 1y; 0 ranks by text alone (default: ${DEFAULT-VALUE}).")
  String recency;

  @Option(names = "--and", description = "Require every word (default: more matching words rank higher).")
  boolean requireAllWords;

  @Option(names = "--no-collapse", description = "Show near-duplicates as separate hits.")
  boolean noCollapse;

  @Option(
      names = "--copies",
      paramLabel = "N",
      defaultValue = "" + SearchRequest.DEFAULT_COPIES_PER_HIT,
      description = "How many of a story's other copies to list under its hit, 0 to "
          + SearchRequest.MAX_COPIES_PER_HIT + " (default: ${DEFAULT-VALUE}); the rest are counted.")
  int copies;

  @Option(names = "--explain", description = "Show each part of every hit's score.")
  boolean explain;

  @Option(names = "--json", description = "Print JSON for scripts (its shape is described above).")
  boolean json;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    for (String word : words) {
      if (LONG_OPTION.matcher(word).matches()) {
        // Only "-word" is query syntax; a mistyped long option must not silently become query words.
        throw new IllegalArgumentException("unknown option '" + word + "' (see fahras search --help)");
      }
    }
    LocalDate day = AsOf.parse(asOf, "--as-of", clock);
    SearchRequest request = request(day);
    SearchResults results;
    LocalDate newest = null;
    try (Fahras fahras = location.openExisting(profile.profile)) {
      results = fahras.search(request);
      if (!json) {
        newest = fahras.publishedRange().map(DateRange::last).orElse(null);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(asJson(results, request)));
    } else {
      HitPrinter printer = new HitPrinter(out, explain, parent == null ? Terminal.NONE : parent.terminal);
      printer.print(results, request, newest);
    }
    return FahrasCli.OK;
  }

  /** The request the options ask for, as of {@code day}; the histogram only with {@code --histogram}. */
  SearchRequest request(LocalDate day) {
    if (page < 1 || (long) page * limit > SearchRequest.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "--page must be 1 or more, and --page × --limit at most " + SearchRequest.MAX_DEPTH + ", got --page " + page
              + " with --limit " + limit);
    }
    if (copies < 0 || copies > SearchRequest.MAX_COPIES_PER_HIT) {
      throw new IllegalArgumentException(
          "--copies must be 0 to " + SearchRequest.MAX_COPIES_PER_HIT + ", got " + copies);
    }
    return SearchRequest.builder(String.join(" ", words), day)
        .limit(limit)
        .page(page)
        .recencyHalfLifeDays(Durations.days(recency, "--recency"))
        .requireAllWords(requireAllWords)
        .collapseDuplicates(!noCollapse)
        .copiesPerHit(copies)
        .explain(explain)
        .histogram(histogram)
        .build();
  }

  private static Map<String, Object> asJson(SearchResults results, SearchRequest request) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("total", results.total());
    root.put("total_is_exact", results.totalIsExact());
    root.put("stories", results.stories().isPresent() ? results.stories().getAsLong() : null);
    root.put("page", results.page());
    root.put("has_more", results.hasMore());
    TimeIntent intent = results.intent();
    root.put("intent", intent == null ? null : intentJson(intent));
    List<Map<String, Object>> hits = new ArrayList<>();
    for (Hit hit : results.hits()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", hit.id());
      entry.put("score", hit.score());
      entry.putAll(articleJson(hit));
      entry.put("url", hit.url());
      entry.put("snippet", hit.snippet() == null ? null : snippetJson(hit.snippet()));
      entry.put("duplicates", hit.duplicates().stream().map(SearchCommand::articleJson).toList());
      entry.put("duplicate_count", hit.duplicateCount());
      if (hit.explanation() != null) {
        entry.put("explain", hit.explanation());
      }
      hits.add(entry);
    }
    root.put("hits", hits);
    if (request.histogram()) {
      List<Map<String, Object>> months = new ArrayList<>();
      for (SearchResults.MonthCount month : results.histogram()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("month", month.month().toString());
        entry.put("count", month.count());
        months.add(entry);
      }
      root.put("histogram", months);
    }
    return root;
  }

  /** What identifies an article to a reader: id, title, publication day, source. */
  private static Map<String, Object> articleJson(Hit hit) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", hit.id());
    json.put("title", hit.title());
    json.put("published", hit.published() == null ? null : hit.published().toString());
    json.put("source", hit.source());
    return json;
  }

  private static Map<String, Object> intentJson(TimeIntent intent) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("words", intent.words());
    json.put("first", intent.first().toString());
    json.put("last", intent.last().toString());
    return json;
  }

  private static Map<String, Object> snippetJson(Snippet snippet) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("text", snippet.text());
    json.put(
        "highlights",
        snippet.highlights().stream().map(span -> List.of(span.start(), span.end())).toList());
    return json;
  }
}
