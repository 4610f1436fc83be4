/**
 * The Fahras benchmark suite: JMH benchmarks for analysis and temporal tagging, harnesses for indexing and query
 * latency, and the {@link org.fahras.benchmarks.Suite} that runs them all and writes one report.
 *
 * <p>Every figure is compared with a baseline measured in the same run (these machines are shared and noisy), and the
 * absolute numbers are kept beside the ratios for context.
 */
package org.fahras.benchmarks;
