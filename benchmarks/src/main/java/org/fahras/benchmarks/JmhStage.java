package org.fahras.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.profile.GCProfiler;

/**
 * Runs a JMH benchmark class through the Runner API, with the GC profiler so allocation per operation is measured.
 *
 * <p>JMH runs a class's methods one after the other, so on a shared machine a burst of load can land on the baseline
 * alone. The class is therefore run in several short rounds (A B C, A B C, …), and each method's figure is its best
 * measured iteration over all rounds: noise only ever slows an iteration down. The mean is kept beside it.
 */
final class JmhStage {
  /**
   * One benchmark method's figures.
   *
   * @param best the best iteration, operations per second
   * @param mean the mean of all measured iterations
   * @param worst the worst iteration
   * @param iterations how many iterations were measured
   * @param allocBytesPerOp bytes allocated per operation (mean of the rounds; NaN when the JVM cannot tell)
   */
  record Score(double best, double mean, double worst, int iterations, double allocBytesPerOp) {}

  private final SuiteSettings settings;

  JmhStage(SuiteSettings settings) {
    this.settings = settings;
  }

  /** Runs every benchmark of {@code benchmarkClass}; the map is keyed by method name. */
  Map<String, Score> run(Class<?> benchmarkClass) throws RunnerException {
    Map<String, List<Double>> iterations = new LinkedHashMap<>();
    Map<String, List<Double>> allocations = new LinkedHashMap<>();
    for (int round = 0; round < settings.jmhRounds(); round++) {
      OptionsBuilder options = new OptionsBuilder();
      options
          .include("^" + benchmarkClass.getName().replace(".", "\\.") + "\\.")
          .forks(1)
          .warmupIterations(settings.jmhWarmupIterations())
          .warmupTime(TimeValue.seconds(settings.jmhIterationSeconds()))
          .measurementIterations(settings.jmhMeasurementIterations())
          .measurementTime(TimeValue.seconds(settings.jmhIterationSeconds()))
          .threads(1)
          .shouldFailOnError(true)
          .addProfiler(GCProfiler.class)
          .jvmArgsAppend(settings.forkJvmArgs());
      for (RunResult result : new Runner(options.build()).run()) {
        String benchmark = result.getParams().getBenchmark();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
          for (IterationResult iteration : fork.getIterationResults()) {
            iterations.computeIfAbsent(method, m -> new ArrayList<>()).add(iteration.getPrimaryResult().getScore());
          }
        }
        allocations.computeIfAbsent(method, m -> new ArrayList<>()).add(allocPerOp(result));
      }
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    iterations.forEach(
        (method, values) ->
            scores.put(
                method,
                new Score(
                    values.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                    values.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                    values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    values.size(),
                    allocations.get(method).stream().mapToDouble(Double::doubleValue).average().orElseThrow())));
    return scores;
  }

  /** The GC profiler's normalized allocation rate; NaN when the JVM could not measure it. */
  private static double allocPerOp(RunResult result) {
    for (Map.Entry<String, Result> entry : result.getSecondaryResults().entrySet()) {
      if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
        return entry.getValue().getScore();
      }
    }
    return Double.NaN;
  }
}
