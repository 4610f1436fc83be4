package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QrelsTest {

  private static Qrels parse(String text) throws IOException {
    return Qrels.read(new BufferedReader(new StringReader(text)), "test.qrels");
  }

  @Test
  void readsGradedJudgmentsSkippingBlankLines() throws IOException {
    Qrels qrels = parse("q1 0 d1 2\n\n  q1 0 d2 0\nq2\t0\td9  1  \n   \nq1 0 d3 -1\n");
    assertEquals(List.of("q1", "q2"), List.copyOf(qrels.queryIds()));
    assertEquals(Map.of("d1", 2, "d2", 0, "d3", -1), qrels.judgments("q1"));
    assertEquals(1, qrels.relevantCount("q1")); // d2 (0) and d3 (-1) are not relevant
    assertEquals(2, qrels.grade("q1", "d1"));
    assertEquals(0, qrels.grade("q1", "unjudged"));
    assertEquals(Map.of(), qrels.judgments("q404"));
    assertEquals(2, qrels.size());
    assertEquals(4, qrels.judgmentCount());
  }

  @Test
  void wrongFieldCountNamesFileAndLine() {
    EvalFileException e = assertThrows(EvalFileException.class, () -> parse("q1 0 d1 1\n\nq1 0 d2\n"));
    assertEquals("test.qrels", e.source());
    assertEquals(3, e.line());
    assertEquals("test.qrels:3: expected 4 fields 'qid iter docid relevance', found 3", e.getMessage());
  }

  @Test
  void nonIntegerGradeIsAnError() {
    EvalFileException e = assertThrows(EvalFileException.class, () -> parse("q1 0 d1 1\nq1 0 d2 high\n"));
    assertEquals("test.qrels:2: relevance is not an integer: 'high'", e.getMessage());
  }

  @Test
  void sameDocumentJudgedTwiceIsAnError() {
    EvalFileException e = assertThrows(EvalFileException.class, () -> parse("q1 0 d1 1\nq2 0 d1 1\nq1 0 d1 0\n"));
    assertEquals(3, e.line());
  }

  @Test
  void writesWhatItReads() throws IOException {
    String text = "q1 0 d1 2\nq1 0 d2 0\nq2 0 d9 1\n";
    StringWriter out = new StringWriter();
    parse(text).write(out);
    assertEquals(text, out.toString());
  }
}
