/** Apache Solr, embedded, measured beside Fahras: {@link org.fahras.peers.solr.SolrPeer} is the entry point. */
package org.fahras.peers.solr;
