package org.fahras.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.peers.Folders;

/**
 * Runs the peer engines (Solr, OpenSearch) beside Fahras on this run's corpus and query log, each peer in its own JVM
 * with its own class path ({@code benchmarks/peers/<engine>/target}, built by {@code -Ppeers}), and collects the
 * figures each writes.
 *
 * <p><b>Interleaved.</b> Every engine is started up front and then driven step by step ({@link PeerProcess}; Fahras's
 * steps are {@link FahrasSide}): the warm-ups, then each timed indexing repetition of every engine, then each query
 * round of every engine, the engines taking turns within a repetition or round, the first of each turn rotating
 * (Fahras, Solr, OpenSearch; then Solr, OpenSearch, Fahras; ...). So repetition N or round N of two engines are
 * seconds apart, never minutes, and each peer ratio is computed per repetition or round ({@link PeerFigures}). Only
 * one engine works at a time; the others wait idle.
 *
 * <p>A peer that fails, stops answering or overruns its time is reported as such and dropped from the turns; the rest
 * of the report stands.
 */
final class PeerStage {
  /** What one peer gave: its figures, or why there are none; {@code seconds} is the time its own steps took. */
  record Outcome(String engine, JsonNode figures, String failure, double seconds) {
    boolean ok() {
      return figures != null;
    }
  }

  /**
   * What the stage gave.
   *
   * @param outcomes one per peer, in a fixed order
   * @param fahras Fahras's figures in the shape of a peer's ({@code indexing.runs}, {@code query.per_round})
   * @param fahrasTop the embedded engine's date-aware top k of each query of the log
   * @param fahrasSegments segments of the Fahras index the queries ran on
   */
  record Result(
      List<Outcome> outcomes,
      Map<String, Object> fahras,
      List<List<FahrasSide.Ranked>> fahrasTop,
      int fahrasSegments,
      int rounds,
      int repetitions) {}

  /** The peers, by module folder and main class. */
  private enum Peer {
    SOLR("solr", "org.fahras.peers.solr.SolrPeer"),
    OPENSEARCH("opensearch", "org.fahras.peers.opensearch.OpenSearchPeer");

    final String id;
    final String mainClass;

    Peer(String id, String mainClass) {
      this.id = id;
      this.mainClass = mainClass;
    }
  }

  /** The hits Lucene counts exactly before a count may become a lower bound: what Fahras's top-k searches keep. */
  private static final int TOTAL_HITS_THRESHOLD = 1_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path modules;
  private final SuiteSettings settings;
  private final Path work;

  /** @param modules the folder holding the peer modules ({@code benchmarks/peers}) */
  PeerStage(Path modules, SuiteSettings settings) {
    this.modules = modules;
    this.settings = settings;
    this.work = settings.work().resolve("peers");
  }

  /** One engine taking turns: a peer's JVM, or Fahras in this one. */
  private abstract static class Turns {
    final String engine;
    String failure;
    double seconds;

    Turns(String engine) {
      this.engine = engine;
    }

    abstract String run(String step, long deadlineNanos) throws Exception;

    /** Runs {@code step} unless the engine has failed; a failure is kept and the engine leaves the turns. */
    void step(String step, long deadlineNanos) {
      if (failure != null) {
        return;
      }
      long start = System.nanoTime();
      try {
        String reply = run(step, deadlineNanos);
        if (!step.startsWith("round") || step.equals("round 0")) {
          Progress.say("%s %s: %s", engine, step, reply);
        }
      } catch (Exception e) {
        failure = step + ": " + e.getMessage();
        Progress.say("%s failed at %s", engine, failure);
        stop();
      } finally {
        seconds += (System.nanoTime() - start) / 1e9;
      }
    }

    void stop() {}
  }

