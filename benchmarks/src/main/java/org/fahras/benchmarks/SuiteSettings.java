package org.fahras.benchmarks;

import java.nio.file.Path;

/**
 * How big and how long each stage of one suite run is. {@link #quick} fits in about three minutes on two shared
 * cores; {@link #full} in about twenty once the query index is cached.
 *
 * @param mode {@code "quick"} or {@code "full"}
 * @param seed seeds the synthetic corpus, the date shifts of the query index and the query log
 * @param shared the shared data folder (its {@code corpus/} is used when present)
 * @param seeds the seed articles, vocabulary of the synthetic corpus
 * @param work where samples, temporary indexes and the cached query index go (never committed)
 * @param sampleChars characters of text the analysis and tagger benchmarks run over
 * @param indexingDocs articles indexed per indexing run (at most the corpus)
 * @param indexingRepetitions how many times each indexing run is repeated (the best is reported)
 * @param queryIndexDocs articles in the query-latency index (the corpus replicated with shifted dates)
 * @param queriesPerType queries of each kind in the query log
 * @param queryRounds timed passes over the whole log
 * @param jmhRounds how many times each JMH class runs, one fork each, its methods alternating between rounds
 * @param jmhWarmupIterations JMH warm-up iterations
 * @param jmhMeasurementIterations JMH measured iterations
 * @param jmhIterationSeconds seconds per JMH iteration
 * @param forkHeap the {@code -Xmx} of JMH's forked JVMs
 * @param peerHeap the {@code -Xmx} of each peer engine's JVM ({@code --peers})
 * @param peerSeconds how long one peer engine may run before it is stopped ({@code --peers}): a safety net
 */
record SuiteSettings(
    String mode,
    long seed,
    Path shared,
    Path seeds,
    Path work,
    long sampleChars,
    int indexingDocs,
    int indexingRepetitions,
    int queryIndexDocs,
    int queriesPerType,
    int queryRounds,
    int jmhRounds,
    int jmhWarmupIterations,
    int jmhMeasurementIterations,
    int jmhIterationSeconds,
    String forkHeap,
    String peerHeap,
    int peerSeconds) {

  /** The default seed of every run, so two runs measure the same data. */
  static final long DEFAULT_SEED = 20_240_906L;

  /** About three minutes with a cached query index: small samples, 5k articles indexed, a 100k-article query index. */
  static SuiteSettings quick(long seed, Path shared, Path seeds, Path work) {
    return new SuiteSettings(
        "quick", seed, shared, seeds, work, 400_000, 5_000, 2, 100_000, 20, 3, 1, 1, 3, 1, "1g", "2g", 900);
  }

  /** About twenty minutes with a cached query index: the whole corpus indexed, a 1M-article query index. */
  static SuiteSettings full(long seed, Path shared, Path seeds, Path work) {
    return new SuiteSettings(
        "full", seed, shared, seeds, work, 2_000_000, Integer.MAX_VALUE, 2, 1_000_000, 100, 5, 3, 2, 4, 1, "2g", "2g",
        1_800);
  }

  /** These settings with another query index size. */
  SuiteSettings withQueryIndexDocs(int docs) {
    return new SuiteSettings(
        mode, seed, shared, seeds, work, sampleChars, indexingDocs, indexingRepetitions, docs, queriesPerType, queryRounds, jmhRounds,
        jmhWarmupIterations, jmhMeasurementIterations, jmhIterationSeconds, forkHeap, peerHeap, peerSeconds);
  }

  /** The file the JMH forks read their text sample from. */
  Path sampleFile() {
    return work.resolve("sample-" + mode + "-" + seed + ".bin");
  }

  /** JVM flags of JMH's forks: the heap, the sample, and the vector module Lucene can use. */
  String[] forkJvmArgs() {
    return new String[] {
      "-Xmx" + forkHeap,
      "-Xms" + forkHeap,
      "--add-modules", "jdk.incubator.vector",
      "-D" + TextSample.PROPERTY + "=" + sampleFile().toAbsolutePath()
    };
  }
}
