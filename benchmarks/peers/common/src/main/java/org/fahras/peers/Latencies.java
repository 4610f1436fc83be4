package org.fahras.peers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query latencies in nanoseconds, summarized as the suite summarizes Fahras's: nearest-rank p50 and p99, and
 * single-thread QPS as 1 / mean. (The suite's own class cannot be shared: the peers keep their class path free of
 * Fahras's Lucene.)
 */
final class Latencies {
  private long[] nanos = new long[1024];
  private int size;

  /** Records one latency. */
  void add(long latencyNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
  }

  /** {@code samples}, {@code p50_ms}, {@code p99_ms}, {@code mean_ms}, {@code qps}: the keys of the suite's summary. */
  Map<String, Object> summary() {
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("samples", size);
    summary.put("p50_ms", percentile(sorted, 0.50) / 1e6);
    summary.put("p99_ms", percentile(sorted, 0.99) / 1e6);
    summary.put("mean_ms", mean / 1e6);
    summary.put("qps", 1e9 / mean);
    return summary;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
