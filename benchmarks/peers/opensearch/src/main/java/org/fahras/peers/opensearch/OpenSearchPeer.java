package org.fahras.peers.opensearch;

import org.fahras.peers.PeerBench;

/**
 * Runs the peer benchmark on OpenSearch ({@link OpenSearchEngine}); the Fahras suite starts it in its own JVM:
 *
 * <pre>
 * java -cp fahras-peer-opensearch.jar:lib/* org.fahras.peers.opensearch.OpenSearchPeer [PeerSettings options]
 * </pre>
 */
public final class OpenSearchPeer {
  private OpenSearchPeer() {}

  /**
   * Entry point.
   *
   * @param args the {@link org.fahras.peers.PeerSettings} command line
   */
  public static void main(String[] args) {
    PeerBench.main(args, OpenSearchEngine::start);
  }
}
