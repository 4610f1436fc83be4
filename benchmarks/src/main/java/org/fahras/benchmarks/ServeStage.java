package org.fahras.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.Fahras;
import org.fahras.cli.serve.SearchServer;
import org.fahras.peers.Latencies;
import org.fahras.peers.Text;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;

/**
 * What {@code fahras serve} adds to a library search: the same requests of the query log, on the same engine, timed
 * as {@link Fahras#search} and as {@code GET /api/search} from a loopback client (the JDK's {@code HttpURLConnection}, HTTP/1.1,
 * one kept-alive connection), alternating which goes first. A server answer is timed until its last byte has arrived;
 * it includes the HTTP exchange, parameter checks, the search, the Hijri dates and writing the JSON. Both run the
 * API's defaults (10 hits, snippets, near-duplicates folded with up to 5 copies listed per hit, recency half-life 30
 * days, no histogram).
 */
final class ServeStage {
  /** The goal: the server adds at most this much to the median search. */
  static final double GOAL_P50_OVERHEAD_MS = 1.0;
  private static final int MAX_ROUNDS = 3;
  private static final int WARM_UP_REQUESTS = 2_000;
  private static final Pattern SEARCH_TIMING = Pattern.compile("search;dur=([0-9.]+)");

  /**
   * What the stage measured.
   *
   * @param requests timed requests of each kind
   * @param library latencies of {@code Fahras.search}
   * @param server latencies of the same requests through the server
   * @param p50OverheadMs server p50 − library p50
   * @param p99OverheadMs server p99 − library p99
   * @param pairedMedianMs the median of (server − library) for the same query in the same round
   * @param serverSearchP50Ms p50 of the search inside the server ({@code Server-Timing: search}): the library call on
   *     the exchange's thread
   * @param transportP50Ms p50 of (answer time − the server's search time): HTTP both ways, parameters, JSON
   * @param loadAverage the machine's one-minute load average during the stage (other work on the shared cores
   *     delays each thread hand-off of an HTTP exchange, which a library call does not have)
   * @param sameHits queries whose hits the server and the library gave identically, of all
   */
  record Result(
      int requests,
      int rounds,
      Latencies.Summary library,
      Latencies.Summary server,
      double p50OverheadMs,
      double p99OverheadMs,
      double pairedMedianMs,
      double serverSearchP50Ms,
      double transportP50Ms,
      double loadAverage,
      String sameHits) {}

  private final QueryIndex index;
  private final SuiteSettings settings;
  private final List<QueryLog.Query> log;

  ServeStage(QueryIndex index, SuiteSettings settings, List<QueryLog.Query> log) {
    this.index = index;
    this.settings = settings;
    this.log = log;
  }

  Result run() throws IOException {
    // The client is the JDK's HttpURLConnection: it runs each exchange on the calling thread over a kept-alive
    // connection. java.net.http.HttpClient hands every exchange to its selector thread and back, which on two shared
    // cores cost about 0.4 ms more per request than this client (measured on the corpus index: +0.87-1.08 ms against
    // +0.46-0.51 ms over the library, p50): that is the client's time, not what the server adds.
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    ObjectMapper json = new ObjectMapper();
    try (Fahras fahras = Fahras.open(index.folder());
        SearchServer server = SearchServer.start(fahras, new InetSocketAddress("127.0.0.1", 0))) {
      List<SearchRequest> requests = new ArrayList<>();
      List<URI> gets = new ArrayList<>();
      for (QueryLog.Query query : log) {
        requests.add(SearchRequest.builder(query.text(), index.asOf()).requireAllWords(query.requireAllWords()).build());
        gets.add(
            server.uri().resolve(
                "/api/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8) + "&as_of=" + index.asOf()
                    + "&and=" + (query.requireAllWords() ? 1 : 0)));
      }
      // Not timed: one round checks that both give the same hits, then the server's path (the JDK's HTTP server and
      // client, Jackson) gets WARM_UP_REQUESTS requests in all, so the JIT has compiled it as it has the search's.
      int same = 0;
      for (int q = 0; q < log.size(); q++) {
        List<String> libraryIds = fahras.search(requests.get(q)).hits().stream().map(Hit::id).toList();
        JsonNode answer = json.readTree(send(gets.get(q)).body());
        List<String> serverIds = new ArrayList<>();
        answer.get("hits").forEach(hit -> serverIds.add(hit.get("id").asText()));
        same += libraryIds.equals(serverIds) ? 1 : 0;
      }
      for (int i = log.size(); i < WARM_UP_REQUESTS; i++) {
        send(gets.get(i % log.size()));
      }
      Latencies library = new Latencies();
      Latencies served = new Latencies();
      int rounds = Math.min(MAX_ROUNDS, settings.queryRounds());
      SplittableRandom order = new SplittableRandom(settings.seed() + 17);
      List<Long> differences = new ArrayList<>();
      Latencies serverSearch = new Latencies();
      Latencies transport = new Latencies();
      for (int round = 0; round < rounds; round++) {
        int[] permutation = Text.shuffled(log.size(), order);
        for (int position = 0; position < permutation.length; position++) {
          int q = permutation[position];
          long libraryNanos = 0;
          long serverNanos = 0;
          for (int turn = 0; turn < 2; turn++) {
            boolean libraryTurn = (turn == 0) == (position % 2 == 0);
            long start = System.nanoTime();
            if (libraryTurn) {
              fahras.search(requests.get(q));
              libraryNanos = System.nanoTime() - start;
            } else {
              Answer response = send(gets.get(q));
              serverNanos = System.nanoTime() - start;
              long searchNanos = searchNanos(response);
              serverSearch.add(searchNanos);
              transport.add(serverNanos - searchNanos);
            }
          }
          library.add(libraryNanos);
          served.add(serverNanos);
          differences.add(serverNanos - libraryNanos);
        }
      }
      long[] sorted = differences.stream().mapToLong(Long::longValue).sorted().toArray();
      double load = (loadBefore + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) / 2;
      double serverSearchP50 = serverSearch.summary().p50Ms();
      double transportP50 = transport.summary().p50Ms();
      double pairedMedian = sorted.length == 0 ? Double.NaN : sorted[(sorted.length - 1) / 2] / 1e6;
      Latencies.Summary a = library.summary();
      Latencies.Summary b = served.summary();
      Progress.say(
          "serve: library p50 %.2f ms, through the server %.2f ms (+%.2f ms: the search inside the server %.2f ms,"
              + " HTTP and JSON %.2f ms); p99 %.2f → %.2f ms",
          a.p50Ms(), b.p50Ms(), b.p50Ms() - a.p50Ms(), serverSearchP50, transportP50, a.p99Ms(), b.p99Ms());
      return new Result(
          differences.size(), rounds, a, b, b.p50Ms() - a.p50Ms(), b.p99Ms() - a.p99Ms(), pairedMedian,
          serverSearchP50, transportP50, load, same + "/" + log.size());
    }
  }

