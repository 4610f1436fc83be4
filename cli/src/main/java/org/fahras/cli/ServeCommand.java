package org.fahras.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.fahras.Fahras;
import org.fahras.search.SearchRequest;
import org.fahras.cli.serve.SearchServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fahras serve}: the search page and the JSON API on this machine, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a search page and a JSON API over the index, on this machine only unless --host says otherwise. Open the"
          + " address it prints in a browser; Ctrl-C (or SIGTERM) stops it and it exits with 0.",
      "API (GET, JSON): /api/search?q=…&as_of=…&page=… (also limit, source, after, before, half_life, and, collapse,"
          + " histogram, explain), /api/stats, /api/analyze?text=…, /api/dates?text=…&ref=…. Errors are JSON with"
          + " their status: 400 for a bad query (with its position) or parameter, 404, 405.",
      "The page and the API read what the index had committed, and pick up later commits (of 'fahras index' running"
          + " beside it, say) within a second."
    })
final class ServeCommand implements Callable<Integer> {
  /** How often the command checks for Ctrl-C. */
  private static final long POLL_MILLIS = 100;

  @Spec CommandSpec spec;
  @ParentCommand FahrasCli parent;
  @Mixin IndexFolder location;
  @Mixin ProfileCheck profile;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 serves the"
          + " whole network, which can then read the whole index).")
  String host;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port takes 0 to 65535, not " + port);
    }
    InetSocketAddress address = address();
    StopRequest stop = parent == null ? StopRequest.onCall() : parent.stop;
    try (Fahras fahras = location.openExisting(profile.profile);
        SearchServer server = start(fahras, address, err);
        Closeable signals = stop.catching(err, "closing the server", "quits at once")) {
      long documents = fahras.stats().documents();
      out.println("serving " + location.index + " (" + Plural.of(documents, "article") + ") at " + server.uri());
      out.println("Ctrl-C stops the server.");
      out.flush();
      warmUp(fahras);
      if (!address.getAddress().isLoopbackAddress()) {
        err.println("fahras: listening on " + host + ": anyone who can reach this machine on port " + server.port()
            + " can search the whole index");
        err.flush();
      }
      while (!stop.requested()) {
        Thread.sleep(POLL_MILLIS);
      }
    }
    err.println("fahras: server stopped");
    return FahrasCli.OK;
  }

  /**
   * Runs one search in the background, so that the first person to search does not wait for the JVM to load and
   * compile the search path (a second or two on a cold JVM).
   */
  private void warmUp(Fahras fahras) {
    Thread.ofVirtual()
        .name("fahras-serve-warm-up")
        .start(
            () -> {
              try {
                fahras.search(SearchRequest.builder("أخبار الشهر الماضي", LocalDate.now(clock)).histogram(true).build());
              } catch (IOException | RuntimeException e) {
                // Only a warm-up: a real search reports whatever this met.
              }
            });
  }

  private InetSocketAddress address() {
    try {
      return new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--host: '" + host + "' is not an address or a name of this network");
    }
  }

  private SearchServer start(Fahras fahras, InetSocketAddress address, PrintWriter err) throws IOException {
    try {
      return SearchServer.start(
          fahras,
          address,
          clock,
          line -> {
            err.println(line);
            err.flush();
          });
    } catch (BindException e) {
      throw new IllegalStateException(
          "cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); is another server there? Try --port "
              + (port == 0 ? 8081 : port + 1));
    }
  }
}
