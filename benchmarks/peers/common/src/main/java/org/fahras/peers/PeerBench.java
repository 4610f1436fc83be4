package org.fahras.peers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures one engine the way the Fahras suite measures Fahras, and writes the figures as JSON.
 *
 * <ol>
 *   <li><b>Indexing</b>: a warm-up index of the first articles, untimed, dropped; then {@code repetitions} new indexes of
 *       the first {@code timedDocs} articles, fed in batches from one thread and committed, timed from the first add
 *       to the end of the commit (the best repetition counts, as for Fahras). The last index then gets the rest of the
 *       articles, untimed, so the queries run on the whole corpus.
 *   <li><b>Queries</b>: the log counted once exactly (so the report can show that the engines match the same
 *       documents), then a warm-up pass and {@code rounds} timed passes, each in the seeded order the suite times
 *       Fahras in, BM25 alone and with recency back to back, their order alternating.
 * </ol>
 */
public final class PeerBench {
  private static final int BATCH = 500;
  private static final int MATCHLESS_SHOWN = 5;

  private final PeerSettings settings;

  private PeerBench(PeerSettings settings) {
    this.settings = settings;
  }

  /** Opens an engine for these settings. */
  @FunctionalInterface
  public interface Opener {
    /** Starts the engine with its files under {@code settings.work()}. */
    PeerEngine open(PeerSettings settings) throws Exception;
  }

  /**
   * Entry point of a peer's {@code main}: exits 2 on bad usage, 1 on failure, 0 with the figures written.
   *
   * @param args the {@link PeerSettings} command line
   * @param opener starts the engine
   */
  public static void main(String[] args, Opener opener) {
    PeerSettings settings;
    try {
      settings = PeerSettings.parse(args);
    } catch (RuntimeException e) {
      System.err.println("peer: " + e.getMessage());
      System.exit(2);
      return;
    }
    try {
      new PeerBench(settings).run(opener);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
    // Engines leave non-daemon threads behind (Solr's executors, OpenSearch's pools) even once closed.
    System.exit(0);
  }

  private void run(Opener opener) throws Exception {
    long start = System.nanoTime();
    List<PeerArticle> articles = ArticleFile.read(settings.articles());
    List<PeerQuery> queries = QueryLogFile.read(settings.queries());
    Map<String, Object> seconds = new LinkedHashMap<>();
    seconds.put("read_inputs", since(start));
    Map<String, Object> figures = new LinkedHashMap<>();
    long opened = System.nanoTime();
    try (PeerEngine engine = opener.open(settings)) {
      seconds.put("start_engine", since(opened));
      say(engine, "started; %,d articles, %d queries", articles.size(), queries.size());
      figures.put("engine", engine.name());
      figures.put("version", engine.version());
      figures.put("jdk", System.getProperty("java.version"));
      figures.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
      long indexing = System.nanoTime();
      String index = index(engine, articles, figures);
      seconds.put("indexing", since(indexing));
      long querying = System.nanoTime();
      figures.put("query", queries(engine, index, queries));
      seconds.put("queries", since(querying));
      engine.drop(index);
    }
    seconds.put("total", since(start));
    figures.put("seconds", seconds);
    Files.createDirectories(settings.out().toAbsolutePath().getParent());
    Files.writeString(settings.out(), Json.write(figures), StandardCharsets.UTF_8);
  }

  /** The indexing stage; returns the name of the index that holds every article. */
  private String index(PeerEngine engine, List<PeerArticle> articles, Map<String, Object> figures) throws Exception {
    int timed = Math.min(settings.timedDocs(), articles.size());
    long bytes = 0;
    for (PeerArticle article : articles.subList(0, timed)) {
      bytes += article.textBytes();
    }
    engine.create("warm-up");
    feed(engine, "warm-up", articles.subList(0, Math.min(settings.warmUpDocs(), articles.size())));
    engine.commit("warm-up");
    engine.drop("warm-up");

    List<Map<String, Object>> runs = new ArrayList<>();
    double best = 0;
    String index = null;
    for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
      if (index != null) {
        engine.drop(index);
      }
      index = "articles-" + repetition;
      engine.create(index);
      long start = System.nanoTime();
      feed(engine, index, articles.subList(0, timed));
      engine.commit(index);
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("repetition", repetition);
      run.put("seconds", seconds);
      run.put("documents_per_second", timed / seconds);
      run.put("megabytes_per_second", bytes / 1e6 / seconds);
      runs.add(run);
      best = Math.max(best, timed / seconds);
      say(engine, "indexing %,d articles, repetition %d: %.0f docs/s", timed, repetition, timed / seconds);
    }
    if (index == null) {
      throw new IllegalArgumentException("--repetitions must be >= 1");
    }
    feed(engine, index, articles.subList(timed, articles.size()));
    engine.commit(index);

    Map<String, Object> indexing = new LinkedHashMap<>();
    indexing.put("documents", timed);
    indexing.put("text_bytes", bytes);
    indexing.put("threads", 1);
    indexing.put("batch", BATCH);
    indexing.put("runs", runs);
    indexing.put("documents_per_second", best);
    indexing.put("megabytes_per_second", best * bytes / timed / 1e6);
    indexing.put("index_documents", articles.size());
    indexing.put("index_bytes", engine.sizeBytes(index));
    figures.put("indexing", indexing);
    return index;
  }

