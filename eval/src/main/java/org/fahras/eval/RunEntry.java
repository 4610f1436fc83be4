package org.fahras.eval;

/**
 * One line of a run: a retrieved document, the rank the system gave it and its score.
 *
 * @param docId the document id
 * @param rank the 1-based rank as written by the system (trec_eval ignores it and orders by score, see
 *     {@link Run#TREC_EVAL_ORDER})
 * @param score the retrieval score
 */
public record RunEntry(String docId, int rank, double score) {}
