package org.fahras.eval;

import java.util.SplittableRandom;

/**
 * Compares two systems query by query on one metric: wins, ties, losses, the mean difference and two significance
 * tests.
 *
 * <p>The randomization test (Fisher's, as recommended for IR by Smucker, Allan and Carterette, CIKM 2007) asks how
 * often the mean difference would be at least as large in magnitude if each query's two scores were equally likely
 * swapped. Each of the permutations flips the sign of every per-query difference with probability 1/2, drawn from a
 * {@link SplittableRandom} with a fixed seed, so the same inputs always give the same p-value. The p-value counts the
 * observed assignment among the permutations, {@code (hits + 1) / (permutations + 1)} (Phipson and Smyth 2010), so
 * it is never 0 and identical systems get exactly 1.
 */
public final class PairedComparison {

  /** The seed of the randomization test unless the caller gives one. */
  public static final long DEFAULT_SEED = 20_180_901L;
  /** The number of random permutations unless the caller gives one. */
  public static final int DEFAULT_PERMUTATIONS = 10_000;
  /** Per-query differences at most this large are ties. */
  public static final double TIE_TOLERANCE = 1e-9;

  /** Sums of sign-flipped differences are compared with this slack so that rounding cannot turn a tie into a miss. */
  private static final double SUM_SLACK = 1e-12;

  private PairedComparison() {}

  /** Compares with {@link #DEFAULT_SEED} and {@link #DEFAULT_PERMUTATIONS}. */
  public static Comparison compare(
      Metric metric, String baselineName, Evaluation baseline, String candidateName, Evaluation candidate) {
    return compare(metric, baselineName, baseline, candidateName, candidate, DEFAULT_SEED, DEFAULT_PERMUTATIONS);
  }

  /**
   * Compares {@code candidate} with {@code baseline} on {@code metric}.
   *
   * @throws IllegalArgumentException when the two evaluations are not over the same queries, or permutations &lt; 1
   */
  public static Comparison compare(
      Metric metric,
      String baselineName,
      Evaluation baseline,
      String candidateName,
      Evaluation candidate,
      long seed,
      int permutations) {
    if (!baseline.perQuery().keySet().equals(candidate.perQuery().keySet())) {
      throw new IllegalArgumentException(
          "cannot pair " + baselineName + " and " + candidateName + ": they were evaluated on different queries");
    }
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be positive: " + permutations);
    }
    double[] differences = new double[baseline.queries()];
    int i = 0;
    for (String queryId : baseline.perQuery().keySet()) {
      differences[i++] =
          candidate.perQuery().get(queryId).value(metric) - baseline.perQuery().get(queryId).value(metric);
    }
    int wins = 0;
    int losses = 0;
    double sum = 0;
    for (double difference : differences) {
      if (difference > TIE_TOLERANCE) {
        wins++;
      } else if (difference < -TIE_TOLERANCE) {
        losses++;
      }
      sum += difference;
    }
    return new Comparison(
        metric.label(),
        baselineName,
        candidateName,
        wins,
        differences.length - wins - losses,
        losses,
        differences.length == 0 ? 0 : sum / differences.length,
        randomizationPValue(differences, seed, permutations),
        pairedTTestPValue(differences));
  }

  /** Two-sided paired randomization test on per-query differences; see the class comment. */
  static double randomizationPValue(double[] differences, long seed, int permutations) {
    double observed = Math.abs(sum(differences));
    SplittableRandom random = new SplittableRandom(seed);
    int atLeastAsExtreme = 0;
    for (int p = 0; p < permutations; p++) {
      double permuted = 0;
      for (double difference : differences) {
        permuted += random.nextBoolean() ? difference : -difference;
      }
      if (Math.abs(permuted) >= observed - SUM_SLACK) {
        atLeastAsExtreme++;
      }
    }
    return (atLeastAsExtreme + 1.0) / (permutations + 1.0);
  }

  /**
   * Two-sided paired t-test on per-query differences: t = mean / (s / sqrt(n)) with n − 1 degrees of freedom. With
   * no variance the answer is exact: 1 when every difference is 0, else 0. NaN with fewer than two queries.
   */
  static double pairedTTestPValue(double[] differences) {
    int n = differences.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = sum(differences) / n;
    double squares = 0;
    for (double difference : differences) {
      squares += (difference - mean) * (difference - mean);
    }
    double variance = squares / (n - 1);
    if (variance == 0) {
      return mean == 0 ? 1.0 : 0.0;
    }
    return StudentT.twoSidedPValue(mean / Math.sqrt(variance / n), n - 1);
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }
}
