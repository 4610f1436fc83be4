package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fahras.analysis.AnalyzerProfile;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the whole suite and writes {@code latest.json} and {@code latest.md}: analysis and tagger throughput (JMH),
 * indexing throughput (Fahras against plain Lucene, 1 and 2 threads), query latency (date-aware against BM25 alone,
 * with the top-k check). Every ratio compares figures of this run.
 *
 * <pre>
 * java -cp fahras-benchmarks.jar org.fahras.benchmarks.Suite [--quick] [--peers] [--query-docs N] [--seed N]
 *     [--shared DIR] [--seeds DIR] [--work DIR] [--out DIR] [--peer-modules DIR]
 * </pre>
 *
 * Usually started by {@code benchmarks/run}, which builds the jar and passes the folders. {@code --peers} also runs
 * Solr and OpenSearch ({@link PeerStage}, built from {@code --peer-modules}, by default {@code benchmarks/peers}).
 */
public final class Suite {
  private Suite() {}

  /**
   * Entry point; exits 2 on bad usage, 1 on failure.
   *
   * @param args the options above
   */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    new Suite().run(options.settings(), options.peerModules()).write(options.out());
    Progress.say("wrote %s/latest.json and latest.md", options.out());
  }

  /** @param peerModules where the peer modules are built, or null not to run the peers */
  private Report run(SuiteSettings settings, Path peerModules) throws IOException, RunnerException {
    Report report = new Report();
    Map<String, Double> seconds = new LinkedHashMap<>();
    long suiteStart = System.nanoTime();
    Map<String, Object> machine = machine(settings);
    report.put("machine", machine); // latest.md's first lines name the machine and the time

    long start = System.nanoTime();
    BenchCorpus corpus = BenchCorpus.load(settings.shared(), settings.seeds(), settings.seed());
    seconds.put("corpus_load", elapsed(start));
    Progress.say("%s corpus: %,d articles", corpus.source(), corpus.articles().size());
    report.put(
        "corpus",
        Map.of("source", corpus.source(), "articles", corpus.articles().size(), "fingerprint", corpus.fingerprint()));

    start = System.nanoTime();
    new AnalysisFigures(settings, corpus).measure(report);
    seconds.put("analysis_and_tagger", elapsed(start));

    start = System.nanoTime();
    List<IndexingStage.Run> runs = 
        new IndexingStage(corpus.articles(), settings.indexingDocs(), settings.indexingRepetitions(), settings.work())
            .run();
    seconds.put("indexing", elapsed(start));
    IndexingFigures.add(report, runs);

    start = System.nanoTime();
    QueryIndex index = QueryIndex.obtain(corpus, settings);
    seconds.put("query_index_obtain", elapsed(start));
    start = System.nanoTime();
    QueryStage.Result queries = new QueryStage(index, settings, corpus.articles()).run();
    seconds.put("queries", elapsed(start));
    QueryFigures.add(report, index, queries);

    start = System.nanoTime();
    ServeStage.add(report, new ServeStage(index, settings, queries.log()).run());
    seconds.put("serve", elapsed(start));

    if (peerModules == null) {
      report.put("peers", Map.of("status", "not run", "reason", "run with benchmarks/run --peers", "engines", Map.of()));
      report.note("Peers (Solr, OpenSearch): not run (benchmarks/run --peers runs them).");
    } else {
      start = System.nanoTime();
      peers(report, settings, peerModules, corpus, runs, index, queries);
      seconds.put("peers", elapsed(start));
    }
    seconds.put("total", elapsed(suiteStart));
    report.put("seconds", seconds); // latest.md ends with these, in minutes and seconds
    return report;
  }

  /**
   * The peer stage: Solr and OpenSearch index the whole corpus and run the query log; Fahras's latencies are taken on
   * an index of the same whole corpus (the cached query index of that size, built once), not on the larger query index.
   */
  private static void peers(
      Report report,
      SuiteSettings settings,
      Path peerModules,
      BenchCorpus corpus,
      List<IndexingStage.Run> runs,
      QueryIndex index,
      QueryStage.Result queries)
      throws IOException {
    long start = System.nanoTime();
    int articles = corpus.articles().size();
    QueryIndex whole = index.articles() == articles ? index : QueryIndex.obtain(corpus, settings.withQueryIndexDocs(articles));
    QueryStage.Result wholeQueries =
        whole == index ? queries : new QueryStage(whole, settings, corpus.articles()).run();
    Progress.say(
        "Fahras on the %,d-article corpus: search p50 %.2f ms BM25, %.2f ms date-aware",
        articles,
        wholeQueries.latency().get("search_bm25").p50Ms(),
        wholeQueries.latency().get("search_dateaware").p50Ms());
    PeerStage.Result peers = new PeerStage(peerModules, settings).run(corpus, whole, wholeQueries.log());
    PeerFigures.add(report, whole, wholeQueries, peers, elapsed(start));
  }

  private static double elapsed(long start) {
    return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
  }

  private static Map<String, Object> machine(SuiteSettings settings) {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("jdk", System.getProperty("java.version"));
    machine.put("vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    machine.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    // A benchmark report is stamped with when it ran; nothing depends on this value.
    machine.put("date", DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC)));
    machine.put("mode", settings.mode());
    machine.put("seed", settings.seed());
    return machine;
  }

  /** The command line; {@code peerModules} is null unless {@code --peers} was given. */
  private record Options(SuiteSettings settings, Path out, Path peerModules) {
    static Options parse(String[] args) {
      boolean quick = false;
      boolean peers = false;
      Path peerModules = Path.of("benchmarks/peers");
      long seed = SuiteSettings.DEFAULT_SEED;
      Integer queryDocs = null;
      Path shared = Path.of("../shared");
      Path seeds = Path.of("seeds");
      Path work = Path.of("benchmarks/target/bench-work");
      Path out = Path.of("benchmarks/results");
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--quick" -> quick = true;
          case "--peers" -> peers = true;
          case "--peer-modules" -> peerModules = Path.of(value(args, ++i, arg));
          case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
          case "--query-docs" -> queryDocs = Integer.parseInt(value(args, ++i, arg));
          case "--shared" -> shared = Path.of(value(args, ++i, arg));
          case "--seeds" -> seeds = Path.of(value(args, ++i, arg));
          case "--work" -> work = Path.of(value(args, ++i, arg));
          case "--out" -> out = Path.of(value(args, ++i, arg));
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      SuiteSettings settings =
          quick ? SuiteSettings.quick(seed, shared, seeds, work) : SuiteSettings.full(seed, shared, seeds, work);
      if (queryDocs != null) {
        if (queryDocs < 1) {
          throw new IllegalArgumentException("--query-docs must be >= 1");
        }
        settings = settings.withQueryIndexDocs(queryDocs);
      }
      return new Options(settings, out, peers ? peerModules : null);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
