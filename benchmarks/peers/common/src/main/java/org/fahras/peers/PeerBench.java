package org.fahras.peers;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures one engine the way the Fahras suite measures Fahras, and writes the figures as JSON. The run is made of
 * steps:
 *
 * <ol>
 *   <li>{@code warm-up}: an index of the first articles, untimed, dropped.
 *   <li>{@code index N}: timed indexing repetition N: a new index of the first {@code timedDocs} articles, fed in
 *       batches from one thread and committed, timed from the first add to the end of the commit (the report pairs it
 *       with Fahras's repetition N).
 *   <li>{@code load}: the last repetition's index gets the rest of the articles, untimed, so the queries run on the
 *       whole corpus; the engine builds whatever its added variants search ({@link PeerEngine#loadMore}); the log is
 *       counted once exactly (so the report can show that the engines match the same documents) and the engine's own
 *       checks run ({@link PeerEngine#inspect}).
 *   <li>{@code round N}: one pass over the log in the seeded order of round N, the order the suite times Fahras in;
 *       every variant of a query runs back to back, the order of the variants rotating from query to query. Round 0
 *       warms up and is not recorded.
 *   <li>{@code finish}: the figures are written, the engine closed.
 * </ol>
 *
 * <p><b>Driven by the suite</b> ({@code --control stdin}): the suite sends one step a line on standard input, in the
 * order above, and reads one reply line on standard output for each: {@code ready <engine>} once the engine is up,
 * then {@code ok ...} or {@code failed <reason>} (after which the run ends). Standard output carries nothing else: the
 * engine's own output goes to standard error. So the suite can alternate the engines step by step (Fahras, Solr,
 * OpenSearch, round after round), and no ratio compares rounds minutes apart. Without {@code --control} every step
 * runs at once, in order: {@code warm-up}, {@code index 1..repetitions}, {@code load}, {@code round 0..rounds},
 * {@code finish}.
 */
public final class PeerBench {
  private static final int BATCH = 500;
  private static final int MATCHLESS_SHOWN = 5;

  private final PeerSettings settings;
  private final PeerEngine engine;
  private final List<PeerArticle> articles;
  private final List<PeerQuery> queries;
  private final int timedDocs;
  private final long timedBytes;
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final Map<String, Object> seconds = new LinkedHashMap<>();
  private final long start;

  private final List<Map<String, Object>> indexingRuns = new ArrayList<>();
  private String index;
  private double bestIndexing;
  private boolean loaded;

  private final SplittableRandom order;
  private int nextRound;
  private final Map<String, Latencies> all = new LinkedHashMap<>();
  private final Map<String, Map<String, Latencies>> byKind = new LinkedHashMap<>();
  private final List<Map<String, Object>> perRound = new ArrayList<>();
  private final Map<String, Object> queryFigures = new LinkedHashMap<>();
  private long hits;
  private long matching;
  private double querySeconds;

  private PeerBench(PeerSettings settings, PeerEngine engine, List<PeerArticle> articles, List<PeerQuery> queries, long start) {
    this.settings = settings;
    this.engine = engine;
    this.articles = articles;
    this.queries = queries;
    this.start = start;
    this.timedDocs = Math.min(settings.timedDocs(), articles.size());
    long bytes = 0;
    for (PeerArticle article : articles.subList(0, timedDocs)) {
      bytes += article.textBytes();
    }
    this.timedBytes = bytes;
    this.order = new SplittableRandom(settings.seed());
    for (String variant : engine.variants()) {
      all.put(variant, new Latencies());
    }
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
    // Standard output carries the replies to the suite and nothing else: engines log to System.out.
    PrintStream replies = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    PeerSettings settings;
    try {
      settings = PeerSettings.parse(args);
    } catch (RuntimeException e) {
      System.err.println("peer: " + e.getMessage());
      System.exit(2);
      return;
    }
    boolean done;
    try {
      PeerBench bench = open(settings, opener);
      if (settings.controlled()) {
        done = bench.serve(replies);
      } else {
        bench.runAll();
        done = true;
      }
    } catch (Exception e) {
      e.printStackTrace();
      done = false;
    }
    // Engines leave non-daemon threads behind (Solr's executors, OpenSearch's pools) even once closed.
    System.exit(done ? 0 : 1);
  }

  private static PeerBench open(PeerSettings settings, Opener opener) throws Exception {
    long start = System.nanoTime();
    List<PeerArticle> articles = ArticleFile.read(settings.articles());
    List<PeerQuery> queries = QueryLogFile.read(settings.queries());
    double read = since(start);
    long opened = System.nanoTime();
    PeerEngine engine = opener.open(settings);
    PeerBench bench = new PeerBench(settings, engine, articles, queries, start);
    bench.seconds.put("read_inputs", read);
    bench.seconds.put("start_engine", since(opened));
    bench.figures.put("engine", engine.name());
    bench.figures.put("version", engine.version());
    bench.figures.put("jdk", System.getProperty("java.version"));
    bench.figures.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    bench.say("started; %,d articles, %d queries, variants %s", articles.size(), queries.size(), engine.variants());
    return bench;
  }

  /** Every step in order, at once. */
  private void runAll() throws Exception {
    warmUp();
    for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
      indexRepetition(repetition);
    }
    load();
    for (int round = 0; round <= settings.rounds(); round++) {
      round(round);
    }
    finish();
  }

  /** Runs the steps standard input asks for; true once {@code finish} is done. */
  private boolean serve(PrintStream replies) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    replies.println("ready " + engine.name());
    String line;
    while ((line = in.readLine()) != null) {
      String[] step = line.strip().split(" +");
      String answer;
      try {
        answer =
            switch (step[0]) {
              case "warm-up" -> warmUp();
              case "index" -> indexRepetition(number(step));
              case "load" -> load();
              case "round" -> round(number(step));
              case "finish" -> finish();
              default -> throw new IllegalArgumentException("unknown step [" + line + "]");
            };
      } catch (Exception e) {
        e.printStackTrace();
        replies.println("failed " + String.valueOf(e).replaceAll("\\s+", " "));
        return false;
      }
      replies.println("ok " + answer);
      if (step[0].equals("finish")) {
        return true;
      }
    }
    System.err.println("[peer " + engine.name() + "] standard input closed before finish: stopping");
    return false;
  }

  private static int number(String[] step) {
    if (step.length != 2) {
      throw new IllegalArgumentException(step[0] + " needs one number");
    }
    return Integer.parseInt(step[1]);
  }

  /** The untimed warm-up index. */
  private String warmUp() throws Exception {
    long started = System.nanoTime();
    engine.create("warm-up");
    feed("warm-up", articles.subList(0, Math.min(settings.warmUpDocs(), articles.size())));
    engine.commit("warm-up");
    engine.drop("warm-up");
    seconds.put("warm_up", since(started));
    return "warmed up";
  }

  /** Timed indexing repetition {@code repetition}; replaces the previous repetition's index. */
  private String indexRepetition(int repetition) throws Exception {
    if (loaded || repetition != indexingRuns.size() + 1) {
      throw new IllegalStateException("index " + repetition + " out of order");
    }
    if (index != null) {
      engine.drop(index);
    }
    index = "articles-" + repetition;
    engine.create(index);
    long started = System.nanoTime();
    feed(index, articles.subList(0, timedDocs));
    engine.commit(index);
    double took = (System.nanoTime() - started) / 1e9;
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("repetition", repetition);
    run.put("seconds", took);
    run.put("documents_per_second", timedDocs / took);
    run.put("megabytes_per_second", timedBytes / 1e6 / took);
    indexingRuns.add(run);
    bestIndexing = Math.max(bestIndexing, timedDocs / took);
    say("indexing %,d articles, repetition %d: %.0f docs/s", timedDocs, repetition, timedDocs / took);
    return String.format(Locale.ROOT, "%.1f docs/s", timedDocs / took);
  }

  /** The rest of the articles, the engine's other indexes, the exact counts and the engine's checks. */
  private String load() throws Exception {
    if (index == null || loaded) {
      throw new IllegalStateException("load needs at least one index repetition, once");
    }
    long started = System.nanoTime();
    feed(index, articles.subList(timedDocs, articles.size()));
    engine.commit(index);
    Map<String, Object> indexing = new LinkedHashMap<>();
    indexing.put("documents", timedDocs);
    indexing.put("text_bytes", timedBytes);
    indexing.put("threads", 1);
    indexing.put("batch", BATCH);
    indexing.put("runs", indexingRuns);
    indexing.put("documents_per_second", bestIndexing);
    indexing.put("megabytes_per_second", bestIndexing * timedBytes / timedDocs / 1e6);
    indexing.put("index_documents", articles.size());
    indexing.put("index_bytes", engine.sizeBytes(index));
    figures.put("indexing", indexing);
    engine.loadMore(index, articles, figures);
    seconds.put("load", since(started));

    started = System.nanoTime();
    count();
    engine.inspect(index, queries, settings.work(), figures);
    seconds.put("checks", since(started));
    loaded = true;
    return "loaded";
  }

  private void feed(String into, List<PeerArticle> batch) throws Exception {
    for (int from = 0; from < batch.size(); from += BATCH) {
      engine.add(into, batch.subList(from, Math.min(from + BATCH, batch.size())));
    }
  }

  /** Counts every query's matches exactly. */
  private void count() throws Exception {
    int empty = 0;
    Map<String, Long> matchingByKind = new LinkedHashMap<>();
    Map<String, Integer> emptyByKind = new LinkedHashMap<>();
    for (PeerQuery query : queries) {
      long count = engine.count(index, query);
      matching += count;
      matchingByKind.merge(query.kind(), count, Long::sum);
      emptyByKind.merge(query.kind(), count == 0 ? 1 : 0, Integer::sum);
      if (count == 0 && empty++ < MATCHLESS_SHOWN) {
        say("no document matches %s query [%s] (%s)", query.kind(), query.text(), query.operator());
      }
    }
    queryFigures.put("queries", queries.size());
    queryFigures.put("rounds", settings.rounds());
    queryFigures.put("k", settings.k());
    queryFigures.put("total_hits_threshold", settings.totalHitsThreshold());
    queryFigures.put("as_of", settings.asOf().toString());
    queryFigures.put("variants", engine.variants());
    queryFigures.put("documents_matching", matching);
    queryFigures.put("documents_matching_by_kind", matchingByKind);
    queryFigures.put("queries_without_match", empty);
    queryFigures.put("queries_without_match_by_kind", emptyByKind);
  }

  /** One pass over the log in round {@code round}'s order; round 0 is not recorded. */
  private String round(int round) throws Exception {
    if (!loaded || round != nextRound) {
      throw new IllegalStateException("round " + round + " out of order (expected " + nextRound + ", after load)");
    }
    nextRound++;
    long started = System.nanoTime();
    List<String> variants = engine.variants();
    Map<String, Latencies> thisRound = new LinkedHashMap<>();
    for (String variant : variants) {
      thisRound.put(variant, new Latencies());
    }
    int[] permutation = Text.shuffled(queries.size(), order);
    for (int position = 0; position < permutation.length; position++) {
      PeerQuery query = queries.get(permutation[position]);
      for (int turn = 0; turn < variants.size(); turn++) {
        String variant = variants.get((position + turn) % variants.size());
        long searched = System.nanoTime();
        hits += engine.search(index, query, variant);
        long nanos = System.nanoTime() - searched;
        if (round > 0) {
          all.get(variant).add(nanos);
          thisRound.get(variant).add(nanos);
          byKind.computeIfAbsent(query.kind(), kind -> newVariants(variants)).get(variant).add(nanos);
        }
      }
    }
    double took = since(started);
    if (round > 0) {
      perRound.add(Latencies.round(round, took, thisRound));
      querySeconds += took;
    }
    say("query round %d of %d done (%.1f s)", round, settings.rounds(), took);
    return String.format(Locale.ROOT, "round %d %.1f s", round, took);
  }

  /** Drops the index, closes the engine and writes the figures. */
  private String finish() throws Exception {
    if (nextRound == 0) {
      throw new IllegalStateException("finish before any query round");
    }
    if (hits == 0 && matching > 0) {
      throw new IllegalStateException("the counts found documents but no search returned any: the searches are broken");
    }
    all.forEach((variant, latencies) -> queryFigures.put(variant, latencies.summary().toMap()));
    Map<String, Object> kinds = new LinkedHashMap<>();
    byKind.forEach(
        (kind, variants) -> {
          Map<String, Object> summaries = new LinkedHashMap<>();
          variants.forEach((variant, latencies) -> summaries.put(variant, latencies.summary().toMap()));
          kinds.put(kind, summaries);
        });
    queryFigures.put("by_kind", kinds);
    queryFigures.put("per_round", perRound);
    figures.put("query", queryFigures);
    seconds.put("queries", Math.round(querySeconds * 10) / 10.0);
    engine.drop(index);
    engine.close();
    seconds.put("total", since(start));
    figures.put("seconds", seconds);
    Files.createDirectories(settings.out().toAbsolutePath().getParent());
    Files.writeString(settings.out(), Json.write(figures), StandardCharsets.UTF_8);
    return "wrote " + settings.out();
  }

  private static Map<String, Latencies> newVariants(List<String> variants) {
    Map<String, Latencies> map = new LinkedHashMap<>();
    for (String variant : variants) {
      map.put(variant, new Latencies());
    }
    return map;
  }

  private static double since(long start) {
    return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
  }

  private void say(String format, Object... args) {
    System.err.println("[peer " + engine.name() + "] " + String.format(Locale.ROOT, format, args));
  }
}
