package org.fahras.peers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One search engine measured beside Fahras. Indexes are named; {@link PeerBench} creates one, fills it, commits it and
 * drops it again between repetitions. Queries run on one thread, one at a time, as the suite runs Fahras's.
 */
public interface PeerEngine extends AutoCloseable {
  /** The engine's name in the report: {@code solr}, {@code opensearch}. */
  String name();

  /** The engine's version and the Lucene it runs on, for the report. */
  String version();

  /** Creates an empty index. */
  void create(String index) throws Exception;

  /** Adds a batch of articles (not yet searchable). */
  void add(String index, List<PeerArticle> batch) throws Exception;

  /** Makes everything added searchable and durable, as a commit does. */
  void commit(String index) throws Exception;

  /** Removes an index and its files. */
  void drop(String index) throws Exception;

  /** Bytes the index takes on disk. */
  long sizeBytes(String index) throws Exception;

  /**
   * Runs one query and reads the stored fields of its top k, as a search page would.
   *
   * @param recency false for BM25 alone, true for BM25 with the engine's recency function
   * @return how many hits came back (at most k)
   */
  int search(String index, PeerQuery query, boolean recency) throws Exception;

  /** How many documents match {@code query}, counted exactly (untimed: it checks that the engines agree). */
  long count(String index, PeerQuery query) throws Exception;

  /**
   * The rankings this engine times on each query, back to back in a rotating order: {@code bm25} and {@code recency}
   * (the two of {@link #search(String, PeerQuery, boolean)}), then any the engine adds.
   */
  default List<String> variants() {
    return List.of("bm25", "recency");
  }

  /**
   * Runs one query ranked as {@code variant}, one of {@link #variants()}, and reads the stored fields of its top k.
   *
   * @return how many hits came back (at most k)
   */
  default int search(String index, PeerQuery query, String variant) throws Exception {
    return switch (variant) {
      case "bm25" -> search(index, query, false);
      case "recency" -> search(index, query, true);
      default -> throw new IllegalArgumentException(name() + " has no variant " + variant);
    };
  }

  /**
   * Called once {@code index} holds every article: builds whatever else the engine's added variants search, and puts
   * what it measured into {@code figures} under keys of its own. Nothing by default.
   */
  default void loadMore(String index, List<PeerArticle> articles, Map<String, Object> figures) throws Exception {}

  /**
   * Untimed checks once everything is loaded (say, each query's top hits written under {@code folder} for the suite to
   * compare), put into {@code figures} under keys of the engine's own. Nothing by default.
   */
  default void inspect(String index, List<PeerQuery> queries, Path folder, Map<String, Object> figures)
      throws Exception {}
}
