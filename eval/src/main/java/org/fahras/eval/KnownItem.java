package org.fahras.eval;

/**
 * One generated temporal known-item query and the single document it should find.
 *
 * @param queryId the query id
 * @param query the query text: salient title words, then the publication month
 * @param docId the id of the one relevant document
 * @param family how the month is written in {@code query}
 */
public record KnownItem(String queryId, String query, String docId, MonthFamily family) {}