  /** One answer of the server: its body and its {@code Server-Timing} header. */
  private record Answer(byte[] body, String timing) {}

  /** The search time the server reports in {@code Server-Timing: search;dur=MS, …}. */
  private static long searchNanos(Answer answer) {
    String timing = answer.timing();
    Matcher search = SEARCH_TIMING.matcher(timing == null ? "" : timing);
    if (!search.find()) {
      throw new IllegalStateException("no search time in Server-Timing: " + timing);
    }
    return Math.round(Double.parseDouble(search.group(1)) * 1e6);
  }

  /** GETs {@code uri} over a kept-alive connection; the body is read whole, so the connection can be reused. */
  private static Answer send(URI uri) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    int status = connection.getResponseCode();
    if (status != 200) {
      InputStream errorStream = connection.getErrorStream();
      byte[] error = errorStream == null ? new byte[0] : errorStream.readAllBytes();
      throw new IllegalStateException(
          "the server answered " + status + " to " + uri + ": " + new String(error, StandardCharsets.UTF_8));
    }
    try (InputStream in = connection.getInputStream()) {
      return new Answer(in.readAllBytes(), connection.getHeaderField("Server-Timing"));
    }
  }

  /** Puts the stage in the report: a {@code serve} section, two rows and a note. */
  static void add(Report report, Result result) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("serve_p50_overhead_ms", result.p50OverheadMs());
    section.put("serve_p99_overhead_ms", result.p99OverheadMs());
    section.put("paired_median_overhead_ms", result.pairedMedianMs());
    section.put("server_search_p50_ms", result.serverSearchP50Ms());
    section.put("http_and_json_p50_ms", result.transportP50Ms());
    section.put("goal_p50_overhead_ms", GOAL_P50_OVERHEAD_MS);
    section.put("goal_met", result.p50OverheadMs() <= GOAL_P50_OVERHEAD_MS);
    section.put("library", result.library().toMap());
    section.put("server", result.server().toMap());
    section.put("load_average", result.loadAverage());
    section.put("requests", result.requests());
    section.put("rounds", result.rounds());
    section.put("same_hits", result.sameHits());
    report.put("serve", section);
    report.row(
        "search p50, ms: the library → through `fahras serve` (loopback HTTP, JSON)",
        QueryFigures.ms(result.library().p50Ms()),
        QueryFigures.ms(result.server().p50Ms()),
        "");
    report.row(
        "what the server adds, ms: p50 (p99)",
        "",
        String.format(Locale.ROOT, "+%.2f (+%.2f)", result.p50OverheadMs(), result.p99OverheadMs())
            + (result.p50OverheadMs() <= GOAL_P50_OVERHEAD_MS ? " ✅" : " ❌"),
        "");
    report.note(
        String.format(
            Locale.ROOT,
            "fahras serve: %,d requests of the query log (%d rounds) through GET /api/search and Fahras.search,"
                + " alternating; the server adds %.2f ms at p50 (goal ≤ %.0f ms), %.2f ms at p99, paired median %.2f"
                + " ms; inside it the search took %.2f ms at p50 and HTTP with JSON %.2f ms; machine load average %.1f on"
                + " %d cores; same hits for %s queries.",
            result.requests(),
            result.rounds(),
            result.p50OverheadMs(),
            GOAL_P50_OVERHEAD_MS,
            result.p99OverheadMs(),
            result.pairedMedianMs(),
            result.serverSearchP50Ms(),
            result.transportP50Ms(),
            result.loadAverage(),
            Runtime.getRuntime().availableProcessors(),
            result.sameHits()));
  }
}
