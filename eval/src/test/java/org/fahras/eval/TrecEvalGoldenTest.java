package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Pins the metrics to trec_eval's own output. The fixture in {@code trec-eval-golden/} is synthetic (24 queries,
 * graded 0–3, many score ties, 4 queries missing from the run, 4 whose judgments are all 0, one with 110 relevant
 * documents and 120 retrieved). {@code trec_eval-c-q.txt} is the output of trec_eval 10.0-rc3 (usnistgov/trec_eval,
 * commit f425365, built with its "%6.4f" print format widened to "%.12f"):
 *
 * <pre>trec_eval -c -q -m ndcg_cut.10 -m map_cut.100 -m recall.100 -m P.1 -m recip_rank qrels.txt run.txt</pre>
 */
class TrecEvalGoldenTest {

  private static final double PRINTED = 1e-11;

  private static BufferedReader resource(String name) {
    return new BufferedReader(new InputStreamReader(
        TrecEvalGoldenTest.class.getResourceAsStream("trec-eval-golden/" + name), StandardCharsets.UTF_8));
  }

  /** trec_eval's lines {@code measure qid value}, as measure → qid → value. */
  private static Map<String, Map<String, Double>> trecEvalOutput() throws IOException {
    Map<String, Map<String, Double>> values = new HashMap<>();
    try (BufferedReader reader = resource("trec_eval-c-q.txt")) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.strip().split("\\s+");
        values.computeIfAbsent(fields[0], measure -> new HashMap<>()).put(fields[1], Double.parseDouble(fields[2]));
      }
    }
    return values;
  }

  private static Evaluation evaluate() throws IOException {
    try (BufferedReader qrels = resource("qrels.txt"); BufferedReader run = resource("run.txt")) {
      return Metrics.evaluate(Qrels.read(qrels, "qrels.txt"), Run.read(run, "run.txt"));
    }
  }

  @Test
  void everyQueryMatchesTrecEval() throws IOException {
    Map<String, Map<String, Double>> expected = trecEvalOutput();
    Evaluation evaluation = evaluate();
    for (Map.Entry<String, MetricScores> query : evaluation.perQuery().entrySet()) {
      String id = query.getKey();
      MetricScores scores = query.getValue();
      assertEquals(expected.get("ndcg_cut_10").get(id), scores.ndcgAt10(), PRINTED, id);
      assertEquals(expected.get("map_cut_100").get(id), scores.mapAt100(), PRINTED, id);
      assertEquals(expected.get("recall_100").get(id), scores.recallAt100(), PRINTED, id);
      assertEquals(expected.get("P_1").get(id), scores.precisionAt1(), PRINTED, id);
      // trec_eval's recip_rank has no cut-off: MRR@10 equals it when the first relevant document is in the top 10.
      double reciprocalRank = expected.get("recip_rank").get(id);
      assertEquals(reciprocalRank >= 0.1 ? reciprocalRank : 0, scores.mrrAt10(), PRINTED, id);
    }
  }

  @Test
  void onlyDifferenceIsSkippingQueriesWithoutRelevantDocuments() throws IOException {
    Map<String, Map<String, Double>> expected = trecEvalOutput();
    Evaluation evaluation = evaluate();
    Set<String> skipped = new TreeSet<>(expected.get("P_1").keySet());
    skipped.remove("all");
    skipped.removeAll(evaluation.perQuery().keySet());
    assertEquals(Set.of("q00", "q09", "q18", "q23"), skipped);
    assertEquals(20, evaluation.queries());
    // trec_eval -c averages over all 24 judged queries, the 4 skipped ones contributing 0.
    assertEquals(expected.get("ndcg_cut_10").get("all") * 24 / 20, evaluation.mean().ndcgAt10(), 1e-10);
    assertEquals(expected.get("map_cut_100").get("all") * 24 / 20, evaluation.mean().mapAt100(), 1e-10);
    assertEquals(expected.get("recall_100").get("all") * 24 / 20, evaluation.mean().recallAt100(), 1e-10);
    assertEquals(expected.get("P_1").get("all") * 24 / 20, evaluation.mean().precisionAt1(), 1e-10);
  }
}
