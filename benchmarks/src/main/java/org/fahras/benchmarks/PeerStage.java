package org.fahras.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fahras.peers.Folders;

/**
 * Runs the peer engines (Solr, OpenSearch) on this run's corpus and query log, each in its own JVM with its own class
 * path ({@code benchmarks/peers/<engine>/target}, built by {@code -Ppeers}), one after the other, and collects the
 * figures each writes. A peer that fails or overruns its time is reported as such; the rest of the report stands.
 */
final class PeerStage {
  /** What one peer run gave: its figures, or why there are none. */
  record Outcome(String engine, JsonNode figures, String failure, double seconds) {
    boolean ok() {
      return figures != null;
    }
  }

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

  /**
   * Runs every peer on {@code corpus} and {@code log}, recency measured from {@code asOf}.
   *
   * @return one outcome per peer, in a fixed order
   */
  List<Outcome> run(BenchCorpus corpus, List<QueryLog.Query> log, LocalDate asOf) throws IOException {
    Path articles = PeerExport.articles(corpus, work);
    Path queries = PeerExport.queries(log, work.resolve("queries-" + settings.mode() + "-" + settings.seed() + ".tsv"));
    List<Outcome> outcomes = new ArrayList<>();
    for (Peer peer : Peer.values()) {
      Progress.say("peer %s: indexing %,d articles, then %d queries", peer.id, corpus.articles().size(), log.size());
      outcomes.add(run(peer, articles, queries, asOf));
    }
    return outcomes;
  }

  private Outcome run(Peer peer, Path articles, Path queries, LocalDate asOf) throws IOException {
    Path target = modules.resolve(peer.id).resolve("target");
    Path jar = target.resolve("fahras-peer-" + peer.id + ".jar");
    if (!Files.isRegularFile(jar)) {
      return new Outcome(peer.id, null, jar + " is missing: build with -Ppeers (benchmarks/run --peers does)", 0);
    }
    Path scratch = work.resolve(peer.id);
    Folders.delete(scratch);
    Files.createDirectories(scratch);
    Path out = scratch.resolve("figures.json");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx" + settings.peerHeap(), "-Xms" + settings.peerHeap()));
    command.addAll(List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
    command.addAll(List.of("-cp", jar + File.pathSeparator + target.resolve("lib").resolve("*"), peer.mainClass));
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("articles", articles.toAbsolutePath());
    options.put("queries", queries.toAbsolutePath());
    options.put("as-of", asOf);
    options.put("k", QueryStage.K);
    options.put("rounds", settings.queryRounds());
    options.put("seed", settings.seed());
    options.put("timed-docs", settings.indexingDocs());
    options.put("repetitions", settings.indexingRepetitions());
    options.put("warm-up-docs", IndexingStage.WARM_UP_DOCS);
    options.put("total-hits-threshold", TOTAL_HITS_THRESHOLD);
    options.put("work", scratch.toAbsolutePath());
    options.put("out", out.toAbsolutePath());
    options.forEach((option, value) -> command.addAll(List.of("--" + option, value.toString())));

    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).inheritIO().start();
    boolean finished;
    try {
      finished = process.waitFor(settings.peerSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while " + peer.id + " ran", e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!finished) {
      process.destroyForcibly();
      return new Outcome(peer.id, null, String.format(Locale.ROOT, "stopped after %d s", settings.peerSeconds()), seconds);
    }
    if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
      return new Outcome(peer.id, null, "exited with " + process.exitValue() + " (its output is above in the run's log)", seconds);
    }
    JsonNode figures = JSON.readTree(out.toFile());
    Progress.say("peer %s done in %.0f s", peer.id, seconds);
    return new Outcome(peer.id, figures, null, seconds);
  }
}
