/**
 * How a search runs, behind the facade: the query syntax read into a tree ({@link
 * org.fahras.internal.search.QueryReader}, {@link org.fahras.internal.search.QueryTree}) and built into Lucene queries
 * ({@link org.fahras.internal.search.LuceneQueryBuilder}), ranked by {@link org.fahras.search.DateAwareQuery} through
 * Lucene's own collectors, grouped into stories, paged, highlighted and counted ({@link
 * org.fahras.internal.search.Searcher}).
 *
 * <p>Not exported from the module: the API is {@code org.fahras.Fahras} and the values of {@code org.fahras.search}.
 * Public types here serve the OpenSearch plugin and the benchmarks, and may change without notice.
 */
package org.fahras.internal.search;
