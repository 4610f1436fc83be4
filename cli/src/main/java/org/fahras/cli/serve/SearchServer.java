package org.fahras.cli.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fahras.Fahras;

/**
 * The search page and JSON API over one {@link Fahras} engine, on the JDK's HTTP server with a virtual thread per
 * exchange: a slow or vanished client holds only its own thread, never another search. Routes:
 *
 * <ul>
 *   <li>{@code GET /api/search}, {@code /api/stats}, {@code /api/analyze}, {@code /api/dates}: JSON;
 *   <li>{@code GET /} and its files ({@code /app.js}, {@code /style.css}, {@code /favicon.svg}): the page;
 *   <li>anything else: 404, another method: 405, both as JSON.
 * </ul>
 *
 * <p>Bound to a loopback address, it answers only requests whose {@code Host} is that address or {@code localhost}, so
 * a web page elsewhere cannot reach it through DNS rebinding. The engine is the caller's: closing the server does not
 * close it. Thread-safe.
 *
 * <pre>{@code
 * try (Fahras fahras = Fahras.open(Path.of("fahras-index"));
 *     SearchServer server = SearchServer.start(fahras, new InetSocketAddress("127.0.0.1", 8080))) {
 *   System.out.println("open " + server.uri());
 *   ...
 * }
 * }</pre>
 */
public final class SearchServer implements Closeable {
  /** Seconds a client may take to send its request, and to be sent the answer (from the end of its request). */
  static final long REQUEST_SECONDS = 10;

  static final long RESPONSE_SECONDS = 60;

  static {
    // The JDK server reads these once, when its first server is made: a client that sends its request or reads its
    // answer too slowly is disconnected (its virtual thread freed), and small answers leave at once (no Nagle delay
    // waiting for the client's ACK). A value the user set on the command line wins.
    defaultProperty("sun.net.httpserver.maxReqTime", Long.toString(REQUEST_SECONDS));
    defaultProperty("sun.net.httpserver.maxRspTime", Long.toString(RESPONSE_SECONDS));
    defaultProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final AnalyzeRoute analyze;
  private final URI uri;

  private SearchServer(HttpServer server, ExecutorService executor, AnalyzeRoute analyze, URI uri) {
    this.server = server;
    this.executor = executor;
    this.analyze = analyze;
    this.uri = uri;
  }

  private static void defaultProperty(String name, String value) {
    if (System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }

  /** Starts serving {@code fahras} on {@code address} (port 0: any free port), as-of days from the UTC clock. */
  public static SearchServer start(Fahras fahras, InetSocketAddress address) throws IOException {
    return start(fahras, address, Clock.systemUTC(), System.err::println);
  }

  /**
   * Starts serving {@code fahras} on {@code address}.
   *
   * @param clock today, for requests without an as-of day
   * @param log where failures of the server (not of requests) are reported, one line each
   * @throws java.net.BindException when the address is taken or not this machine's
   */
  public static SearchServer start(Fahras fahras, InetSocketAddress address, Clock clock, Consumer<String> log)
      throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    int port = server.getAddress().getPort();
    Predicate<String> hostAllowed = hostCheck(address.getAddress(), port);
    AnalyzeRoute analyze = new AnalyzeRoute(fahras.profile(), hostAllowed, log);
    server.createContext(SearchRoute.PATH, new SearchRoute(fahras, clock, hostAllowed, log));
    server.createContext(StatsRoute.PATH, new StatsRoute(fahras, hostAllowed, log));
    server.createContext(AnalyzeRoute.PATH, analyze);
    server.createContext(DatesRoute.PATH, new DatesRoute(fahras.tagger(), clock, hostAllowed, log));
    server.createContext("/", new PageRoute(hostAllowed, log));
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.start();
    return new SearchServer(server, executor, analyze, uri(address.getAddress(), port));
  }

  /** The address to open: {@code http://HOST:PORT/}, the loopback address when bound to every interface. */
  public URI uri() {
    return uri;
  }

  /** The port listened on (the one chosen when started with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private static URI uri(InetAddress bound, int port) {
    InetAddress shown = bound == null || bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
    String host = shown.getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host.replaceFirst("%.*$", "") + "]";
    }
    return URI.create("http://" + host + ":" + port + "/");
  }

  /**
   * Which {@code Host} headers a request may carry: on a loopback address, only this machine's loopback names with the
   * port (a DNS-rebinding page names its own host); on any other address, any (the server is meant to be reached by
   * whatever name the network gives it).
   */
  private static Predicate<String> hostCheck(InetAddress bound, int port) {
    if (bound == null || !bound.isLoopbackAddress()) {
      return host -> true;
    }
    Set<String> allowed = new HashSet<>();
    for (String name : new String[] {"localhost", "127.0.0.1", "[::1]", bound.getHostAddress()}) {
      String host = name.indexOf(':') >= 0 && !name.startsWith("[") ? "[" + name + "]" : name;
      allowed.add(host.toLowerCase(Locale.ROOT));
      allowed.add(host.toLowerCase(Locale.ROOT) + ":" + port);
    }
    return host -> allowed.contains(host.trim().toLowerCase(Locale.ROOT));
  }

  /** Stops listening, lets the exchanges under way finish (a second at most) and ends their threads. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    analyze.close();
  }
}
