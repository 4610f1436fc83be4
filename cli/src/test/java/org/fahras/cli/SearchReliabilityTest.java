package org.fahras.cli;

import org.fahras.search.SearchRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fahras search} with hostile queries: it answers (exit 0) or prints the syntax problem with its position and
 * exits 2, never 1 and never a stack trace.
 */
class SearchReliabilityTest {
  private static final String[] PIECES = {
    "قوات", "التحالف", "\"", "(", ")", "-", "OR", "after:", "before:", "source:", "sort:", "foo:", "2024-13-45",
    "أيلول 2025", "الشهر الماضي", "\u064E\u064F\u0650", "في", "من", "\uD83D\uDE00", "\uD800", "\u0000", "١٩١٩",
    "after:99999", "before:2024-02-30", "sort:sideways", "-\"", "a,b,c,d", ":", "::", "\\", "*", "~"
  };

  @TempDir Path folder;

  @Test
  void hostileQueriesAnswerOrExitTwoWithThePosition() {
    String index = folder.resolve("index").toString();
    IndexReliabilityTest.Result indexed = IndexReliabilityTest.run("index", "--index", index, Path.of("..", "seeds").toString());
    assertEquals(FahrasCli.OK, indexed.code(), indexed.err());

    List<String> queries = new ArrayList<>(List.of(
        "قوات \"التحالف",
        "unknown:field",
        "after:2024-13-45",
        "في من على",
        "\u064E\u064F\u0650\u0651",
        "2024-13-45 سبتمبر 999999999",
        "ب".repeat(SearchRequest.MAX_QUERY_CHARS + 1),
        "قوات ".repeat(SearchRequest.MAX_QUERY_WORDS + 1),
        "قوات,".repeat(600),
        "-قوات ".repeat(300)));
    Random random = new Random(20241001);
    for (int n = 0; n < 300; n++) {
      StringBuilder query = new StringBuilder();
      for (int piece = 0, pieces = 1 + random.nextInt(8); piece < pieces; piece++) {
        query.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
      }
      queries.add(query.toString());
    }
    int usage = 0;
    for (String query : queries) {
      IndexReliabilityTest.Result result =
          IndexReliabilityTest.run("search", "--index", index, "--as-of", "2024-10-01", "--json", "--", query);
      IndexReliabilityTest.assertNoStackTrace(result);
      if (result.code() == FahrasCli.USAGE) {
        usage++;
        assertTrue(result.err().matches("(?s)fahras: .*\\(at position \\d+\\)\\s*"), result.err());
      } else {
        assertEquals(FahrasCli.OK, result.code(), query + " → " + result.err());
      }
    }
    assertTrue(usage >= 8 && usage < queries.size(), "usage errors: " + usage);
  }

  @Test
  void exclusionsWorkWithOrWithoutTheEndOfOptions() {
    String index = folder.resolve("index").toString();
    IndexReliabilityTest.run("index", "--index", index, Path.of("..", "seeds").toString());
    IndexReliabilityTest.Result typed =
        IndexReliabilityTest.run("search", "--index", index, "--as-of", "2024-10-01", "قوات", "-التحالف");
    assertEquals(FahrasCli.OK, typed.code(), typed.err());
    IndexReliabilityTest.Result ended =
        IndexReliabilityTest.run("search", "--index", index, "--as-of", "2024-10-01", "--", "قوات", "-التحالف");
    assertEquals(FahrasCli.OK, ended.code(), ended.err());
    assertEquals(typed.out(), ended.out());
    IndexReliabilityTest.Result help = IndexReliabilityTest.run("search", "--help");
    assertTrue(
        help.out().replaceAll("\\s+", " ").contains("Limits: at most " + SearchRequest.MAX_QUERY_CHARS + " characters and " + SearchRequest.MAX_QUERY_WORDS + " words"),
        help.out());
  }

}
