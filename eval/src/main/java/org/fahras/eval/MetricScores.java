package org.fahras.eval;

/**
 * The values of every {@link Metric} for one query, or their means over a query set.
 *
 * @param ndcgAt10 nDCG at 10
 * @param mrrAt10 reciprocal rank of the first relevant document within the top 10
 * @param mapAt100 average precision cut at 100
 * @param recallAt100 recall at 100
 * @param precisionAt1 precision at 1
 */
public record MetricScores(
    double ndcgAt10, double mrrAt10, double mapAt100, double recallAt100, double precisionAt1) {

  /** Returns the value of {@code metric}. */
  public double value(Metric metric) {
    return switch (metric) {
      case NDCG_AT_10 -> ndcgAt10;
      case MRR_AT_10 -> mrrAt10;
      case MAP_AT_100 -> mapAt100;
      case RECALL_AT_100 -> recallAt100;
      case PRECISION_AT_1 -> precisionAt1;
    };
  }
}
