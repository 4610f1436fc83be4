package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What {@code fahras search} prints: pages, totals that say what they count, the days the query's time words meant, a
 * warning when the index is far older than the as-of day, the histogram only when asked, and JSON a script can read.
 */
class SearchOutputTest {
  private static final String QUERY = "انسحاب قوات التحالف";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;
  private static String index;

  @BeforeAll
  static void indexTheSeeds() {
    index = folder.resolve("index").toString();
    Cli.Result indexed = Cli.run("index", "--index", index, Cli.SEEDS.toString());
    assertEquals(FahrasCli.OK, indexed.code(), indexed.err());
  }

  /** {@code fahras search} on the seeds as of 2024-10-01 with {@code args}, as into a pipe; it must succeed. */
  private static Cli.Result search(String... args) {
    List<String> line = new ArrayList<>(List.of("search", "--index", index, "--as-of", "2024-10-01"));
    line.addAll(List.of(args));
    Cli.Result result = Cli.run(line.toArray(String[]::new));
    assertEquals(FahrasCli.OK, result.code(), result.err());
    return result;
  }

  private static JsonNode json(String... args) {
    List<String> line = new ArrayList<>(List.of("--json"));
    line.addAll(List.of(args));
    String out = search(line.toArray(String[]::new)).out();
    assertFalse(out.contains("NaN"), out);
    try {
      return JSON.readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String text) {
    return text.substring(0, text.indexOf('\n'));
  }

  private static List<String> ids(JsonNode results) {
    List<String> ids = new ArrayList<>();
    results.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  @Test
  void pagesFollowEachOther() {
    JsonNode all = json(QUERY);
    JsonNode first = json("--limit", "3", QUERY);
    JsonNode second = json("--limit", "3", "--page", "2", QUERY);
    assertEquals(1, first.get("page").asInt());
    assertTrue(first.get("has_more").asBoolean(), first.toString());
    assertEquals(2, second.get("page").asInt());
    assertFalse(second.get("has_more").asBoolean(), second.toString());
    List<String> both = new ArrayList<>(ids(first));
    both.addAll(ids(second));
    assertEquals(ids(all), both, "page 2 goes on where page 1 stopped, no story twice");
    assertEquals(all.get("total"), second.get("total"));

    assertEquals("5 matching articles in 4 stories, as of 2024-10-01; more: --page 2",
        firstLine(search("--limit", "3", QUERY).out()));
    String page2 = search("--limit", "3", "--page", "2", QUERY).out();
    assertEquals("5 matching articles in 4 stories, as of 2024-10-01; page 2, the last", firstLine(page2));
    assertTrue(page2.contains("\n4. "), "ranks go on from page 1: " + page2);
    assertEquals("5 matching articles in 4 stories, as of 2024-10-01; page 2; more: --page 3",
        firstLine(search("--limit", "1", "--page", "2", QUERY).out()));
    Cli.Result past = search("--limit", "3", "--page", "3", QUERY);
    assertEquals("5 matching articles in 4 stories, as of 2024-10-01; page 3 is past the end; the last is --page 2",
        firstLine(past.out()));
    assertEquals(List.of(), OutputTest.idsAsAwkSeesThem(past.out()));
  }

  @Test
  void copiesLeftUnlistedAreCountedInTextAndJson() {
    JsonNode listed = json(QUERY);
    JsonNode counted = json("--copies", "0", QUERY);
    int folded = 0;
    for (int i = 0; i < listed.get("hits").size(); i++) {
      JsonNode hit = counted.get("hits").get(i);
      assertEquals(0, hit.get("duplicates").size(), hit.toString());
      assertEquals(listed.get("hits").get(i).get("duplicates").size(), hit.get("duplicate_count").asInt());
      folded += hit.get("duplicate_count").asInt();
    }
    assertTrue(folded > 0, "a story with a copy: " + listed);
    String text = search("--copies", "0", QUERY).out();
    assertTrue(text.contains("↳ +1 (نسخة مشابهة أخرى; --copies 1)"), text);
    assertFalse(search(QUERY).out().contains("↳ +"), "every copy listed by default");
    Cli.Result negative = Cli.run("search", "--index", index, "--copies", "-1", QUERY);
    assertEquals(FahrasCli.USAGE, negative.code(), negative.err());
    assertTrue(negative.err().contains("--copies"), negative.err());
  }

  @Test
  void aPageOutOfRangeIsBadUsageNamingTheOptions() {
    Cli.Result zero = Cli.run("search", "--index", index, "--page", "0", QUERY);
    assertEquals(FahrasCli.USAGE, zero.code(), zero.err());
    assertTrue(zero.err().contains("--page"), zero.err());
    Cli.Result deep = Cli.run("search", "--index", index, "--page", "2000", QUERY);
    assertEquals(FahrasCli.USAGE, deep.code(), deep.err());
    assertTrue(deep.err().contains("--page") && deep.err().contains("--limit"), deep.err());
  }

  @Test
  void theHistogramIsAskedForAndShownOnlyWithTheOption() throws Exception {
    assertFalse(request().histogram(), "a search without --histogram does not visit every match");
    assertTrue(request("--histogram").histogram());

    assertFalse(json(QUERY).has("histogram"), json(QUERY).toString());
    assertFalse(search(QUERY).out().contains("by month"), search(QUERY).out());

    JsonNode asked = json("--histogram", QUERY);
    long dated = 0;
    for (JsonNode month : asked.get("histogram")) {
      assertTrue(month.get("month").asText().matches("\\d{4}-\\d{2}"), month.toString());
      dated += month.get("count").asLong();
    }
    assertEquals(4, dated, "the seeds have four dated articles that match: " + asked.get("histogram"));
    assertTrue(asked.get("total_is_exact").asBoolean());
    String text = search("--histogram", QUERY).out();
    assertTrue(text.contains("\nby month:\n  2021-06  1\n  2024-08  1\n  2024-09  2\n  undated  1\n"), text);
  }

  /** The request {@code search} would send for {@code options} and a query, as of 2024-10-01. */
  private static org.fahras.search.SearchRequest request(String... options) {
    SearchCommand command = new SearchCommand();
    List<String> args = new ArrayList<>(List.of(options));
    args.add(QUERY);
    new CommandLine(command).parseArgs(args.toArray(String[]::new));
    return command.request(LocalDate.of(2024, 10, 1));
  }

  @Test
  void totalsSayHowManyStoriesAndGrammarHolds() throws IOException {
    assertTrue(search(QUERY).out().startsWith("5 matching articles in 4 stories, as of 2024-10-01\n"), search(QUERY).out());
    JsonNode results = json(QUERY);
    assertEquals(5, results.get("total").asInt());
    assertTrue(results.get("total_is_exact").asBoolean());
    assertEquals(4, results.get("stories").asInt());

    assertTrue(search("--no-collapse", QUERY).out().startsWith("5 matching articles, as of 2024-10-01\n"));
    assertTrue(json("--no-collapse", QUERY).get("stories").isNull());

    String pair = search("\"أربيل\"").out();
    assertTrue(pair.startsWith("2 matching articles in 1 story, as of 2024-10-01\n"), pair);
    Path one = Files.writeString(folder.resolve("one.jsonl"),
        "{\"id\": \"only\", \"title\": \"عنوان\", \"text\": \"نص\"}\n", StandardCharsets.UTF_8);
    String single = folder.resolve("single").toString();
    assertEquals(FahrasCli.OK, Cli.run("index", "--index", single, one.toString()).code());
    Cli.Result lone = Cli.run("search", "--index", single, "--as-of", "2024-10-01", "عنوان");
    assertTrue(lone.out().startsWith("1 matching article in 1 story, as of 2024-10-01\n"), lone.out());
  }

  @Test
  void aTotalThatIsALowerBoundSaysSo() throws IOException {
    Path articles = Cli.goodArticles(folder.resolve("many.jsonl"), 3_000);
    String many = folder.resolve("many").toString();
    assertEquals(FahrasCli.OK, Cli.run("index", "--index", many, articles.toString()).code());
    Cli.Result json = Cli.run("search", "--index", many, "--as-of", "2024-10-01", "--json", "--no-collapse",
        "--limit", "1", "الحكومة خطة");
    JsonNode results = JSON.readTree(json.out());
    assertFalse(results.get("total_is_exact").asBoolean(), "top-k skipping stopped counting: " + results);
    assertTrue(results.get("total").asLong() < 3_000, results.toString());
    Cli.Result text = Cli.run("search", "--index", many, "--as-of", "2024-10-01", "--no-collapse", "--limit", "1",
        "الحكومة خطة");
    assertTrue(text.out().startsWith("≥ " + results.get("total").asLong() + " matching articles, as of"), text.out());

    Cli.Result counted = Cli.run("search", "--index", many, "--as-of", "2024-10-01", "--json", "--no-collapse",
        "--limit", "1", "--histogram", "الحكومة خطة");
    assertEquals(3_000, JSON.readTree(counted.out()).get("total").asLong(), "the histogram counts every match");
    assertTrue(JSON.readTree(counted.out()).get("total_is_exact").asBoolean());
  }

  @Test
  void theHeaderShowsTheDaysTheTimeWordsResolvedTo() {
    String query = "انسحاب القوات سبتمبر ٢٠٢٥";
    List<String> lines = search(query).out().lines().toList();
    assertEquals("time: سبتمبر ٢٠٢٥ → 2025-09-01 … 2025-09-30", lines.get(1), String.join("\n", lines));
    JsonNode intent = json(query).get("intent");
    assertEquals("سبتمبر ٢٠٢٥", intent.get("words").asText());
    assertEquals("2025-09-01", intent.get("first").asText());
    assertEquals("2025-09-30", intent.get("last").asText());

    assertFalse(search(QUERY).out().contains("time:"), "no time words, no time line");
    assertTrue(json(QUERY).get("intent").isNull());

    String yesterday = search("قوات أمس").out();
    assertTrue(yesterday.contains("\ntime: أمس → 2024-09-30\n"), yesterday);
  }

  @Test
  void anIndexFarOlderThanTheAsOfDayIsSaidToBe() {
    Cli.Result late = Cli.run("search", "--index", index, "--as-of", "2025-10-01", QUERY);
    assertEquals(FahrasCli.OK, late.code(), late.err());
    assertTrue(late.out().contains("\nthe newest article is from 2024-09-24, 372 days before the as-of day 2025-10-01;"
        + " recency is measured from the as-of day (--as-of)\n"), late.out());
    assertFalse(search(QUERY).out().contains("newest article"), "2024-09-24 is a week before 2024-10-01");
    Cli.Result half = Cli.run("search", "--index", index, "--as-of", "2025-03-23", QUERY);
    assertFalse(half.out().contains("newest article"), "180 days is not far: " + half.out());
  }

  @Test
  void jsonUnderSortByDateHasNumbersForScores() {
    for (String[] args : List.of(new String[] {"الحوار الأمني sort:date"},
        new String[] {"--explain", "الحوار الأمني sort:date"}, new String[] {"--recency", "0", "الحوار الأمني"})) {
      JsonNode results = json(args);
      assertTrue(results.get("hits").size() > 0, results.toString());
      for (JsonNode hit : results.get("hits")) {
        assertTrue(hit.get("score").isNumber(), hit.toString());
        if (hit.has("explain")) {
          hit.get("explain").forEach(part -> assertTrue(part.isNumber(), hit.toString()));
        }
      }
    }
  }

  @Test
  void jsonHitsCarrySnippetSpansAndTheirCopies() {
    JsonNode results = json(QUERY);
    assertEquals(1, results.get("page").asInt());
    assertFalse(results.get("has_more").asBoolean());
    JsonNode pair = null;
    for (JsonNode hit : results.get("hits")) {
      String text = hit.get("snippet").get("text").asText();
      assertTrue(hit.get("snippet").get("highlights").size() > 0, hit.toString());
      for (JsonNode span : hit.get("snippet").get("highlights")) {
        assertEquals(2, span.size());
        assertTrue(0 <= span.get(0).asInt() && span.get(0).asInt() < span.get(1).asInt()
            && span.get(1).asInt() <= text.length(), span.toString());
      }
      if (hit.get("duplicates").size() > 0) {
        pair = hit;
      }
    }
    assertTrue(pair != null, "the syndicated pair folds: " + results);
    JsonNode copy = pair.get("duplicates").get(0);
    Set<String> fields = new HashSet<>();
    copy.fieldNames().forEachRemaining(fields::add);
    assertEquals(Set.of("id", "title", "published", "source"), fields);
    assertEquals(1, pair.get("duplicate_count").asInt());
    assertTrue(Set.of("000_87a3e13852868658.txt", "002_bc552f09e0fe5583.txt").contains(copy.get("id").asText()));
    assertFalse(copy.get("title").asText().isEmpty(), copy.toString());
  }

  @Test
  void theTerminalBoldsExactlyTheHighlightedSpansAndAPipeNothing() {
    List<String> highlighted = new ArrayList<>();
    for (JsonNode hit : json(QUERY).get("hits")) {
      String text = hit.get("snippet").get("text").asText();
      hit.get("snippet").get("highlights").forEach(span ->
          highlighted.add(text.substring(span.get(0).asInt(), span.get(1).asInt())));
    }
    Cli.Result terminal = Cli.run(Terminal.ANSI, "search", "--index", index, "--as-of", "2024-10-01", QUERY);
    List<String> bold = new ArrayList<>();
    Matcher matcher = Pattern.compile("\u001B\\[1m(.*?)\u001B\\[22m").matcher(terminal.out());
    while (matcher.find()) {
      bold.add(matcher.group(1));
    }
    assertEquals(highlighted, bold);
    assertFalse(search(QUERY).out().contains("\u001B"));
  }

  @Test
  void theReadmeExampleIsWhatSearchPrints() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String command = "$ ./fahras search --as-of 2025-10-01 --limit 1 --page 2 --histogram \"انسحاب القوات سبتمبر ٢٠٢٥\" | cat\n";
    int start = readme.indexOf("```text\n" + command);
    assertTrue(start >= 0, "the README shows: " + command);
    int from = start + "```text\n".length() + command.length();
    String shown = readme.substring(from, readme.indexOf("```", from));
    Cli.Result printed = Cli.run("search", "--index", index, "--as-of", "2025-10-01", "--limit", "1", "--page", "2",
        "--histogram", "انسحاب القوات سبتمبر ٢٠٢٥");
    assertEquals(shown, printed.out());
  }

  @Test
  void helpAndReadmeDescribeTheJsonShape() throws IOException {
    String help = Cli.run("search", "--help").out().replaceAll("\\s+", " ");
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    for (String part : List.of("total_is_exact", "has_more", "stories", "intent: {words, first, last}",
        "snippet: {text, highlights: [[start, end], …]}", "duplicates: [{id, title, published, source}]",
        "histogram: [{month, count}]")) {
      assertTrue(help.contains(part), part + " in: " + help);
      assertTrue(readme.contains(part), part + " in the README");
    }
    assertTrue(help.contains("--page=N"), help);
    assertTrue(help.contains("--histogram"), help);
  }
}