  /**
   * Runs every peer and Fahras on {@code corpus} and {@code log}, the queries on {@code whole} (Fahras's index of the
   * whole corpus), recency measured from its as-of day.
   */
  Result run(BenchCorpus corpus, QueryIndex whole, List<QueryLog.Query> log) throws IOException {
    Path articles = PeerExport.articles(corpus, work);
    Path queries = PeerExport.queries(log, work.resolve("queries-" + settings.mode() + "-" + settings.seed() + ".tsv"));
    long deadline = System.nanoTime() + settings.peerSeconds() * 1_000_000_000L * Peer.values().length;
    List<PeerProcess> processes = new ArrayList<>();
    Map<String, Turns> turns = new LinkedHashMap<>();
    Map<String, Path> outs = new LinkedHashMap<>();
    List<Outcome> missing = new ArrayList<>();
    try (FahrasSide fahras = new FahrasSide(corpus.articles(), settings.indexingDocs(), whole, log, settings)) {
      turns.put("fahras", fahrasTurns(fahras));
      for (Peer peer : Peer.values()) {
        Path target = modules.resolve(peer.id).resolve("target");
        Path jar = target.resolve("fahras-peer-" + peer.id + ".jar");
        if (!Files.isRegularFile(jar)) {
          missing.add(new Outcome(peer.id, null, jar + " is missing: build with -Ppeers (benchmarks/run --peers does)", 0));
          continue;
        }
        Path scratch = work.resolve(peer.id);
        Folders.delete(scratch);
        Files.createDirectories(scratch);
        Path out = scratch.resolve("figures.json");
        outs.put(peer.id, out);
        PeerProcess process = PeerProcess.start(peer.id, command(peer, target, jar, articles, queries, whole, scratch, out));
        processes.add(process);
        turns.put(peer.id, peerTurns(process));
      }
      Progress.say(
          "peers: %s started; %,d articles, %d queries, engines taking turns", outs.keySet(), corpus.articles().size(),
          log.size());
      for (PeerProcess process : processes) {
        Turns peer = turns.get(process.engine());
        try {
          process.ready(deadline);
        } catch (PeerProcess.Failure e) {
          peer.failure = "start: " + e.getMessage();
          peer.stop();
        }
      }
      List<Turns> engines = new ArrayList<>(turns.values());
      for (Turns engine : engines) {
        engine.step("warm-up", deadline);
      }
      int repetitions = Math.max(1, settings.indexingRepetitions());
      for (int repetition = 1; repetition <= repetitions; repetition++) {
        for (Turns engine : rotated(engines, repetition - 1)) {
          engine.step("index " + repetition, deadline);
        }
      }
      for (Turns engine : engines) {
        engine.step("load", deadline);
      }
      Progress.say("peers: %d query rounds after a warm-up round, the engines taking turns", settings.queryRounds());
      for (int round = 0; round <= settings.queryRounds(); round++) {
        for (Turns engine : rotated(engines, round)) {
          engine.step("round " + round, deadline);
        }
      }
      for (Turns engine : engines) {
        engine.step("finish", deadline);
      }
      List<List<FahrasSide.Ranked>> top = fahras.dateAwareTop();
      List<Outcome> outcomes = new ArrayList<>();
      for (Peer peer : Peer.values()) {
        Turns engine = turns.get(peer.id);
        if (engine == null) {
          missing.stream().filter(outcome -> outcome.engine().equals(peer.id)).forEach(outcomes::add);
          continue;
        }
        Path out = outs.get(peer.id);
        if (engine.failure == null && !Files.isRegularFile(out)) {
          engine.failure = "finished without writing " + out;
        }
        if (engine.failure != null) {
          outcomes.add(new Outcome(peer.id, null, engine.failure, engine.seconds));
        } else {
          outcomes.add(new Outcome(peer.id, JSON.readTree(out.toFile()), null, engine.seconds));
          Progress.say("peer %s done: its steps took %.0f s", peer.id, engine.seconds);
        }
      }
      Turns fahrasTurns = turns.get("fahras");
      if (fahrasTurns.failure != null) {
        throw new IOException("Fahras's turn failed at " + fahrasTurns.failure);
      }
      return new Result(outcomes, fahras.figures(), top, fahras.segments(), settings.queryRounds(), repetitions);
    } finally {
      for (PeerProcess process : processes) {
        process.waitForExit();
        process.close();
      }
    }
  }

  /** {@code engines} starting at {@code shift} (mod their number). */
  static <T> List<T> rotated(List<T> engines, int shift) {
    List<T> order = new ArrayList<>(engines.size());
    for (int i = 0; i < engines.size(); i++) {
      order.add(engines.get((i + shift) % engines.size()));
    }
    return order;
  }

  private static Turns fahrasTurns(FahrasSide fahras) {
    return new Turns("fahras") {
      @Override
      String run(String step, long deadlineNanos) throws IOException {
        String[] parts = step.split(" ");
        return switch (parts[0]) {
          case "warm-up" -> fahras.warmUp();
          case "index" -> fahras.index(Integer.parseInt(parts[1]));
          case "round" -> fahras.round(Integer.parseInt(parts[1]));
          case "load", "finish" -> "nothing to do";
          default -> throw new IllegalArgumentException(step);
        };
      }
    };
  }

  private static Turns peerTurns(PeerProcess process) {
    return new Turns(process.engine()) {
      @Override
      String run(String step, long deadlineNanos) throws PeerProcess.Failure {
        return process.step(step, deadlineNanos);
      }

      @Override
      void stop() {
        process.close();
      }
    };
  }

  private List<String> command(
      Peer peer, Path target, Path jar, Path articles, Path queries, QueryIndex whole, Path scratch, Path out) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx" + settings.peerHeap(), "-Xms" + settings.peerHeap()));
    command.addAll(List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
    command.addAll(List.of("-cp", jar + File.pathSeparator + target.resolve("lib").resolve("*"), peer.mainClass));
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("articles", articles.toAbsolutePath());
    options.put("queries", queries.toAbsolutePath());
    options.put("as-of", whole.asOf());
    options.put("k", QueryStage.K);
    options.put("rounds", settings.queryRounds());
    options.put("seed", settings.seed());
    options.put("timed-docs", settings.indexingDocs());
    options.put("repetitions", Math.max(1, settings.indexingRepetitions()));
    options.put("warm-up-docs", IndexingStage.WARM_UP_DOCS);
    options.put("total-hits-threshold", TOTAL_HITS_THRESHOLD);
    options.put("work", scratch.toAbsolutePath());
    options.put("out", out.toAbsolutePath());
    options.put("control", "stdin");
    options.forEach((option, value) -> command.addAll(List.of("--" + option, value.toString())));
    return command;
  }
}
