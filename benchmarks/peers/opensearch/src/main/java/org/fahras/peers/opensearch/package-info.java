/**
 * OpenSearch, one node in process, measured beside Fahras: {@link org.fahras.peers.opensearch.OpenSearchPeer} is the
 * entry point.
 */
package org.fahras.peers.opensearch;
