package org.fahras.peers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query latencies in nanoseconds, collected one by one and summarized as nearest-rank percentiles. The Fahras suite
 * and the peers summarize with this one class, so their figures mean the same.
 */
public final class Latencies {
  /**
   * A summary in milliseconds; {@code qps} is single-thread queries per second (1 / mean).
   *
   * @param samples how many latencies
   * @param p50Ms median
   * @param p99Ms 99th percentile
   * @param meanMs mean
   * @param qps single-thread queries per second
   */
  public record Summary(int samples, double p50Ms, double p99Ms, double meanMs, double qps) {
    /** The summary as the peers' JSON has it: {@code samples}, {@code p50_ms}, {@code p99_ms}, {@code mean_ms}, {@code qps}. */
    public Map<String, Object> toMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("samples", samples);
      map.put("p50_ms", p50Ms);
      map.put("p99_ms", p99Ms);
      map.put("mean_ms", meanMs);
      map.put("qps", qps);
      return map;
    }
  }

  private long[] nanos = new long[1024];
  private int size;

  /** An empty collection. */
  public Latencies() {}

  /** One round's entry of a {@code per_round} list: its number, its seconds and each variant's summary. */
  public static Map<String, Object> round(int round, double seconds, Map<String, Latencies> variants) {
    Map<String, Object> summaries = new LinkedHashMap<>();
    summaries.put("round", round);
    summaries.put("seconds", seconds);
    variants.forEach((variant, latencies) -> summaries.put(variant, latencies.summary().toMap()));
    return summaries;
  }

  /** Records one latency. */
  public void add(long latencyNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
  }

  /** Nearest-rank percentiles of everything recorded. */
  public Summary summary() {
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
