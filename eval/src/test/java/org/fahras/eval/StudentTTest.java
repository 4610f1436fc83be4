package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StudentTTest {

  @Test
  void oneDegreeOfFreedomIsCauchy() {
    // P(|T| >= 1) for the Cauchy distribution = 1 - 2 atan(1) / pi = 0.5
    assertEquals(0.5, StudentT.twoSidedPValue(1, 1), 1e-12);
    // P(|T| >= 3) = 1 - 2 atan(3) / pi = 0.2048327647
    assertEquals(1 - 2 * Math.atan(3) / Math.PI, StudentT.twoSidedPValue(3, 1), 1e-12);
  }

  @Test
  void twoDegreesOfFreedomHaveAClosedForm() {
    // P(|T| >= t) = 1 - t / sqrt(2 + t^2); t = 2: 1 - 2 / sqrt(6) = 0.1835034190722740
    assertEquals(0.18350341907227397, StudentT.twoSidedPValue(2, 2), 1e-12);
    assertEquals(0.18350341907227397, StudentT.twoSidedPValue(-2, 2), 1e-12);
  }

  @Test
  void matchesCriticalValuesFromTables() {
    // Two-sided 5% critical values (t tables, 9 decimals): df 10 -> 2.228138852, df 30 -> 2.042272456.
    assertEquals(0.05, StudentT.twoSidedPValue(2.228138852, 10), 1e-9);
    assertEquals(0.05, StudentT.twoSidedPValue(2.042272456, 30), 1e-9);
    // Two-sided 1% critical value, df 7 -> 3.499483297.
    assertEquals(0.01, StudentT.twoSidedPValue(3.499483297, 7), 1e-9);
    // Large df tends to the normal: 1.959963985 -> 0.05 (0.0500002772 at df 10^6).
    assertEquals(0.0500002772, StudentT.twoSidedPValue(1.959963985, 1e6), 1e-9);
  }

  @Test
  void zeroAndInfiniteT() {
    assertEquals(1.0, StudentT.twoSidedPValue(0, 5), 0);
    assertEquals(0.0, StudentT.twoSidedPValue(Double.POSITIVE_INFINITY, 5), 0);
  }

  @Test
  void logGammaOfKnownValues() {
    assertEquals(0.0, StudentT.logGamma(1), 1e-13);
    assertEquals(Math.log(Math.sqrt(Math.PI)), StudentT.logGamma(0.5), 1e-13); // Gamma(1/2) = sqrt(pi)
    assertEquals(Math.log(362_880), StudentT.logGamma(10), 1e-12); // Gamma(10) = 9!
  }
}
