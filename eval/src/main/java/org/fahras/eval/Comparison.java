package org.fahras.eval;

/**
 * A paired comparison of two systems on one metric over the same queries; see {@link PairedComparison}.
 *
 * @param metric the metric's label, such as {@code "ndcg@10"}
 * @param baseline the baseline system's name
 * @param candidate the candidate system's name
 * @param wins queries where the candidate scores higher (by more than 1e-9)
 * @param ties queries where the two are within 1e-9
 * @param losses queries where the candidate scores lower
 * @param meanDifference mean over queries of candidate − baseline
 * @param pValue two-sided p-value of the paired randomization test
 * @param tTestPValue two-sided p-value of the paired Student t-test; NaN with fewer than two queries
 */
public record Comparison(
    String metric,
    String baseline,
    String candidate,
    int wins,
    int ties,
    int losses,
    double meanDifference,
    double pValue,
    double tTestPValue) {}
