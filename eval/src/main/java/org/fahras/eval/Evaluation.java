package org.fahras.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One system's scores over a query set: per query and the means.
 *
 * @param queries the number of queries evaluated (the means are over this many)
 * @param mean the arithmetic mean of each metric over the queries
 * @param perQuery each evaluated query's scores, in qrels order (unmodifiable)
 */
public record Evaluation(int queries, MetricScores mean, Map<String, MetricScores> perQuery) {

  /** Keeps an unmodifiable, ordered copy of {@code perQuery}. */
  public Evaluation {
    perQuery = Collections.unmodifiableMap(new LinkedHashMap<>(perQuery));
  }

  /**
   * Returns the means and query count in the report's shape: {@code {"ndcg@10": …, "mrr@10": …, "map@100": …,
   * "recall@100": …, "p@1": …, "queries": n}}, ordered, ready for a JSON writer.
   */
  public Map<String, Object> summary() {
    Map<String, Object> summary = new LinkedHashMap<>();
    for (Metric metric : Metric.values()) {
      summary.put(metric.label(), mean.value(metric));
    }
    summary.put("queries", queries);
    return summary;
  }
}
