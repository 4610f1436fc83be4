package org.fahras.benchmarks;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts the indexing runs in the report: every repetition raw, and the ratios (Fahras/stock, the lean profile/stock, 2
 * threads/1, the date-sorted floor/stock and Fahras/floor) and goals from each run's best repetition.
 */
final class IndexingFigures {
  private IndexingFigures() {}

  static void add(Report report, List<IndexingStage.Run> runs) {
    report.put("indexing", Map.of("runs", runs));
    IndexingStage.Run stock1 = find(runs, IndexPipeline.Kind.STOCK.id(), 1);
    IndexingStage.Run stock2 = find(runs, IndexPipeline.Kind.STOCK.id(), 2);
    IndexingStage.Run fahras1 = find(runs, IndexPipeline.Kind.FAHRAS.id(), 1);
    IndexingStage.Run fahras2 = find(runs, IndexPipeline.Kind.FAHRAS.id(), 2);
    IndexingStage.Run sorted1 = find(runs, IndexPipeline.Kind.STOCK_SORTED.id(), 1);
    IndexingStage.Run lean1 = find(runs, IndexPipeline.Kind.FAHRAS_LEAN.id(), 1);
    report.ratio("indexing_fahras_vs_stock", fahras1.documentsPerSecond() / stock1.documentsPerSecond());
    report.ratio("indexing_lean_vs_stock", lean1.documentsPerSecond() / stock1.documentsPerSecond());
    // The floor: what sorting the index by date alone (the date-aware collector's precondition) leaves of the plain
    // rate, and Fahras against that floor.
    report.ratio("indexing_date_sorted_stock_vs_stock", sorted1.documentsPerSecond() / stock1.documentsPerSecond());
    report.ratio("indexing_fahras_vs_date_sorted_stock", fahras1.documentsPerSecond() / sorted1.documentsPerSecond());
    report.ratio("indexing_fahras_vs_stock_2_threads", fahras2.documentsPerSecond() / stock2.documentsPerSecond());
    report.ratio("indexing_fahras_2_threads_vs_1", fahras2.documentsPerSecond() / fahras1.documentsPerSecond());
    report.ratio("indexing_stock_2_threads_vs_1", stock2.documentsPerSecond() / stock1.documentsPerSecond());
    report.ratio("index_size_fahras_vs_stock", (double) fahras1.indexBytes() / stock1.indexBytes());
    report.ratio("index_size_lean_vs_stock", (double) lean1.indexBytes() / stock1.indexBytes());
    report.ratio("indexing_peak_heap_fahras_vs_stock", (double) heapAboveLive(fahras1) / heapAboveLive(stock1));
    // Issue 14's bars: the default profile at 0.4x plain Lucene (0.5 the moonshot), the lean one at 0.6x.
    report.goal("indexing_fahras_vs_stock", true, 0.4);
    report.goal("indexing_lean_vs_stock", true, 0.6);
    report.goal("index_size_fahras_vs_stock", false, 1.35);
    report.goal("indexing_peak_heap_fahras_vs_stock", false, 2.0);
    report.goal("indexing_fahras_2_threads_vs_1", true, 1.6);
    String docs = String.format(Locale.ROOT, "%,d", fahras1.documents());
    report.row(
        "indexing " + docs + " articles, 1 thread, docs/s",
        Report.format(stock1.documentsPerSecond()),
        Report.format(fahras1.documentsPerSecond()),
        "indexing_fahras_vs_stock");
    report.row(
        "indexing, 1 thread, docs/s: plain Lucene → the fahras-lean profile (no gram view)",
        Report.format(stock1.documentsPerSecond()),
        Report.format(lean1.documentsPerSecond()),
        "indexing_lean_vs_stock");
    report.row(
        "plain Lucene with the date-sorted index the ranking needs, 1 thread, docs/s",
        Report.format(stock1.documentsPerSecond()),
        Report.format(sorted1.documentsPerSecond()),
        "indexing_date_sorted_stock_vs_stock");
    report.row(
        "indexing, 1 thread, docs/s: date-sorted plain Lucene → Fahras",
        Report.format(sorted1.documentsPerSecond()),
        Report.format(fahras1.documentsPerSecond()),
        "indexing_fahras_vs_date_sorted_stock");
    report.row(
        "indexing, 2 threads, docs/s",
        Report.format(stock2.documentsPerSecond()),
        Report.format(fahras2.documentsPerSecond()),
        "indexing_fahras_vs_stock_2_threads");
    report.row(
        "indexing speed-up, 2 threads ÷ 1 thread",
        Report.format(stock2.documentsPerSecond() / stock1.documentsPerSecond()) + "×",
        Report.format(fahras2.documentsPerSecond() / fahras1.documentsPerSecond()) + "×",
        "indexing_fahras_2_threads_vs_1");
    report.row(
        "indexing, 1 thread, MB/s",
        Report.format(stock1.megabytesPerSecond()),
        Report.format(fahras1.megabytesPerSecond()),
        "");
    report.row(
        "index size, MB",
        Report.format(stock1.indexBytes() / 1e6),
        Report.format(fahras1.indexBytes() / 1e6),
        "index_size_fahras_vs_stock");
    report.row(
        "index size, MB: plain Lucene → fahras-lean",
        Report.format(stock1.indexBytes() / 1e6),
        Report.format(lean1.indexBytes() / 1e6),
        "index_size_lean_vs_stock");
    report.row(
        "indexing peak heap above the live corpus, MB",
        Report.format(heapAboveLive(stock1) / 1e6),
        Report.format(heapAboveLive(fahras1) / 1e6),
        "indexing_peak_heap_fahras_vs_stock");
  }

  /** The fastest repetition of one pipeline at one thread count. */
  static IndexingStage.Run find(List<IndexingStage.Run> runs, String pipeline, int threads) {
    return runs.stream()
        .filter(run -> run.pipeline().equals(pipeline) && run.threads() == threads)
        .max(Comparator.comparingDouble(IndexingStage.Run::documentsPerSecond))
        .orElseThrow();
  }

  /** The heap the run needed beyond what was live before it (the corpus, held in memory). */
  private static long heapAboveLive(IndexingStage.Run run) {
    return run.peakHeapBytes() - run.liveHeapBeforeBytes();
  }
}
