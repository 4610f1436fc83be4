/**
 * OpenSearch, one node in process, measured beside Fahras, with stock Arabic analysis and with the Fahras plugin (its
 * analyzers, pipeline and {@code fahras} query on a second index): {@link org.fahras.peers.opensearch.OpenSearchPeer}
 * is the entry point.
 */
package org.fahras.peers.opensearch;
