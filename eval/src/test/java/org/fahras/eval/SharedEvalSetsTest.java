package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.fahras.document.SharedData;
import org.junit.jupiter.api.Test;

/** Reads the evaluation sets under the shared data folder (system property {@code fahras.shared}). */
class SharedEvalSetsTest {

  private static Path evalSet(String name) {
    return SharedData.require("eval/" + name);
  }

  /** A run that ranks exactly the relevant documents, best grade first: every metric must be 1. */
  private static Run oracle(Qrels qrels) {
    Run.Builder builder = Run.builder("oracle");
    for (String queryId : qrels.queryIds()) {
      for (Map.Entry<String, Integer> judgment : qrels.judgments(queryId).entrySet()) {
        if (judgment.getValue() > 0) {
          builder.add(queryId, judgment.getKey(), judgment.getValue());
        }
      }
    }
    return builder.build();
  }

  @Test
  void arcdTrainHasOneJudgmentPerQuery() throws IOException {
    Path dir = evalSet("arcd-train");
    Queries queries = Queries.read(dir.resolve("queries.tsv"));
    Qrels qrels = Qrels.read(dir.resolve("qrels.txt"));
    assertEquals(693, queries.size());
    assertEquals(693, qrels.size());
    assertEquals(693, qrels.judgmentCount());
    assertEquals(queries.ids(), qrels.queryIds());
    Evaluation perfect = Metrics.evaluate(qrels, oracle(qrels));
    assertEquals(693, perfect.queries());
    assertEquals(new MetricScores(1, 1, 1, 1, 1), perfect.mean());
  }

  @Test
  void quranQaHasSeveralRelevantPassagesPerQuery() throws IOException {
    Path dir = evalSet("quran-qa-2023");
    Queries queries = Queries.read(dir.resolve("queries.tsv"));
    Qrels qrels = Qrels.read(dir.resolve("qrels.txt"));
    assertEquals(169, queries.size());
    assertEquals(169, qrels.size());
    assertEquals(1102, qrels.judgmentCount());
    assertEquals(queries.ids(), qrels.queryIds());
    Evaluation perfect = Metrics.evaluate(qrels, oracle(qrels));
    assertEquals(169, perfect.queries());
    assertEquals(1.0, perfect.mean().ndcgAt10(), 1e-12);
    // Query 372 has 144 relevant passages, so even a perfect run finds only 100 of them in the top 100: its MAP@100
    // and recall@100 are 100/144 (both divide by ALL relevant documents), the other 168 queries score 1.
    double capped = (168 + 100.0 / 144) / 169; // 0.9981919790
    assertEquals(capped, perfect.mean().mapAt100(), 1e-12);
    assertEquals(capped, perfect.mean().recallAt100(), 1e-12);
    assertEquals(1.0, perfect.mean().mrrAt10(), 1e-12);
  }
}
