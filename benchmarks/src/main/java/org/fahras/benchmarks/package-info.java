/**
 * The Fahras benchmark suite: JMH benchmarks for analysis and temporal tagging, harnesses for indexing and query
 * latency, and the {@link org.fahras.benchmarks.Suite} that runs them all and writes one report. With
 * {@code --peers} it also runs Solr and OpenSearch on the same corpus and query log, each in its own JVM
 * ({@link org.fahras.benchmarks.PeerStage}; their code is under {@code benchmarks/peers}, built by {@code -Ppeers}).
 *
 * <p>Every figure is compared with a baseline measured in the same run (these machines are shared and noisy), and the
 * absolute numbers are kept beside the ratios for context.
 */
package org.fahras.benchmarks;
