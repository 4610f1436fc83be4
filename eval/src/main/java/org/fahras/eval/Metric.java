package org.fahras.eval;

/** The measures Fahras reports, each named as in its JSON report and pinned expectations. */
public enum Metric {
  /** trec_eval's {@code ndcg_cut_10}. */
  NDCG_AT_10("ndcg@10"),
  /** Reciprocal rank of the first relevant document within the top 10, else 0. */
  MRR_AT_10("mrr@10"),
  /** trec_eval's {@code map_cut_100}. */
  MAP_AT_100("map@100"),
  /** trec_eval's {@code recall_100}. */
  RECALL_AT_100("recall@100"),
  /** trec_eval's {@code P_1}. */
  PRECISION_AT_1("p@1");

  private final String label;

  Metric(String label) {
    this.label = label;
  }

  /** Returns the metric's name in reports, such as {@code "ndcg@10"}. */
  public String label() {
    return label;
  }

  /**
   * Returns the metric named {@code label}.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the known ones
   */
  public static Metric fromLabel(String label) {
    for (Metric metric : values()) {
      if (metric.label.equals(label)) {
        return metric;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Metric metric : values()) {
      known.append(known.isEmpty() ? "" : ", ").append(metric.label);
    }
    throw new IllegalArgumentException("unknown metric '" + label + "' (known: " + known + ")");
  }
}
