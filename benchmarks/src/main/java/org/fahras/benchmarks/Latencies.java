package org.fahras.benchmarks;

import java.util.Arrays;

/** Query latencies in nanoseconds, collected one by one, summarized as percentiles. */
final class Latencies {
  /**
   * A summary in milliseconds; {@code qps} is single-thread queries per second (1 / mean).
   *
   * @param samples how many latencies
   */
  record Summary(int samples, double p50Ms, double p99Ms, double meanMs, double qps) {}

  private long[] nanos = new long[1024];
  private int size;

  /** Records one latency. */
  void add(long latencyNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
  }

  /** Nearest-rank percentiles of everything recorded. */
  Summary summary() {
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
    return new Summary(size, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, mean / 1e6, 1e9 / mean);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
