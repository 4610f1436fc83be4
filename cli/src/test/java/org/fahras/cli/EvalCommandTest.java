package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fahras eval} and {@code fahras temporal-set} run in-process (the lead registers them in FahrasCli). */
class EvalCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static Path collection(Path dir) throws IOException {
    Files.writeString(dir.resolve("docs.jsonl"), """
        {"id": "d1", "title": "مباراة كرة القدم", "text": "فاز الفريق في مباراة كرة القدم"}
        {"id": "d2", "title": "أسعار النفط", "text": "ارتفعت أسعار النفط اليوم"}
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("queries.tsv"), "q1\t\"أسعار النفط\nq2\tمباراة\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("qrels.txt"), "q1 0 d2 1\nq2 0 d2 1\n", StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void printsJsonAndWritesTrecRuns(@TempDir Path dir) throws IOException {
    collection(dir);
    int code = run(new EvalCommand(), "--docs", dir.resolve("docs.jsonl").toString(),
        "--queries", dir.resolve("queries.tsv").toString(), "--qrels", dir.resolve("qrels.txt").toString(),
        "--profile", "lucene-arabic,standard", "--as-of", "2019-01-01", "--run-dir", dir.resolve("runs").toString(),
        "--json");
    assertEquals(0, code, err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    List<String> names = new ArrayList<>();
    json.get("profiles").fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("lucene-arabic", "standard"), names);
    JsonNode arabic = json.get("profiles").get("lucene-arabic");
    assertEquals(0.5, arabic.get("mrr@10").asDouble()); // q1 finds d2 first, q2 finds only d1
    assertEquals(2, arabic.get("queries").asInt());
    assertEquals(5, json.get("comparisons").size());
    assertEquals("standard", json.get("comparisons").get(0).get("candidate").asText());
    assertTrue(Files.readString(dir.resolve("runs/standard.run")).startsWith("q1 Q0 d2 1 "));
    assertTrue(Files.exists(dir.resolve("runs/lucene-arabic.run")));
  }

  @Test
  void runsGoToATemporaryFolderUnlessRunsIsGiven(@TempDir Path dir) throws IOException {
    collection(dir);
    Path workingDirectory = Path.of(System.getProperty("user.dir"));
    boolean before = Files.exists(workingDirectory.resolve("eval-runs"));
    int code = run(new EvalCommand(), "--docs", dir.resolve("docs.jsonl").toString(),
        "--queries", dir.resolve("queries.tsv").toString(), "--qrels", dir.resolve("qrels.txt").toString(),
        "--profile", "standard", "--as-of", "2019-01-01");
    assertEquals(0, code, err.toString());
    assertEquals(before, Files.exists(workingDirectory.resolve("eval-runs")), "nothing written to the working folder");
    java.util.regex.Matcher written = java.util.regex.Pattern.compile("runs written to (.+)").matcher(err.toString());
    assertTrue(written.find(), err.toString());
    Path runs = Path.of(written.group(1).strip());
    assertTrue(runs.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), runs.toString());
    assertTrue(Files.exists(runs.resolve("standard.run")), runs.toString());
    try (var files = Files.list(runs)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(runs);

    Path chosen = dir.resolve("my-runs");
    assertEquals(0, run(new EvalCommand(), "--docs", dir.resolve("docs.jsonl").toString(),
        "--queries", dir.resolve("queries.tsv").toString(), "--qrels", dir.resolve("qrels.txt").toString(),
        "--profile", "standard", "--as-of", "2019-01-01", "--runs", chosen.toString()));
    assertTrue(Files.exists(chosen.resolve("standard.run")));
  }

  @Test
  void intentBothAddsANoIntentSystemPerProfile(@TempDir Path dir) throws IOException {
    collection(dir);
    int code = run(new EvalCommand(), "--docs", dir.resolve("docs.jsonl").toString(),
        "--queries", dir.resolve("queries.tsv").toString(), "--qrels", dir.resolve("qrels.txt").toString(),
        "--profile", "standard", "--intent", "both", "--as-of", "2019-01-01", "--run-dir", dir.toString());
    assertEquals(0, code, err.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals("as-of 2019-01-01, recency off, intent both", lines.get(0));
    assertTrue(lines.get(3).startsWith("standard "), out.toString());
    assertTrue(lines.get(4).startsWith("standard-nointent "), out.toString());
  }

  @Test
  void badValuesAreUsageErrors(@TempDir Path dir) throws IOException {
    collection(dir);
    String[] files = {"--docs", dir.resolve("docs.jsonl").toString(), "--queries",
        dir.resolve("queries.tsv").toString(), "--qrels", dir.resolve("qrels.txt").toString()};
    CommandLine commandLine = new CommandLine(new EvalCommand());
    commandLine.setErr(new PrintWriter(err, true));
    assertEquals(2, commandLine.execute("--docs", "x.jsonl")); // missing required options
    for (String[] bad : List.of(new String[] {"--profile", "snowball"}, new String[] {"--intent", "maybe"},
        new String[] {"--as-of", "yesterday"})) {
      String[] args = concat(files, bad);
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> {
            EvalCommand command = new EvalCommand();
            new CommandLine(command).parseArgs(args);
            command.call();
          });
      assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
    }
  }

  @Test
  void temporalSetWritesQueriesAndQrels(@TempDir Path dir) throws IOException {
    // 960 articles over 12 months; 24 title words, each in 40 titles spread over the months (4.2% of the corpus).
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلم";
    StringBuilder corpus = new StringBuilder();
    for (int k = 0; k < 960; k++) {
      String word = "س" + letters.charAt(k % 24) + "م";
      corpus.append(String.format(Locale.ROOT,
          "{\"id\": \"a%03d\", \"title\": \"%s خبر\", \"text\": \"نص\", \"date\": \"2018-%02d-15\"}%n",
          k, word, k / 80 + 1));
    }
    Files.writeString(dir.resolve("corpus.jsonl"), corpus, StandardCharsets.UTF_8);
    int code = run(new TemporalSetCommand(), "--corpus", dir.resolve("corpus.jsonl").toString(),
        "--out", dir.resolve("set").toString(), "--seed", "3", "--queries", "5");
    assertEquals(0, code, err.toString());
    assertEquals("wrote 5 known-item queries from 960 articles to " + dir.resolve("set/queries.tsv") + " and "
        + dir.resolve("set/qrels.txt"), out.toString().strip());
    assertEquals(5, Files.readAllLines(dir.resolve("set/queries.tsv")).size());
    assertEquals(5, Files.readAllLines(dir.resolve("set/qrels.txt")).size());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
