package org.fahras.eval;

/**
 * Student's t distribution tail probabilities, through the regularized incomplete beta function:
 * P(|T| &ge; t) = I_x(ν/2, 1/2) with x = ν / (ν + t²) (Abramowitz and Stegun 26.7.1 and 26.5.27).
 */
final class StudentT {

  /** Lanczos approximation, g = 7, nine terms (Godfrey's coefficients); about 15 significant digits. */
  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
  };
  private static final double LANCZOS_G = 7;
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final int MAX_ITERATIONS = 300;
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;

  private StudentT() {}

  /** Returns P(|T| &ge; |t|) for T following Student's t with {@code degreesOfFreedom} (&gt; 0). */
  static double twoSidedPValue(double t, double degreesOfFreedom) {
    if (Double.isInfinite(t)) {
      return 0;
    }
    return regularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
  }

  /** I_x(a, b) for 0 ≤ x ≤ 1 and a, b &gt; 0. */
  static double regularizedIncompleteBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    // The continued fraction converges fast only left of the distribution's mean; use I_x(a,b) = 1 − I_{1−x}(b,a).
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - regularizedIncompleteBeta(1 - x, b, a);
    }
    double logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
    return Math.exp(logFront) / a * continuedFraction(x, a, b);
  }

  /**
   * The continued fraction of I_x(a, b) (DLMF 8.17.22), evaluated by the modified Lentz method: its coefficients are
   * d_{2m} = m(b − m)x / ((a + 2m − 1)(a + 2m)) and d_{2m+1} = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)).
   */
  private static double continuedFraction(double x, double a, double b) {
    double c = 1;
    double d = nonZero(1 - (a + b) * x / (a + 1));
    d = 1 / d;
    double result = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 / nonZero(1 + even * d);
      c = nonZero(1 + even / c);
      result *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 / nonZero(1 + odd * d);
      c = nonZero(1 + odd / c);
      double step = d * c;
      result *= step;
      if (Math.abs(step - 1) < EPSILON) {
        return result;
      }
    }
    throw new ArithmeticException("incomplete beta did not converge for x=" + x + " a=" + a + " b=" + b);
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }

  private static double logBeta(double a, double b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }

  /** ln Γ(x) for x &gt; 0, by the Lanczos approximation (reflection is not needed: callers pass x ≥ 1/2). */
  static double logGamma(double x) {
    double shifted = x - 1;
    double series = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      series += LANCZOS[i] / (shifted + i);
    }
    double t = shifted + LANCZOS_G + 0.5;
    return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
  }
}
