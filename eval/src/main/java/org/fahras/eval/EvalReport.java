package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a {@link RetrievalEvaluation}: each system's run and scores, and each system compared with the
 * first on every metric.
 *
 * @param systems each system's result, in the order the systems were given (unmodifiable)
 * @param comparisons every later system against the first, one per metric (unmodifiable)
 */
public record EvalReport(List<SystemResult> systems, List<Comparison> comparisons) {

  /** Keeps unmodifiable copies. */
  public EvalReport {
    systems = List.copyOf(systems);
    comparisons = List.copyOf(comparisons);
  }

  /**
   * Returns the result of the system named {@code name}.
   *
   * @throws IllegalArgumentException when there is none
   */
  public SystemResult result(String name) {
    for (SystemResult result : systems) {
      if (result.system().name().equals(name)) {
        return result;
      }
    }
    throw new IllegalArgumentException("no system named '" + name + "' in this report");
  }

  /** Returns the mean of {@code metric} of the system named {@code name}. */
  public double value(String name, Metric metric) {
    return result(name).evaluation().mean().value(metric);
  }

  /**
   * Returns the report in its JSON shape, ready for a JSON writer: {@code {"profiles": {NAME: {"ndcg@10", "mrr@10",
   * "map@100", "recall@100", "p@1", "queries"}}, "comparisons": [Comparison…]}}.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> profiles = new LinkedHashMap<>();
    systems.forEach(result -> profiles.put(result.system().name(), result.evaluation().summary()));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("profiles", profiles);
    json.put("comparisons", comparisons);
    return json;
  }

  /** Writes each system's run as {@code directory/NAME.run} in TREC format; creates the directory. */
  public void writeRuns(Path directory) throws IOException {
    Files.createDirectories(directory);
    for (SystemResult result : systems) {
      result.run().write(directory.resolve(result.system().name() + ".run"));
    }
  }

  /**
   * Returns the report as a plain-text table: the systems side by side, then each comparison with wins, ties, losses,
   * the mean difference and both p-values. Lines end with {@code \n} on every platform.
   */
  public String formatTable() {
    int width = "system".length();
    for (SystemResult result : systems) {
      width = Math.max(width, result.system().name().length());
    }
    StringBuilder out = new StringBuilder();
    out.append(pad("system", width));
    for (Metric metric : Metric.values()) {
      out.append(String.format(Locale.ROOT, " %10s", metric.label()));
    }
    out.append(String.format(Locale.ROOT, " %8s\n", "queries"));
    for (SystemResult result : systems) {
      out.append(pad(result.system().name(), width));
      for (Metric metric : Metric.values()) {
        out.append(String.format(Locale.ROOT, " %10.4f", result.evaluation().mean().value(metric)));
      }
      out.append(String.format(Locale.ROOT, " %8d\n", result.evaluation().queries()));
    }
    if (!comparisons.isEmpty()) {
      out.append(String.format(Locale.ROOT, "\n%s %-10s %5s %5s %6s %9s %9s %9s\n", pad("candidate", width),
          "metric", "wins", "ties", "losses", "mean diff", "p (rand)", "p (t)"));
      for (Comparison c : comparisons) {
        out.append(String.format(Locale.ROOT, "%s %-10s %5d %5d %6d %+9.4f %9.4f %9.4f\n",
            pad(c.candidate(), width), c.metric(), c.wins(), c.ties(), c.losses(), c.meanDifference(), c.pValue(),
            c.tTestPValue()));
      }
      out.append(String.format(Locale.ROOT, "(each against %s)\n", comparisons.get(0).baseline()));
    }
    return out.toString();
  }

  private static String pad(String text, int width) {
    return String.format(Locale.ROOT, "%-" + Math.max(width, "candidate".length()) + "s", text);
  }
}
