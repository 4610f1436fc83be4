package org.fahras.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks (analysis and tagger) through the Runner API, with the GC profiler so allocation per
 * operation is measured, and returns one {@link Score} per benchmark method.
 */
final class JmhStage {
  /** Operations per second (± the 99.9% error JMH reports) and bytes allocated per operation. */
  record Score(double opsPerSecond, double error, double allocBytesPerOp) {}

  private final SuiteSettings settings;

  JmhStage(SuiteSettings settings) {
    this.settings = settings;
  }

  /** Runs every benchmark of {@code benchmarkClass}; the map is keyed by method name. */
  Map<String, Score> run(Class<?> benchmarkClass) throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include("^" + benchmarkClass.getName().replace(".", "\\.") + "\\.")
            .forks(settings.jmhForks())
            .warmupIterations(settings.jmhWarmupIterations())
            .warmupTime(TimeValue.seconds(settings.jmhIterationSeconds()))
            .measurementIterations(settings.jmhMeasurementIterations())
            .measurementTime(TimeValue.seconds(settings.jmhIterationSeconds()))
            .threads(1)
            .shouldFailOnError(true)
            .addProfiler(GCProfiler.class)
            .jvmArgsAppend(settings.forkJvmArgs());
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Score> scores = new LinkedHashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      Result<?> primary = result.getPrimaryResult();
      scores.put(method, new Score(primary.getScore(), primary.getScoreError(), allocPerOp(result)));
    }
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
