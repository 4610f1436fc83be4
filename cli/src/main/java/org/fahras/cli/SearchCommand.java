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
import org.fahras.Fahras;
import org.fahras.search.Hit;
import org.fahras.search.QueryParser;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.fahras.search.Snippet;
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
      "Limits: at most " + QueryParser.MAX_QUERY_CHARS + " characters and " + QueryParser.MAX_WORDS
          + " words (each term of words glued by punctuation counts); beyond them, or for a syntax error, the"
          + " command names the position of the problem and exits with 2.",
      "Output: on a terminal, Arabic lines are marked right to left and matched words are bold; into a pipe or a"
          + " file, plain text, with ids exactly as stored (the first word of each hit's second line). --json for"
          + " scripts."
    })
final class SearchCommand implements Callable<Integer> {
  /** What a mistyped long option looks like; query text never does (it has no spaces and is ASCII). */
  private static final Pattern LONG_OPTION = Pattern.compile("--[A-Za-z][A-Za-z0-9-]*(=\\S*)?");

  @Spec CommandSpec spec;
  @ParentCommand FahrasCli parent;
  @Mixin IndexFolder location;
  @Mixin ProfileCheck profile;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several arguments are joined by spaces).")
  List<String> words;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Measure recency and relative dates from this day (default: today, UTC).")
  String asOf;

  @Option(names = "--recency", paramLabel = "HALF-LIFE", defaultValue = "30d", description = "Recency half-life: 30d, 2w, 6m, 1y; 0 ranks by text alone (default: ${DEFAULT-VALUE}).")
  String recency;

  @Option(names = "--and", description = "Require every word (default: more matching words rank higher).")
  boolean requireAllWords;

  @Option(names = "--no-collapse", description = "Show near-duplicates as separate hits.")
  boolean noCollapse;

  @Option(names = "--explain", description = "Show each part of every hit's score.")
  boolean explain;

  @Option(names = "--json", description = "Print JSON: {total, hits: [{id, score, title, published, source, snippet, duplicates}], histogram: [{month, count}]}.")
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
    double halfLife = Durations.days(recency, "--recency");
    SearchRequest request =
        SearchRequest.builder(String.join(" ", words), day)
            .limit(limit)
            .recencyHalfLifeDays(halfLife)
            .requireAllWords(requireAllWords)
            .collapseDuplicates(!noCollapse)
            .explain(explain)
            .histogram(true)
            .build();
    SearchResults results;
    try (Fahras fahras = location.openExisting(profile.profile)) {
      results = fahras.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(asJson(results)));
    } else {
      new HitPrinter(out, explain, parent == null ? Terminal.NONE : parent.terminal).print(results, day);
    }
    return FahrasCli.OK;
  }

  private static Map<String, Object> asJson(SearchResults results) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("total", results.total());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (Hit hit : results.hits()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", hit.id());
      entry.put("score", hit.score());
      entry.put("title", hit.title());
      entry.put("published", hit.published() == null ? null : hit.published().toString());
      entry.put("source", hit.source());
      entry.put("url", hit.url());
      entry.put("snippet", hit.snippet() == null ? null : snippetJson(hit.snippet()));
      entry.put("duplicates", hit.duplicates().stream().map(Hit::id).toList());
      if (hit.explanation() != null) {
        entry.put("explain", hit.explanation());
      }
      hits.add(entry);
    }
    root.put("hits", hits);
    List<Map<String, Object>> months = new ArrayList<>();
    for (SearchResults.MonthCount month : results.histogram()) {
      months.add(Map.of("month", month.month().toString(), "count", month.count()));
    }
    root.put("histogram", months);
    root.put("intent", results.intent() == null ? null : results.intent().words());
    return root;
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
