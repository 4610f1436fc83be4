package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fahras.analysis.AnalyzerProfile;
import org.junit.jupiter.api.Test;

/** Reading gate files; running them on the shared data is {@link QualityGateTest}. */
class QualityGateFileTest {

  private static final String GATE = """
      # a comment
      set small docs=d.jsonl queries=q.tsv qrels=r.txt as-of=2019-01-01   # recency defaults to off
      system small base profile=lucene-arabic
      system small cand profile=fahras intent=off
      set gen corpus=c.jsonl.gz seed=7 size=20 as-of=2018-06-30 recency=30
      system gen fahras profile=fahras
      system gen fahras-nointent profile=fahras intent=off
      expect small cand mrr@10 >= base + 0.02
      expect gen fahras mrr@10 >= fahras-nointent * 1.5
      """;

  @Test
  void readsSetsSystemsAndExpectations() throws EvalFileException {
    QualityGate gate = QualityGate.parse(GATE, "g.txt");
    LocalDate asOf = LocalDate.of(2019, 1, 1);
    assertEquals(List.of(
        new GateSet("small", Path.of("d.jsonl"), Path.of("q.tsv"), Path.of("r.txt"), null, 0, 0, List.of(
            new EvalSystem("base", AnalyzerProfile.LUCENE_ARABIC, asOf, 0, true),
            new EvalSystem("cand", AnalyzerProfile.FAHRAS, asOf, 0, false))),
        new GateSet("gen", null, null, null, Path.of("c.jsonl.gz"), 7, 20, List.of(
            new EvalSystem("fahras", AnalyzerProfile.FAHRAS, LocalDate.of(2018, 6, 30), 30, true),
            new EvalSystem("fahras-nointent", AnalyzerProfile.FAHRAS, LocalDate.of(2018, 6, 30), 30, false)))),
        gate.sets());
    assertFalse(gate.sets().get(0).isGenerated());
    assertTrue(gate.sets().get(1).isGenerated());
    assertEquals(List.of(
        new Expectation("small", "cand", "mrr@10", "base", 0.02),
        new Expectation("gen", "fahras", "mrr@10", "fahras-nointent", 1.5, 0)), gate.expectations());
  }

  @Test
  void theProjectGateReads() throws IOException {
    QualityGate gate = QualityGate.readDefault();
    assertEquals(List.of("arcd-train", "quran-qa-2023", "temporal"), gate.sets().stream().map(GateSet::name).toList());
    assertEquals(List.of("lucene-arabic", "standard", "fahras", "fahras-nointent", "lucene-arabic-nointent",
            "standard-nointent"),
        gate.sets().get(2).systems().stream().map(EvalSystem::name).toList());
    assertEquals(new Expectation("temporal", "fahras", "mrr@10", "fahras-nointent", 1.5, 0),
        gate.expectations().get(2));
  }

  @Test
  void mistakesNameTheLine() {
    assertEquals("g.txt:1: missing as-of=", message("set s docs=a queries=b qrels=c"));
    assertEquals("g.txt:1: set s: give either docs=, queries= and qrels=, or corpus= (a generated known-item set)",
        message("set s docs=a queries=b as-of=2019-01-01"));
    assertEquals("g.txt:1: expected key=value with a key among [docs, queries, qrels, corpus, seed, size, as-of,"
        + " recency], found 'speed=3'", message("set s corpus=c seed=1 size=2 as-of=2019-01-01 speed=3"));
    assertEquals("g.txt:1: missing seed=", message("set s corpus=c size=2 as-of=2019-01-01"));
    assertEquals("g.txt:1: set 's' is not declared before", message("system s a profile=fahras"));
    String set = "set s docs=a queries=b qrels=c as-of=2019-01-01\n";
    assertEquals("g.txt:2: unknown analyzer profile 'snowball'; choose one of standard, lucene-arabic, fahras,"
        + " fahras-lean",
        message(set + "system s a profile=snowball"));
    assertEquals("g.txt:2: a system needs profile=PROFILE and intent=on or intent=off",
        message(set + "system s a profile=fahras intent=maybe"));
    assertEquals("g.txt:3: system 'a' declared twice in set 's'",
        message(set + "system s a profile=fahras\nsystem s a profile=standard"));
    assertEquals("g.txt:3: no system 'b' declared in set 's'",
        message(set + "system s a profile=fahras\nexpect s a mrr@10 >= b"));
    assertEquals("g.txt:1: set 's' has no system", message(set));
    assertEquals("g.txt:1: a statement starts with 'set', 'system' or 'expect', not 'sets'", message("sets x"));
  }

  @Test
  void checksSayWhatWasMeasuredAgainstWhat() {
    Expectation expectation = new Expectation("arcd-train", "fahras", "mrr@10", "lucene-arabic", 0.02);
    assertEquals("FAIL  arcd-train fahras mrr@10 >= lucene-arabic + 0.02: 0.7416 < 0.8247",
        new ExpectationCheck(expectation, 0.74159, 0.82468).describe());
    assertEquals("ok    arcd-train fahras mrr@10 >= lucene-arabic + 0.02: 0.8300 >= 0.8247",
        new ExpectationCheck(expectation, 0.83, 0.82468).describe());
    GateResult result = new GateResult(java.util.Map.of(), List.of(new ExpectationCheck(expectation, 0.83, 0.8),
        new ExpectationCheck(expectation, 0.7, 0.8)));
    assertEquals(List.of(new ExpectationCheck(expectation, 0.7, 0.8)), result.failures());
  }

  private static String message(String content) {
    return assertThrows(EvalFileException.class, () -> QualityGate.parse(content, "g.txt")).getMessage();
  }
}
