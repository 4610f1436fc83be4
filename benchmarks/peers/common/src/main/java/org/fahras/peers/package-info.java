/**
 * What the peer benchmarks (Solr, OpenSearch) share: the articles and the query log the Fahras suite exports
 * ({@link ArticleFile}, {@link QueryLogFile}), one engine behind {@link PeerEngine}, the timed indexing and query
 * rounds of {@link PeerBench}, and the JSON figures it writes for the suite's report. The Fahras suite uses the
 * measures from here too ({@link Latencies}, {@link Text}, {@link Folders}), so both sides count alike.
 *
 * <p>Plain JDK on purpose: each peer brings its own Lucene, so nothing here may.
 */
package org.fahras.peers;
