package org.fahras.eval;

import java.util.Locale;

/**
 * An {@link Expectation} checked against measured values.
 *
 * @param expectation what was pinned
 * @param actual the value the expectation's profile reached
 * @param threshold the value it had to reach
 */
public record ExpectationCheck(Expectation expectation, double actual, double threshold) {

  /** Returns whether the expectation holds: {@code actual >= threshold}. */
  public boolean met() {
    return actual >= threshold;
  }

  /** Returns a one-line account, such as {@code FAIL  arcd-train fahras mrr@10 >= lucene-arabic + 0.02: 0.6012 < 0.6411}. */
  public String describe() {
    return String.format(Locale.ROOT, "%s  %s: %.4f %s %.4f", met() ? "ok  " : "FAIL", expectation.toLine(), actual,
        met() ? ">=" : "<", threshold);
  }
}
