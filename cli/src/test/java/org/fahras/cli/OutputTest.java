package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text for people on a terminal, text for scripts in a pipe: direction marks and bold only on a terminal, ids exactly
 * as stored, counts in good English, and no command that answers with nothing.
 */
class OutputTest {
  /** U+200E/U+200F marks and U+2066..U+2069 isolates: invisible, and never part of an id. */
  private static final Pattern BIDI = Pattern.compile("[\u200E\u200F\u2066-\u2069]");
  private static final String QUERY = "انسحاب قوات التحالف";

  @TempDir Path folder;
  private String index;

  @BeforeEach
  void indexTheSeeds() {
    index = folder.resolve("index").toString();
    Cli.Result indexed = Cli.run("index", "--index", index, Cli.SEEDS.toString());
    assertEquals(FahrasCli.OK, indexed.code(), indexed.err());
  }

  /** What {@code awk 'NR > 1 && $2 == "·" {print $1}'} prints: the id leading each hit's facts line. */
  static List<String> idsAsAwkSeesThem(String out) {
    List<String> ids = new ArrayList<>();
    for (String line : out.split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length > 1 && fields[1].equals("·")) {
        ids.add(fields[0]);
      }
    }
    return ids;
  }

  /** Each hit's snippet text from --json (plain, highlights apart): what a pipe must show, nothing around matches. */
  private List<String> plainSnippets() {
    List<String> snippets = new ArrayList<>();
    try {
      Cli.Result json = Cli.run("search", "--index", index, "--as-of", "2024-10-01", "--json", QUERY);
      for (var hit : new ObjectMapper().readTree(json.out()).get("hits")) {
        var snippet = hit.get("snippet");
        assertTrue(snippet.get("highlights").size() > 0, snippet.toString());
        snippets.add(snippet.get("text").asText());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return snippets;
  }

  @Test
  void pipedSearchIsPlainAndItsIdsDeleteArticles() {
    Cli.Result search = Cli.run("search", "--index", index, "--as-of", "2024-10-01", QUERY);
    assertEquals(FahrasCli.OK, search.code(), search.err());
    assertFalse(BIDI.matcher(search.out()).find(), "no direction marks into a pipe: " + search.out());
    assertFalse(search.out().contains("\u001B"), "no escape codes into a pipe");
    for (String snippet : plainSnippets()) {
      assertTrue(search.out().contains("   " + snippet + "\n"), "the snippet as text, matches unmarked: " + snippet);
    }
    List<String> ids = idsAsAwkSeesThem(search.out());
    assertEquals(4, ids.size(), search.out());

    Cli.Result deleted = Cli.run("delete", "--index", index, ids.get(0));
    assertEquals(FahrasCli.OK, deleted.code(), deleted.err());
    assertEquals("fahras: deleted 1 article; the index holds 4 articles\n", deleted.err());
  }

  @Test
  void aRealPipeGetsPlainText() throws Exception {
    Cli.Result search = Cli.process(folder, "search", "--index", index, "--as-of", "2024-10-01", QUERY);
    assertEquals(FahrasCli.OK, search.code(), search.err());
    assertFalse(BIDI.matcher(search.out()).find(), search.out());
    assertFalse(search.out().contains("\u001B"), search.out());
    assertEquals(4, idsAsAwkSeesThem(search.out()).size(), search.out());
  }

  @Test
  void aTerminalGetsDirectionMarksAndBoldMatches() {
    Cli.Result search = Cli.run(Terminal.ANSI, "search", "--index", index, "--as-of", "2024-10-01", QUERY);
    assertEquals(FahrasCli.OK, search.code(), search.err());
    assertTrue(search.out().contains("\u200F\u20661.\u2069 "), search.out());
    assertTrue(search.out().contains("\u001B[1m"), "matches in bold: " + search.out());
    assertTrue(search.out().contains("\u001B[22m"), search.out());
    for (String snippet : plainSnippets()) {
      assertTrue(search.out().replaceAll("\u001B\\[(1|22)m", "").contains("   " + snippet + "\n"), snippet);
    }

    Cli.Result noColour = Cli.run(new Terminal(true, false), "search", "--index", index, "--as-of", "2024-10-01", QUERY);
    assertTrue(noColour.out().contains("\u200F"), noColour.out());
    assertFalse(noColour.out().contains("\u001B"), noColour.out());
  }

  @Test
  void aRealTerminalGetsDirectionMarks() throws Exception {
    // util-linux 'script' gives the CLI a pseudo-terminal for its standard input and output.
    Path script = Path.of("/usr/bin/script");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script), "needs util-linux script for a terminal");
    StringBuilder command = new StringBuilder();
    for (String arg : Cli.javaCommand("search", "--index", index, "--as-of", "2024-10-01", QUERY)) {
      command.append(command.isEmpty() ? "" : " ").append('\'').append(arg.replace("'", "'\\''")).append('\'');
    }
    ProcessBuilder builder =
        new ProcessBuilder(script.toString(), "-qec", command.toString(), "/dev/null").redirectErrorStream(true);
    builder.environment().put("TERM", "xterm");
    builder.environment().remove("NO_COLOR");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    assertTrue(out.contains("\u200F\u20661.\u2069 "), out);
    assertTrue(out.contains("\u001B[1m"), out);
  }

  @Test
  void aTerminalCopyOfAnIdIsExplainedWhenItDeletesNothing() {
    Cli.Result deleted = Cli.run("delete", "--index", index, "\u2066003_93952b5621d37da0.txt\u2069");
    assertEquals(FahrasCli.OK, deleted.code(), deleted.err());
    assertTrue(deleted.err().startsWith("fahras: deleted 0 articles; the index holds 5 articles\n"), deleted.err());
    assertTrue(deleted.err().contains("invisible direction marks"), deleted.err());
  }

  @Test
  void oneIsSingular() throws IOException {
    Path one = Files.writeString(folder.resolve("one.jsonl"),
        "{\"id\": \"only\", \"title\": \"عنوان\", \"text\": \"نص\"}\n", StandardCharsets.UTF_8);
    String single = folder.resolve("single").toString();
    Cli.Result indexed = Cli.run("index", "--index", single, one.toString());
    assertTrue(indexed.err().contains("indexed 1 article in "), indexed.err());
    assertTrue(indexed.err().endsWith("the index holds 1 article\n"), indexed.err());
    Cli.Result search = Cli.run("search", "--index", single, "--as-of", "2024-10-01", "عنوان");
    assertTrue(search.out().startsWith("1 matching article in 1 story, as of 2024-10-01"), search.out());
    assertEquals("fahras: deleted 1 article; the index holds 0 articles\n",
        Cli.run("delete", "--index", single, "only").err());
  }

  @Test
  void datesSaysWhenItFindsNone() throws Exception {
    Cli.Result none = Cli.run("dates", "--ref", "2024-10-01", "لا", "تاريخ", "هنا");
    assertEquals(FahrasCli.OK, none.code(), none.err());
    assertEquals("no dates found\n", none.out());
    Cli.Result json = Cli.run("dates", "--json", "--ref", "2024-10-01", "لا", "تاريخ", "هنا");
    assertEquals(0, new ObjectMapper().readTree(json.out()).get("mentions").size());

    Cli.Result some = Cli.run("dates", "--ref", "2024-10-01", "بحلول", "أيلول", "2025");
    assertFalse(BIDI.matcher(some.out()).find(), some.out());
    assertTrue(some.out().contains("2025-09"), some.out());
    assertTrue(Cli.run(Terminal.ANSI, "dates", "--ref", "2024-10-01", "بحلول", "أيلول", "2025").out().contains("\u200F"));
  }
}
