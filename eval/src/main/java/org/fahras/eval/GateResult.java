package org.fahras.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link QualityGate} run measured and which expectations held.
 *
 * @param reports each set's report, by set name, in gate order (unmodifiable)
 * @param checks each expectation checked, in gate order (unmodifiable)
 */
public record GateResult(Map<String, EvalReport> reports, List<ExpectationCheck> checks) {

  /** Keeps unmodifiable, ordered copies. */
  public GateResult {
    reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    checks = List.copyOf(checks);
  }

  /** Returns the checks that failed, in gate order. */
  public List<ExpectationCheck> failures() {
    return checks.stream().filter(check -> !check.met()).toList();
  }
}
