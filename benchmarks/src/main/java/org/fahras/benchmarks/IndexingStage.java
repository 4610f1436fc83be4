package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.document.Article;
import org.fahras.peers.Folders;

/**
 * Indexing throughput: the corpus indexed by plain Lucene (stock ArabicAnalyzer) and by the whole Fahras pipeline,
 * with 1 and 2 threads, and by plain Lucene on a date-sorted index (1 thread), the floor of any design that sorts by
 * date as Fahras does. The pipelines alternate (stock, sorted, Fahras, stock, ...), and the whole sequence is
 * repeated, so a noisy neighbour hurts both alike; each pipeline first indexes a small warm-up set so the JIT has
 * compiled it. Noise on a shared machine only ever slows a run down, so the report takes each run's best repetition.
 */
final class IndexingStage {
  /** One timed run. Rates are over the UTF-8 bytes of title and body. */
  record Run(
      String pipeline,
      int threads,
      int repetition,
      int documents,
      long textBytes,
      double seconds,
      double documentsPerSecond,
      double megabytesPerSecond,
      long indexBytes,
      long peakHeapBytes,
      long liveHeapBeforeBytes) {}

  /** Articles each pipeline indexes, untimed, before the timed runs (the peers warm up on as many). */
  static final int WARM_UP_DOCS = 3_000;
  private static final int[] THREADS = {1, 2};

  private final List<Article> articles;
  private final int repetitions;
  private final Path work;

  IndexingStage(List<Article> corpus, int documents, int repetitions, Path work) {
    this.articles = corpus.subList(0, Math.min(documents, corpus.size()));
    this.repetitions = repetitions;
    this.work = work.resolve("indexing");
  }

  /** Warms both pipelines up, then runs each thread count for each pipeline. */
  List<Run> run() throws IOException {
    long bytes = 0;
    for (Article article : articles) {
      bytes += BenchCorpus.textBytes(article);
    }
    for (IndexPipeline.Kind kind : IndexPipeline.Kind.values()) {
      Path folder = work.resolve("warm-up-" + kind.id());
      Folders.delete(folder);
      try (IndexPipeline pipeline = kind.open(folder)) {
        ParallelFeed.feed(pipeline, Math.min(WARM_UP_DOCS, articles.size()), articles::get, 2);
      }
      Folders.delete(folder);
    }
    List<Run> runs = new ArrayList<>();
    for (int repetition = 1; repetition <= repetitions; repetition++) {
      for (int threads : THREADS) {
        for (IndexPipeline.Kind kind : IndexPipeline.Kind.values()) {
          if (!kind.runsWith(threads)) {
            continue;
          }
          runs.add(timed(kind, threads, repetition, bytes));
          Progress.say(
              "indexing %s, %d thread(s), repetition %d: %.0f docs/s",
              kind.id(), threads, repetition, runs.getLast().documentsPerSecond());
        }
      }
    }
    return runs;
  }

  private Run timed(IndexPipeline.Kind kind, int threads, int repetition, long bytes) throws IOException {
    Path folder = work.resolve(kind.id() + "-" + threads);
    Folders.delete(folder);
    long live = HeapPeak.liveBytes();
    HeapPeak.reset();
    long start = System.nanoTime();
    try (IndexPipeline pipeline = kind.open(folder)) {
      ParallelFeed.feed(pipeline, articles.size(), articles::get, threads);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = HeapPeak.peakBytes();
    long size = Folders.size(folder);
    Folders.delete(folder);
    return new Run(
        kind.id(), threads, repetition, articles.size(), bytes, seconds, articles.size() / seconds, bytes / 1e6 / seconds, size,
        peak, live);
  }
}