  private static void feed(PeerEngine engine, String index, List<PeerArticle> articles) throws Exception {
    for (int from = 0; from < articles.size(); from += BATCH) {
      engine.add(index, articles.subList(from, Math.min(from + BATCH, articles.size())));
    }
  }

  /** The query stage. */
  private Map<String, Object> queries(PeerEngine engine, String index, List<PeerQuery> queries) throws Exception {
    long matching = 0;
    int empty = 0;
    Map<String, Long> matchingByKind = new LinkedHashMap<>();
    Map<String, Integer> emptyByKind = new LinkedHashMap<>();
    for (PeerQuery query : queries) {
      long count = engine.count(index, query);
      matching += count;
      matchingByKind.merge(query.kind(), count, Long::sum);
      emptyByKind.merge(query.kind(), count == 0 ? 1 : 0, Integer::sum);
      if (count == 0 && empty++ < MATCHLESS_SHOWN) {
        say(engine, "no document matches %s query [%s] (%s)", query.kind(), query.text(), query.operator());
      }
    }
    Map<String, Latencies> all = new LinkedHashMap<>();
    all.put("bm25", new Latencies());
    all.put("recency", new Latencies());
    Map<String, Map<String, Latencies>> byKind = new LinkedHashMap<>();
    SplittableRandom order = new SplittableRandom(settings.seed());
    long hits = 0;
    for (int round = 0; round <= settings.rounds(); round++) {
      int[] permutation = Text.shuffled(queries.size(), order);
      for (int position = 0; position < permutation.length; position++) {
        PeerQuery query = queries.get(permutation[position]);
        boolean bm25First = position % 2 == 0;
        for (int turn = 0; turn < 2; turn++) {
          boolean recency = (turn == 0) != bm25First;
          long start = System.nanoTime();
          hits += engine.search(index, query, recency);
          long nanos = System.nanoTime() - start;
          if (round > 0) {
            String variant = recency ? "recency" : "bm25";
            all.get(variant).add(nanos);
            byKind.computeIfAbsent(query.kind(), kind -> newVariants()).get(variant).add(nanos);
          }
        }
      }
      say(engine, "query round %d of %d done", round, settings.rounds());
    }
    if (hits == 0 && matching > 0) {
      throw new IllegalStateException("the counts found documents but no search returned any: the searches are broken");
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("queries", queries.size());
    figures.put("rounds", settings.rounds());
    figures.put("k", settings.k());
    figures.put("total_hits_threshold", settings.totalHitsThreshold());
    figures.put("as_of", settings.asOf().toString());
    figures.put("documents_matching", matching);
    figures.put("documents_matching_by_kind", matchingByKind);
    figures.put("queries_without_match", empty);
    figures.put("queries_without_match_by_kind", emptyByKind);
    all.forEach((variant, latencies) -> figures.put(variant, latencies.summary().toMap()));
    Map<String, Object> kinds = new LinkedHashMap<>();
    byKind.forEach(
        (kind, variants) -> {
          Map<String, Object> summaries = new LinkedHashMap<>();
          variants.forEach((variant, latencies) -> summaries.put(variant, latencies.summary().toMap()));
          kinds.put(kind, summaries);
        });
    figures.put("by_kind", kinds);
    return figures;
  }

  private static Map<String, Latencies> newVariants() {
    Map<String, Latencies> variants = new LinkedHashMap<>();
    variants.put("bm25", new Latencies());
    variants.put("recency", new Latencies());
    return variants;
  }

  private static double since(long start) {
    return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
  }

  private static void say(PeerEngine engine, String format, Object... args) {
    System.err.println("[peer " + engine.name() + "] " + String.format(Locale.ROOT, format, args));
  }
}
