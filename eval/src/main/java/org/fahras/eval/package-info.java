/**
 * TREC-style evaluation: qrels, runs, metrics following trec_eval's definitions, end-to-end evaluation of analyzer
 * profiles and rankings, temporal known-item sets, and the pinned quality gate.
 *
 * <p>{@link org.fahras.eval.Qrels}, {@link org.fahras.eval.Queries} (TSV or TREC topics) and
 * {@link org.fahras.eval.Run} read and write the usual files; {@link org.fahras.eval.Metrics} scores a run
 * (nDCG@10, MRR@10, MAP@100, Recall@100, P@1) as {@code trec_eval -c} does; {@link org.fahras.eval.PairedComparison}
 * compares two systems with a seeded randomization test and a paired t-test.
 *
 * <p>{@link org.fahras.eval.RetrievalEvaluation} runs the whole loop on the engine: it indexes a document set once per
 * analyzer profile, searches every query with each {@link org.fahras.eval.EvalSystem} (profile plus as-of, recency
 * and temporal-intent settings), and returns an {@link org.fahras.eval.EvalReport} (scores, comparisons with the
 * first system, TREC run files, the JSON shape of the {@code eval} command).
 *
 * <p>{@link org.fahras.eval.KnownItemGenerator} makes temporal known-item sets from a dated corpus
 * ({@link org.fahras.eval.TemporalCorpus}); {@link org.fahras.eval.QualityGate} reads pinned evaluations and
 * {@link org.fahras.eval.Expectation}s (the project's are in {@code org/fahras/eval/quality-gate.txt}) and checks
 * them, so a regression fails the build.
 *
 * <pre>{@code
 * EvalReport report = RetrievalEvaluation.builder(Queries.read(queriesFile), Qrels.read(qrelsFile))
 *     .documents(docsFile)
 *     .system(new EvalSystem("lucene-arabic", AnalyzerProfile.LUCENE_ARABIC, asOf, 0, true))
 *     .system(new EvalSystem("fahras", AnalyzerProfile.FAHRAS, asOf, 0, true))
 *     .build()
 *     .run();
 * System.out.print(report.formatTable());
 * Comparison mrr = report.comparisons().get(1); // fahras against lucene-arabic on mrr@10
 * }</pre>
 */
package org.fahras.eval;
