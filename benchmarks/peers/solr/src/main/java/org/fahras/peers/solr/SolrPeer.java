package org.fahras.peers.solr;

import org.fahras.peers.PeerBench;

/**
 * Runs the peer benchmark on Solr ({@link SolrEngine}); the Fahras suite starts it in its own JVM:
 *
 * <pre>
 * java -cp fahras-peer-solr.jar:lib/* org.fahras.peers.solr.SolrPeer [PeerSettings options]
 * </pre>
 */
public final class SolrPeer {
  private SolrPeer() {}

  /**
   * Entry point.
   *
   * @param args the {@link org.fahras.peers.PeerSettings} command line
   */
  public static void main(String[] args) {
    PeerBench.main(args, SolrEngine::start);
  }
}
