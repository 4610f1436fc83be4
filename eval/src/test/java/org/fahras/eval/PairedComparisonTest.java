package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {

  /** An evaluation whose nDCG@10 per query is {@code values} (q0, q1, …); other metrics 0. */
  private static Evaluation ndcg(double... values) {
    Map<String, MetricScores> perQuery = new LinkedHashMap<>();
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      perQuery.put("q" + i, new MetricScores(values[i], 0, 0, 0, 0));
      sum += values[i];
    }
    return new Evaluation(values.length, new MetricScores(sum / values.length, 0, 0, 0, 0), perQuery);
  }

  @Test
  void identicalSystemsHaveNoWinsNoLossesAndPValueOne() {
    Evaluation same = ndcg(0.1, 0.5, 0.9, 0.3);
    Comparison comparison = PairedComparison.compare(Metric.NDCG_AT_10, "a", same, "b", same);
    assertEquals(new Comparison("ndcg@10", "a", "b", 0, 4, 0, 0.0, 1.0, 1.0), comparison);
  }

  @Test
  void countsWinsTiesWithinToleranceAndLosses() {
    Comparison comparison = PairedComparison.compare(
        Metric.NDCG_AT_10, "base", ndcg(0.5, 0.5, 0.2), "cand", ndcg(0.7, 0.5 + 1e-12, 0.1));
    assertEquals(1, comparison.wins());
    assertEquals(1, comparison.ties()); // 1e-12 apart is a tie
    assertEquals(1, comparison.losses());
    assertEquals((0.2 + 1e-12 - 0.1) / 3, comparison.meanDifference(), 1e-15);
  }

  @Test
  void clearlyBetterSystemGetsASmallPValue() {
    double[] base = new double[20];
    double[] better = new double[20];
    for (int i = 0; i < 20; i++) {
      base[i] = 0.2 + 0.01 * i;
      better[i] = base[i] + 0.3 + 0.005 * (i % 3);
    }
    Comparison comparison = PairedComparison.compare(Metric.NDCG_AT_10, "base", ndcg(base), "better", ndcg(better));
    assertEquals(20, comparison.wins());
    // Only the two all-same-sign assignments reach the observed sum: probability 2 / 2^20, so almost surely none of
    // the 10,000 permutations does and p = (0 + 1) / 10,001.
    assertEquals(1.0 / 10_001, comparison.pValue(), 1e-15);
    assertTrue(comparison.tTestPValue() < 1e-12, "t-test p " + comparison.tTestPValue());
  }

  @Test
  void randomizationIsDeterministicForASeed() {
    double[] differences = {0.1, -0.05, 0.2, 0.0, -0.1, 0.15, 0.05, -0.02};
    double p = PairedComparison.randomizationPValue(differences, 42, 10_000);
    assertEquals(p, PairedComparison.randomizationPValue(differences, 42, 10_000));
    assertNotEquals(p, PairedComparison.randomizationPValue(differences, 43, 10_000));
  }

  @Test
  void randomizationPValueEstimatesTheExactOne() {
    // Differences {1, 1}: of the 4 sign assignments, 2 reach |sum| >= 2, so the exact p-value is 0.5.
    double p = PairedComparison.randomizationPValue(new double[] {1, 1}, PairedComparison.DEFAULT_SEED, 10_000);
    assertEquals(0.5, p, 0.02);
    // Differences {1, 1, 1, -1}: |sum| >= 2 for 10 of the 16 assignments (all four signs equal: 2; exactly one
    // differs: 8), so the exact p-value is 0.625.
    double q = PairedComparison.randomizationPValue(new double[] {1, 1, 1, -1}, PairedComparison.DEFAULT_SEED,
        10_000);
    assertEquals(0.625, q, 0.02);
  }

  @Test
  void pairedTTestMatchesHandComputation() {
    // d = {1, 2, 3}: mean 2, s^2 = (1 + 0 + 1) / 2 = 1, t = 2 / (1 / sqrt 3) = 3.4641016151, df 2.
    // df 2 has a closed form: P(|T| >= t) = 1 - t / sqrt(2 + t^2) = 1 - 3.4641016151 / sqrt(14) = 0.0741799003
    double t = 2 * Math.sqrt(3);
    assertEquals(1 - t / Math.sqrt(2 + t * t), PairedComparison.pairedTTestPValue(new double[] {1, 2, 3}), 1e-12);
    assertEquals(Double.NaN, PairedComparison.pairedTTestPValue(new double[] {0.5}));
    assertEquals(0.0, PairedComparison.pairedTTestPValue(new double[] {0.5, 0.5}));
  }

  @Test
  void refusesToPairDifferentQuerySets() {
    assertThrows(IllegalArgumentException.class,
        () -> PairedComparison.compare(Metric.PRECISION_AT_1, "a", ndcg(1, 0), "b", ndcg(1, 0, 1)));
  }
}
