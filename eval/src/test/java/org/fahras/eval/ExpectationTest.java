package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectationTest {

  @Test
  void parsesAbsoluteAndRelativeLines() throws EvalFileException {
    List<Expectation> expectations = Expectation.parse("""
        # set        profile  metric   >= value
        arcd-train   light    ndcg@10  >= 0.62

        arcd-train   light    mrr@10   >= none + 0.02   # beats no stemming
        quran-qa     light    p@1      >= none - 0.01
        quran-qa     light    map@100  >= none
        """, "expect.txt");
    assertEquals(List.of(
        new Expectation("arcd-train", "light", "ndcg@10", null, 0.62),
        new Expectation("arcd-train", "light", "mrr@10", "none", 0.02),
        new Expectation("quran-qa", "light", "p@1", "none", -0.01),
        new Expectation("quran-qa", "light", "map@100", "none", 0)), expectations);
    assertFalse(expectations.get(0).isRelative());
    assertTrue(expectations.get(1).isRelative());
  }

  @Test
  void checksAgainstProfileValues() {
    Map<String, Double> mrr = Map.of("light", 0.55, "none", 0.52);
    assertTrue(new Expectation("s", "light", "mrr@10", "none", 0.02).isMetBy(mrr::get)); // 0.55 >= 0.54
    assertFalse(new Expectation("s", "light", "mrr@10", "none", 0.04).isMetBy(mrr::get)); // 0.55 < 0.56
    assertEquals(0.56, new Expectation("s", "light", "mrr@10", "none", 0.04).threshold(mrr::get), 1e-15);
    assertTrue(new Expectation("s", "light", "mrr@10", null, 0.55).isMetBy(mrr::get));
    assertFalse(new Expectation("s", "none", "mrr@10", null, 0.55).isMetBy(mrr::get));
  }

  @Test
  void factorScalesTheOtherProfile() throws EvalFileException {
    Expectation expectation = Expectation.parse("temporal fahras mrr@10 >= fahras-nointent * 1.5", "e.txt").get(0);
    assertEquals(new Expectation("temporal", "fahras", "mrr@10", "fahras-nointent", 1.5, 0), expectation);
    Map<String, Double> mrr = Map.of("fahras", 0.6, "fahras-nointent", 0.4);
    assertEquals(0.6000000000000001, expectation.threshold(mrr::get), 0);
    assertFalse(expectation.isMetBy(mrr::get)); // 0.6 < 0.4 * 1.5 in binary floating point
    assertTrue(expectation.isMetBy(Map.of("fahras", 0.61, "fahras-nointent", 0.4)::get));
  }

  @Test
  void linesRoundTrip() throws EvalFileException {
    for (String line : List.of("s p mrr@10 >= 0.25", "s p mrr@10 >= q", "s p mrr@10 >= q + 0.02",
        "s p mrr@10 >= q - 0.01", "s p mrr@10 >= q * 1.5")) {
      assertEquals(line, Expectation.parse(line, "e.txt").get(0).toLine());
    }
  }

  @Test
  void badLinesNameTheLine() {
    assertEquals("e.txt:2: expected 'set profile metric >= value' or 'set profile metric >= otherProfile"
            + " [+|- margin | * factor]'",
        assertThrows(EvalFileException.class, () -> Expectation.parse("s p p@1 >= 0.1\ns p p@1 > 0.1\n", "e.txt"))
            .getMessage());
    assertEquals("e.txt:1: unknown metric 'ndcg@20' (known: ndcg@10, mrr@10, map@100, recall@100, p@1)",
        assertThrows(EvalFileException.class, () -> Expectation.parse("s p ndcg@20 >= 0.1", "e.txt"))
            .getMessage());
    assertEquals(1, assertThrows(EvalFileException.class,
        () -> Expectation.parse("s p p@1 >= none / 2", "e.txt")).line());
    assertEquals(1, assertThrows(EvalFileException.class,
        () -> Expectation.parse("s p p@1 >= 0.5 * 2", "e.txt")).line());
    assertEquals(1, assertThrows(EvalFileException.class,
        () -> Expectation.parse("s p p@1 >= 0.5 + 0.1", "e.txt")).line());
  }
}
