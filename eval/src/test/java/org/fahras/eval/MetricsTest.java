package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final double EXACT = 1e-12;

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  /** Judgments d1=3, d2=2, d3=0, d4=1, d5=1 (never retrieved): 4 relevant. */
  private static final Map<String, Integer> GRADED = Map.of("d1", 3, "d2", 2, "d3", 0, "d4", 1, "d5", 1);
  /** Ranked: d3 (grade 0), d1 (3), dx (unjudged), d4 (1), d2 (2). */
  private static final List<String> RANKING = List.of("d3", "d1", "dx", "d4", "d2");

  @Test
  void ndcgAt10UsesGradesAsGainAndTheIdealFromTheQrels() {
    // DCG = 3/log2(3) + 1/log2(5) + 2/log2(6) = 1.8927892607 + 0.4306765581 + 0.7737056144 = 3.0971714333
    // ideal order of the judged grades 3,2,1,1: 3/log2(2) + 2/log2(3) + 1/log2(4) + 1/log2(5)
    //   = 3 + 1.2618595071 + 0.5 + 0.4306765581 = 5.1925360652
    // nDCG@10 = 3.0971714333 / 5.1925360652 = 0.5964660417
    double dcg = 3 / log2(3) + 1 / log2(5) + 2 / log2(6);
    double ideal = 3 + 2 / log2(3) + 1 / log2(4) + 1 / log2(5);
    double ndcg = Metrics.score(GRADED, RANKING).ndcgAt10();
    assertEquals(dcg / ideal, ndcg, EXACT);
    assertEquals(0.5964660417101654, ndcg, 1e-12);
  }

  @Test
  void reciprocalRankAveragePrecisionRecallAndPrecisionAtOne() {
    MetricScores scores = Metrics.score(GRADED, RANKING);
    assertEquals(0.5, scores.mrrAt10(), EXACT); // first relevant (d1) at rank 2
    // relevant at ranks 2, 4, 5: precisions 1/2, 2/4, 3/5; (0.5 + 0.5 + 0.6) / 4 relevant (d5 counts) = 0.4
    assertEquals(0.4, scores.mapAt100(), EXACT);
    assertEquals(0.75, scores.recallAt100(), EXACT); // 3 of 4 relevant retrieved
    assertEquals(0.0, scores.precisionAt1(), EXACT); // d3 is judged not relevant
  }

  @Test
  void cutoffsStopAtTenAndAtOneHundred() {
    // a at rank 11, b at rank 101, 119 unjudged fillers elsewhere; 2 relevant.
    List<String> ranking = new ArrayList<>();
    for (int rank = 1; rank <= 120; rank++) {
      ranking.add(rank == 11 ? "a" : rank == 101 ? "b" : "filler" + rank);
    }
    MetricScores scores = Metrics.score(Map.of("a", 1, "b", 1), ranking);
    assertEquals(0.0, scores.ndcgAt10(), EXACT); // nothing relevant in the top 10
    assertEquals(0.0, scores.mrrAt10(), EXACT); // first relevant at 11 > 10
    assertEquals((1.0 / 11) / 2, scores.mapAt100(), EXACT); // b at 101 is past the cut: 0.0454545454
    assertEquals(0.5, scores.recallAt100(), EXACT);
    assertEquals(0.0, scores.precisionAt1(), EXACT);
  }

  @Test
  void perfectRankingScoresOne() {
    MetricScores scores = Metrics.score(Map.of("e1", 1), List.of("e1", "e2"));
    assertEquals(new MetricScores(1, 1, 1, 1, 1), scores);
  }

  @Test
  void evaluatesLikeTrecEvalWithDashC() {
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    judgments.put("q1", GRADED);
    judgments.put("q2", Map.of("e1", 1));
    judgments.put("q3", Map.of("f1", 1, "f2", 0)); // relevant docs, but absent from the run: counts as 0
    judgments.put("q4", Map.of("g1", 0)); // no relevant doc: skipped
    Run.Builder builder = Run.builder("sys");
    double score = 10;
    for (String doc : RANKING) {
      builder.add("q1", doc, score--);
    }
    builder.add("q2", "e1", 1.0).add("q4", "g1", 1.0).add("q9", "e1", 1.0); // q9 is not judged: ignored
    Evaluation evaluation = Metrics.evaluate(Qrels.of(judgments), builder.build());

    assertEquals(3, evaluation.queries());
    assertEquals(List.of("q1", "q2", "q3"), List.copyOf(evaluation.perQuery().keySet()));
    assertEquals(new MetricScores(0, 0, 0, 0, 0), evaluation.perQuery().get("q3"));
    MetricScores mean = evaluation.mean();
    assertEquals((0.5964660417101654 + 1 + 0) / 3, mean.ndcgAt10(), 1e-12);
    assertEquals((0.5 + 1 + 0) / 3, mean.mrrAt10(), EXACT);
    assertEquals((0.4 + 1 + 0) / 3, mean.mapAt100(), EXACT);
    assertEquals((0.75 + 1 + 0) / 3, mean.recallAt100(), EXACT);
    assertEquals(1.0 / 3, mean.precisionAt1(), EXACT);

    Map<String, Object> summary = evaluation.summary();
    assertEquals(List.of("ndcg@10", "mrr@10", "map@100", "recall@100", "p@1", "queries"),
        List.copyOf(summary.keySet()));
    assertEquals(0.5, (double) summary.get("mrr@10"), EXACT);
    assertEquals(3, summary.get("queries"));
  }

  @Test
  void scoresTiesInTrecEvalOrder() {
    // All three tie at 1.0: trec_eval ranks c, b, a (docid descending), so a is third whatever the file order.
    Run run = Run.builder("s").add("q", "a", 1.0).add("q", "b", 1.0).add("q", "c", 1.0).build();
    Evaluation evaluation = Metrics.evaluate(Qrels.of(Map.of("q", Map.of("a", 1))), run);
    assertEquals(1.0 / 3, evaluation.mean().mrrAt10(), EXACT);
    assertEquals(1 / log2(4), evaluation.mean().ndcgAt10(), EXACT); // 1/log2(3+1) = 0.5
  }

  @Test
  void qrelsWithoutAnyRelevantDocumentCannotBeEvaluated() {
    Qrels qrels = Qrels.of(Map.of("q", Map.of("a", 0)));
    assertThrows(IllegalArgumentException.class, () -> Metrics.evaluate(qrels, Run.builder("s").build()));
  }

  @Test
  void metricLabelsRoundTrip() {
    for (Metric metric : Metric.values()) {
      assertEquals(metric, Metric.fromLabel(metric.label()));
    }
    assertEquals("unknown metric 'ndcg' (known: ndcg@10, mrr@10, map@100, recall@100, p@1)",
        assertThrows(IllegalArgumentException.class, () -> Metric.fromLabel("ndcg")).getMessage());
  }
}
