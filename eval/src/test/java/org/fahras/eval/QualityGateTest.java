package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Rejection;
import org.fahras.document.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The CI quality gate: runs every evaluation pinned in {@link QualityGate#DEFAULT_RESOURCE} on the shared data,
 * prints each set's table and every check, and fails naming each expectation that broke. Skipped without the shared
 * data folder (system property {@code fahras.shared}).
 */
class QualityGateTest {

  @Test
  void everyPinnedNumberHolds() throws IOException {
    SharedData.require("eval");
    Path shared = SharedData.folder();
    long start = System.nanoTime();
    GateResult result = QualityGate.readDefault().run(shared, new ProgressPrinter());
    for (Map.Entry<String, EvalReport> set : result.reports().entrySet()) {
      System.out.printf(Locale.ROOT, "%n== %s%n%s", set.getKey(), set.getValue().formatTable());
    }
    System.out.println();
    result.checks().forEach(check -> System.out.println(check.describe()));
    System.out.printf(Locale.ROOT, "quality gate: %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
    assertTrue(result.failures().isEmpty(), () -> "quality gate broken:\n"
        + result.failures().stream().map(ExpectationCheck::describe).collect(Collectors.joining("\n")));
  }

  /** Progress on standard output, so a slow CI step shows where it is. */
  private static final class ProgressPrinter implements EvalListener {
    private final long start = System.nanoTime();

    @Override
    public void indexing(AnalyzerProfile profile) {
      System.out.printf(Locale.ROOT, "[%4d s] indexing with %s%n", seconds(), profile.id());
    }

    @Override
    public void indexed(AnalyzerProfile profile, long documents, boolean reused) {
      System.out.printf(Locale.ROOT, "[%4d s] %s: %d documents%n", seconds(), profile.id(), documents);
    }

    @Override
    public void rejected(Rejection rejection) {
      System.out.println("rejected: " + rejection);
    }

    @Override
    public void queryFailed(String system, String queryId, String problem) {
      System.out.println(system + " query " + queryId + " failed: " + problem);
    }

    private long seconds() {
      return (System.nanoTime() - start) / 1_000_000_000L;
    }
  }
}
