package org.fahras.eval;

/**
 * What one system retrieved and how it scored.
 *
 * @param system the system
 * @param run its ranked results, tagged with the system's name
 * @param evaluation its scores against the qrels
 * @param failedQueries how many queries could not be searched (each scored as an empty ranking)
 */
public record SystemResult(EvalSystem system, Run run, Evaluation evaluation, int failedQueries) {}
