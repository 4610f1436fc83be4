package org.fahras.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.fahras.Fahras;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under load and under bad clients: searches from 4 concurrent clients while an indexer adds articles to
 * the same engine and commits, and clients that stall mid-request or vanish, none of which may slow the others.
 */
class ServeLoadTest {
  /** How long one search may take on two shared cores while everything else runs. */
  private static final long SLOWEST_MILLIS = 5_000;

  private static final String[] QUERIES = {
    "انسحاب قوات التحالف", "انسحاب سبتمبر ٢٠٢٥", "\"قوات التحالف\"", "البرلمان -الحكومة", "الطاقة OR النفط",
    "انسحاب source:المدى", "قوات after:2025-03 before:2025-06", "الشهر الماضي انسحاب", "قوات \"التحالف",
  };

  @Test
  void fourClientsSearchWhileAnIndexerAddsAndCommits(@TempDir Path folder) throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    try (Fahras fahras = Fixture.open(folder.resolve("index"));
        SearchServer server = SearchServer.start(fahras, new InetSocketAddress("127.0.0.1", 0), java.time.Clock.systemUTC(), log::add);
        ExecutorService threads = Executors.newFixedThreadPool(5)) {
      Http http = new Http(server.uri());
      AtomicBoolean indexing = new AtomicBoolean(true);
      AtomicLong requests = new AtomicLong();
      AtomicLong slowest = new AtomicLong();
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      int articles = 400;
      Future<?> indexer =
          threads.submit(
              () -> {
                try {
                  for (int i = 0; i < articles; i++) {
                    fahras.add(Fixture.extra(i));
                    if (i % 20 == 19) {
                      fahras.commit();
                    }
                  }
                  fahras.commit();
                } finally {
                  indexing.set(false);
                }
                return null;
              });
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        int client = c;
        clients.add(
            threads.submit(
                () -> {
                  int i = client;
                  // Each client keeps searching until the indexer is done, and at least 50 times.
                  while (indexing.get() || i < 50 * 4) {
                    String query = QUERIES[i % QUERIES.length];
                    boolean bad = query.endsWith("\"التحالف");
                    long start = System.nanoTime();
                    Http.Reply reply =
                        http.get(Http.path("/api/search", "q", query, "page", String.valueOf(1 + i % 3), "histogram", i % 2 == 0 ? "1" : "0", "explain", "1"));
                    slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    requests.incrementAndGet();
                    try {
                      JsonNode body = reply.json();
                      if (reply.status() != (bad ? 400 : 200) || (!bad && !body.has("hits")) || (bad && !body.has("position"))) {
                        problems.add(query + ": " + reply.status() + " " + reply.body());
                      }
                    } catch (IOException e) {
                      problems.add(query + ": not JSON: " + reply.body());
                    }
                    i += 4;
                  }
                  return null;
                }));
      }
      indexer.get(120, TimeUnit.SECONDS);
      for (Future<?> client : clients) {
        client.get(120, TimeUnit.SECONDS);
      }
      assertEquals(List.of(), List.copyOf(problems), "every answer is valid JSON with the right status");
      assertEquals(List.of(), log, "no request made the server fail");
      assertTrue(requests.get() >= 200, "requests: " + requests);
      assertTrue(slowest.get() < SLOWEST_MILLIS, "slowest search: " + slowest + " ms");
      JsonNode stats = http.get("/api/stats").json();
      assertEquals(Fixture.articles().size() + articles, stats.get("documents").asInt(), "every added article is searchable");
    }
  }

  @Test
  void stalledAndVanishingClientsNeverBlockOtherSearches(@TempDir Path folder) throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    List<Socket> stalled = new ArrayList<>();
    try (Fahras fahras = Fixture.open(folder.resolve("index"));
        SearchServer server = SearchServer.start(fahras, new InetSocketAddress("127.0.0.1", 0), java.time.Clock.systemUTC(), log::add)) {
      Http http = new Http(server.uri());
      // A first search loads the classes and warms the JIT up, so what is timed below is waiting, not a cold JVM.
      assertEquals(200, http.get(Http.path("/api/search", "q", QUERIES[0], "histogram", "1")).status());
      InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.port());
      // 50 clients that send half a request line and then nothing (the server's limit closes them after some seconds),
      // and 50 that connect and send nothing at all.
      for (int i = 0; i < 100; i++) {
        Socket socket = new Socket();
        socket.connect(address, 5_000);
        if (i % 2 == 0) {
          OutputStream out = socket.getOutputStream();
          out.write("GET /api/search?q=%D9%82".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
        stalled.add(socket);
      }
      // 10 clients that send a whole search and close before the answer (the search still runs: 10 of them).
      for (int i = 0; i < 10; i++) {
        try (Socket socket = new Socket()) {
          socket.connect(address, 5_000);
          socket.getOutputStream().write(
              ("GET " + Http.path("/api/search", "q", "انسحاب قوات التحالف", "histogram", "1") + " HTTP/1.1\r\nHost: "
                  + server.uri().getAuthority() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      for (int i = 0; i < 20; i++) {
        long start = System.nanoTime();
        Http.Reply reply = http.get(Http.path("/api/search", "q", QUERIES[i % 3]));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(200, reply.status(), reply.body());
        assertTrue(millis < SLOWEST_MILLIS, "a search beside stalled clients took " + millis + " ms");
      }
      // The stalled clients are cut off once they pass the request time limit.
      Socket first = stalled.get(0);
      first.setSoTimeout((int) TimeUnit.SECONDS.toMillis(SearchServer.REQUEST_SECONDS + 15));
      assertEquals(-1, first.getInputStream().read(), "the server closed a client that never finished its request");
      assertEquals(List.of(), log, "a vanished client is not a server failure");
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }
}
