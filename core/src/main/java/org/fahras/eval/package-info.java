/**
 * TREC-style evaluation: qrels, runs, metrics following trec_eval's definitions, and the stemming agreement measure.
 *
 * <p>{@link org.fahras.eval.Qrels}, {@link org.fahras.eval.Queries} (TSV or TREC topics) and
 * {@link org.fahras.eval.Run} read and write the usual files; {@link org.fahras.eval.Metrics} scores a run
 * (nDCG@10, MRR@10, MAP@100, Recall@100, P@1) as {@code trec_eval -c} does; {@link org.fahras.eval.PairedComparison}
 * compares two systems with a seeded randomization test; {@link org.fahras.eval.KnownItemGenerator} makes temporal
 * known-item sets from a dated corpus; {@link org.fahras.eval.Expectation} reads pinned results for a CI gate.
 *
 * <pre>{@code
 * Qrels qrels = Qrels.read(dir.resolve("qrels.txt"));
 * Queries queries = Queries.read(dir.resolve("queries.tsv"));
 * Run.Builder run = Run.builder("light");
 * queries.asMap().forEach((id, text) -> search(text).forEach(hit -> run.add(id, hit.id(), hit.score())));
 * Evaluation light = Metrics.evaluate(qrels, run.build());
 * Comparison c = PairedComparison.compare(Metric.NDCG_AT_10, "none", none, "light", light);
 * }</pre>
 */
package org.fahras.eval;
