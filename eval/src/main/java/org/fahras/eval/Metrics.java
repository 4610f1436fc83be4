package org.fahras.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a {@link Run} against {@link Qrels} with trec_eval's definitions (trec_eval 10.0, usnistgov/trec_eval, files
 * {@code m_ndcg_cut.c}, {@code m_map_cut.c}, {@code m_recall.c}, {@code m_P.c}, {@code form_res_rels.c}).
 *
 * <p>Which queries count:
 *
 * <ul>
 *   <li>Every query of the qrels with at least one relevant document (grade &gt; 0) is evaluated.
 *   <li>A query of the qrels with no relevant document is skipped: no system can score on it, it would only dilute
 *       the means. (trec_eval evaluates it and averages in zeros; the sets Fahras ships have no such query.)
 *   <li>A query with relevant documents but no results in the run scores 0 on every metric and is counted. This is
 *       trec_eval's {@code -c}; without it trec_eval drops such queries, which would let a system that returns nothing
 *       for hard queries look better than one that tries. Comparisons between systems must average over the same
 *       queries.
 *   <li>Run queries absent from the qrels are ignored, as in trec_eval.
 * </ul>
 *
 * <p>Each query's documents are taken in {@link Run#TREC_EVAL_ORDER}. Relevant means grade &gt; 0 (trec_eval's
 * default relevance level 1 on integer grades); unjudged documents are not relevant.
 */
public final class Metrics {

  private static final int NDCG_DEPTH = 10;
  private static final int MRR_DEPTH = 10;
  private static final int MAP_DEPTH = 100;
  private static final int RECALL_DEPTH = 100;

  private Metrics() {}

  /**
   * Evaluates {@code run} against {@code qrels}.
   *
   * @throws IllegalArgumentException when no query of the qrels has a relevant document (trec_eval fails then too)
   */
  public static Evaluation evaluate(Qrels qrels, Run run) {
    Map<String, MetricScores> perQuery = new LinkedHashMap<>();
    for (String queryId : qrels.queryIds()) {
      if (qrels.relevantCount(queryId) > 0) {
        perQuery.put(queryId, score(qrels.judgments(queryId), run.rankedDocIds(queryId)));
      }
    }
    if (perQuery.isEmpty()) {
      throw new IllegalArgumentException("no query in the qrels has a relevant document");
    }
    double[] sums = new double[Metric.values().length];
    for (MetricScores scores : perQuery.values()) {
      for (Metric metric : Metric.values()) {
        sums[metric.ordinal()] += scores.value(metric);
      }
    }
    int n = perQuery.size();
    MetricScores mean = new MetricScores(sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n);
    return new Evaluation(n, mean, perQuery);
  }

  /**
   * Scores one query's ranking.
   *
   * @param judgments the query's graded judgments (document id → grade); at least one grade must be positive
   * @param ranking the retrieved document ids, best first
   */
  public static MetricScores score(Map<String, Integer> judgments, List<String> ranking) {
    int[] gains = new int[ranking.size()];
    for (int i = 0; i < gains.length; i++) {
      gains[i] = Math.max(0, judgments.getOrDefault(ranking.get(i), 0));
    }
    int[] idealGains = judgments.values().stream().mapToInt(Integer::intValue).filter(g -> g > 0).toArray();
    if (idealGains.length == 0) {
      throw new IllegalArgumentException("a query without relevant documents cannot be scored");
    }
    Arrays.sort(idealGains);
    reverse(idealGains);
    int relevant = idealGains.length;
    return new MetricScores(
        dcg(gains, NDCG_DEPTH) / dcg(idealGains, NDCG_DEPTH),
        reciprocalRank(gains, MRR_DEPTH),
        averagePrecision(gains, MAP_DEPTH, relevant),
        (double) relevantWithin(gains, RECALL_DEPTH) / relevant,
        relevantWithin(gains, 1));
  }

  /** Discounted cumulative gain at {@code depth}: gain = grade, rank r (1-based) discounted by log2(r + 1). */
  private static double dcg(int[] gains, int depth) {
    double sum = 0;
    for (int i = 0; i < Math.min(depth, gains.length); i++) {
      if (gains[i] > 0) {
        sum += gains[i] / log2(i + 2);
      }
    }
    return sum;
  }

  private static double reciprocalRank(int[] gains, int depth) {
    for (int i = 0; i < Math.min(depth, gains.length); i++) {
      if (gains[i] > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** Sum of the precision at each relevant document within {@code depth}, over ALL relevant documents. */
  private static double averagePrecision(int[] gains, int depth, int relevant) {
    double sum = 0;
    int found = 0;
    for (int i = 0; i < Math.min(depth, gains.length); i++) {
      if (gains[i] > 0) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevant;
  }

  private static int relevantWithin(int[] gains, int depth) {
    int found = 0;
    for (int i = 0; i < Math.min(depth, gains.length); i++) {
      if (gains[i] > 0) {
        found++;
      }
    }
    return found;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  private static void reverse(int[] values) {
    for (int i = 0, j = values.length - 1; i < j; i++, j--) {
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
