package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTest {

  private static Run parse(String text) throws IOException {
    return Run.read(new BufferedReader(new StringReader(text)), "test.run");
  }

  @Test
  void ordersLikeTrecEvalScoreDescendingThenDocIdDescending() throws IOException {
    // The rank column is ignored, as trec_eval ignores it: only score, then docid (reverse strcmp), decide.
    Run run = parse("""
        q1 Q0 a 1 1.0 sys
        q1 Q0 b 2 1.0 sys
        q1 Q0 low 3 0.5 sys
        q1 Q0 top 4 2.0 sys
        q1 Q0 c 5 1.0 sys
        """);
    assertEquals(List.of("top", "c", "b", "a", "low"), run.rankedDocIds("q1"));
    assertEquals(new RunEntry("a", 1, 1.0), run.entries("q1").get(0)); // file order kept as read
    assertEquals("sys", run.tag());
  }

  @Test
  void tieBreakComparesCodePointsLikeStrcmpOnUtf8() {
    // U+1F600 > U+FFFD as code points (and UTF-8 bytes); Java's UTF-16 compareTo would say the opposite.
    Run run = Run.builder("s").add("q", "x\uFFFD", 1.0).add("q", "x\uD83D\uDE00", 1.0).build();
    assertEquals(List.of("x\uD83D\uDE00", "x\uFFFD"), run.rankedDocIds("q"));
  }

  @Test
  void builderNumbersRanksPerQuery() {
    Run run = Run.builder("bm25").add("q1", "d1", 3.5).add("q2", "d7", 1.25).add("q1", "d2", 2.0).build();
    assertEquals(List.of(new RunEntry("d1", 1, 3.5), new RunEntry("d2", 2, 2.0)), run.entries("q1"));
    assertEquals(List.of(new RunEntry("d7", 1, 1.25)), run.entries("q2"));
    assertEquals(List.of(), run.rankedDocIds("q3"));
    assertEquals(2, run.size());
  }

  @Test
  void roundTripsThroughAFileExactly(@TempDir Path dir) throws IOException {
    Run run = Run.builder("fahras-light")
        .add("q1", "doc-1", 12.345678901234)
        .add("q1", "doc-2", 1.0E-5)
        .add("q1", "doc-3", 1.0E-5)
        .add("q2", "مقال-٣", -0.5)
        .build();
    Path file = dir.resolve("run.txt");
    run.write(file);
    assertEquals("""
        q1 Q0 doc-1 1 12.345678901234 fahras-light
        q1 Q0 doc-2 2 1.0E-5 fahras-light
        q1 Q0 doc-3 3 1.0E-5 fahras-light
        q2 Q0 مقال-٣ 1 -0.5 fahras-light
        """, Files.readString(file));
    Run back = Run.read(file);
    assertEquals(run.entries("q1"), back.entries("q1"));
    assertEquals(run.entries("q2"), back.entries("q2"));
    assertEquals(List.of("doc-1", "doc-3", "doc-2"), back.rankedDocIds("q1"));
    StringWriter again = new StringWriter();
    back.write(again);
    assertEquals(Files.readString(file), again.toString());
  }

  @Test
  void malformedLinesNameFileAndLine() {
    assertEquals("test.run:2: expected 6 fields 'qid Q0 docid rank score tag', found 5",
        assertThrows(EvalFileException.class, () -> parse("q1 Q0 d1 1 2.0 s\nq1 Q0 d2 2 1.0\n")).getMessage());
    assertEquals("test.run:1: rank must be an integer and score a number: '1' 'high'",
        assertThrows(EvalFileException.class, () -> parse("q1 Q0 d1 1 high s\n")).getMessage());
    assertEquals("test.run:3: document 'd1' retrieved twice for query 'q1'",
        assertThrows(EvalFileException.class,
            () -> parse("q1 Q0 d1 1 2.0 s\n\nq1 Q0 d1 2 1.0 s\n")).getMessage());
    assertEquals("test.run:1: score must be finite: NaN",
        assertThrows(EvalFileException.class, () -> parse("q1 Q0 d1 1 NaN s\n")).getMessage());
  }

  @Test
  void builderRejectsIdsThatWouldBreakTheFormat() {
    assertThrows(IllegalArgumentException.class, () -> Run.builder("s").add("q 1", "d", 1));
    assertThrows(IllegalArgumentException.class, () -> Run.builder("my run"));
  }
}
