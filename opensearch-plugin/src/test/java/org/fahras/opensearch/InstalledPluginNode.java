package org.fahras.opensearch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * The main of the one-node OpenSearch that {@link InstalledPluginIT} starts in a JVM of its own. The node's home is
 * {@code args[0]}, so OpenSearch's plugin loader loads what is unpacked in {@code <home>/plugins/}, as on a node of a
 * distribution; no plugin is handed over from the class path. Arguments: the home, the HTTP port and the transport
 * port (both on 127.0.0.1). The node stops when its standard input ends (the test closed it or died) or on SIGTERM.
 *
 * <p>The test puts only this class file on the node's class path, so it refers to nothing but OpenSearch and the
 * runner, and has no nested class.
 */
final class InstalledPluginNode {
  private InstalledPluginNode() {}

  /**
   * Starts the node and serves until standard input ends.
   *
   * @param args the node's home, its HTTP port and its transport port
   */
  public static void main(String[] args) throws IOException {
    String home = args[0];
    OpenSearchRunner runner = new OpenSearchRunner();
    // The runner's own default roles lack ingest, which the README's default pipeline needs.
    runner.onBuild(
        (number, settings) ->
            settings
                .put("path.home", home)
                .putList("node.roles", "cluster_manager", "data", "ingest")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", args[2]));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(runner)));
    try {
      runner.build(OpenSearchRunner.newConfigs().basePath(home).clusterName("fahras-installed").numOfNode(1));
    } catch (RuntimeException e) {
      e.printStackTrace(); // the test prints this JVM's output when the node does not come up
      System.exit(1);
    }
    System.in.transferTo(OutputStream.nullOutputStream()); // returns at end of input
    System.exit(0);
  }

  private static void close(OpenSearchRunner runner) {
    try {
      runner.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
