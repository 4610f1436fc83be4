package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on a three-document collection, with the stock profiles (their analysis does not change under us). */
class RetrievalEvaluationTest {

  private static final LocalDate AS_OF = LocalDate.of(2019, 1, 1);

  private static final String DOCS = """
      {"id": "d1", "title": "مباراة كرة القدم", "text": "فاز الفريق في مباراة كرة القدم"}
      {"id": "d2", "title": "أسعار النفط", "text": "ارتفعت أسعار النفط اليوم"}
      {"id": "d3", "title": "الطقس", "text": "أمطار غزيرة"}
      not json
      """;

  /** q1 has an unclosed quote, q2 an exclusion and a field, q3 is longer than the parser accepts, q4 finds nothing. */
  private static Queries queries() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("q1", "\"أسعار النفط");
    texts.put("q2", "-مباراة source:كرة");
    texts.put("q3", "أمطار " + "ب".repeat(5_000));
    texts.put("q4", "OR");
    return Queries.of(texts);
  }

  private static Qrels qrels() {
    return Qrels.of(Map.of("q1", Map.of("d2", 1), "q2", Map.of("d1", 1), "q3", Map.of("d3", 1), "q4",
        Map.of("d3", 1)));
  }

  private static EvalSystem system(String name, AnalyzerProfile profile) {
    return new EvalSystem(name, profile, AS_OF, 0, true);
  }

  private static Path docs(Path dir) throws IOException {
    return Files.writeString(dir.resolve("docs.jsonl"), DOCS, StandardCharsets.UTF_8);
  }

  @Test
  void syntaxIsSearchedAsWordsAndAFailingQueryScoresZero(@TempDir Path dir) throws IOException {
    List<String> events = new ArrayList<>();
    EvalReport report = RetrievalEvaluation.builder(queries(), qrels())
        .documents(docs(dir))
        .system(system("arabic", AnalyzerProfile.LUCENE_ARABIC))
        .system(system("standard", AnalyzerProfile.STANDARD))
        .listener(new EvalListener() {
          @Override
          public void indexed(AnalyzerProfile profile, long documents, boolean reused) {
            events.add(profile.id() + " " + documents + " " + reused);
          }

          @Override
          public void rejected(org.fahras.document.Rejection rejection) {
            events.add("rejected line " + rejection.line());
          }

          @Override
          public void queryFailed(String system, String queryId, String problem) {
            events.add(system + " " + queryId + " failed");
          }
        })
        .build()
        .run();
    assertEquals(List.of("rejected line 4", "lucene-arabic 3 false", "arabic q3 failed",
        "rejected line 4", "standard 3 false", "standard q3 failed"), events);
    for (String name : List.of("arabic", "standard")) {
      SystemResult result = report.result(name);
      assertEquals(List.of("d2"), result.run().rankedDocIds("q1"));
      assertEquals(List.of("d1"), result.run().rankedDocIds("q2"));
      assertEquals(List.of(), result.run().rankedDocIds("q3"));
      assertEquals(List.of(), result.run().rankedDocIds("q4"));
      assertEquals(1, result.failedQueries());
      assertEquals(new MetricScores(0.5, 0.5, 0.5, 0.5, 0.5), result.evaluation().mean());
      assertEquals(4, result.evaluation().queries());
    }
    assertEquals(List.of(
        new Comparison("ndcg@10", "arabic", "standard", 0, 4, 0, 0, 1, 1),
        new Comparison("mrr@10", "arabic", "standard", 0, 4, 0, 0, 1, 1),
        new Comparison("map@100", "arabic", "standard", 0, 4, 0, 0, 1, 1),
        new Comparison("recall@100", "arabic", "standard", 0, 4, 0, 0, 1, 1),
        new Comparison("p@1", "arabic", "standard", 0, 4, 0, 0, 1, 1)), report.comparisons());
  }

  @Test
  void reportHasTheJsonShapeAndWritesTrecRuns(@TempDir Path dir) throws IOException {
    EvalReport report = RetrievalEvaluation.builder(queries(), qrels())
        .documents(docs(dir))
        .system(system("standard", AnalyzerProfile.STANDARD))
        .build()
        .run();
    assertEquals("{\"profiles\":{\"standard\":{\"ndcg@10\":0.5,\"mrr@10\":0.5,\"map@100\":0.5,\"recall@100\":0.5,"
        + "\"p@1\":0.5,\"queries\":4}},\"comparisons\":[]}", new ObjectMapper().writeValueAsString(report.toJson()));
    report.writeRuns(dir.resolve("runs"));
    List<String> lines = Files.readAllLines(dir.resolve("runs").resolve("standard.run"), StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).matches("q1 Q0 d2 1 [0-9.E-]+ standard"), lines.get(0));
    assertTrue(lines.get(1).matches("q2 Q0 d1 1 [0-9.E-]+ standard"), lines.get(1));
    assertEquals(report.result("standard").run().entries("q1"), Run.read(dir.resolve("runs/standard.run")).entries("q1"));
    assertEquals("""
        system       ndcg@10     mrr@10    map@100 recall@100        p@1  queries
        standard      0.5000     0.5000     0.5000     0.5000     0.5000        4
        """, report.formatTable());
  }

  @Test
  void keptIndexesAreReused(@TempDir Path dir) throws IOException {
    Path indexes = dir.resolve("indexes");
    List<Boolean> reused = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      RetrievalEvaluation.builder(queries(), qrels())
          .documents(docs(dir))
          .indexDirectory(indexes)
          .system(system("standard", AnalyzerProfile.STANDARD))
          .listener(new EvalListener() {
            @Override
            public void indexed(AnalyzerProfile profile, long documents, boolean wasThere) {
              reused.add(wasThere);
            }
          })
          .build()
          .run();
    }
    assertEquals(List.of(false, true), reused);
    assertTrue(Files.isDirectory(indexes.resolve("standard")));
  }

  @Test
  void systemsTurnIntentOffAndRetrieveTheTop100() {
    SearchRequest off = new EvalSystem("x", AnalyzerProfile.STANDARD, AS_OF, 0, false).request("قطر");
    assertEquals(List.of(0.0, 0.0, 0.0), List.of(off.intentWeight(), off.mentionWeight(), off.recencyHalfLifeDays()));
    assertEquals(100, off.limit());
    assertFalse(off.collapseDuplicates() || off.snippets() || off.requireAllWords());
    SearchRequest on = new EvalSystem("x", AnalyzerProfile.STANDARD, AS_OF, 30, true).request("قطر");
    SearchRequest defaults = SearchRequest.builder("قطر", AS_OF).build();
    assertEquals(
        List.of(defaults.intentWeight(), defaults.mentionWeight(), 30.0),
        List.of(on.intentWeight(), on.mentionWeight(), on.recencyHalfLifeDays()));
    assertTrue(on.intentWeight() > 0 && on.mentionWeight() > 0);
  }

  @Test
  void badSetupsAreRefused() {
    RetrievalEvaluation.Builder noDocs =
        RetrievalEvaluation.builder(queries(), qrels()).system(system("a", AnalyzerProfile.STANDARD));
    assertEquals("no documents to index", assertThrows(IllegalArgumentException.class, noDocs::build).getMessage());
    RetrievalEvaluation.Builder twice = RetrievalEvaluation.builder(queries(), qrels()).documents(List.of())
        .system(system("a", AnalyzerProfile.STANDARD)).system(system("a", AnalyzerProfile.FAHRAS));
    assertEquals("two systems are named 'a'", assertThrows(IllegalArgumentException.class, twice::build).getMessage());
    assertEquals("system name must be non-empty without whitespace: 'a b'", assertThrows(
        IllegalArgumentException.class, () -> system("a b", AnalyzerProfile.STANDARD)).getMessage());
  }
}
