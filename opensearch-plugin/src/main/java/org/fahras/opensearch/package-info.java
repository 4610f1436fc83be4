/**
 * Fahras inside OpenSearch: the Arabic analysis chain as token filters and analyzers, the {@code fahras_dates} ingest
 * processor that stores the publication day and the times an article mentions, and the date-aware {@code fahras}
 * query. {@link org.fahras.opensearch.FahrasPlugin} registers them all.
 */
package org.fahras.opensearch;
