package org.fahras.peers;

import java.util.List;

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
}
