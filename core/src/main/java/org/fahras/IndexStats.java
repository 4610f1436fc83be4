package org.fahras;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an index holds.
 *
 * @param documents live articles
 * @param publishedMin the earliest publication date, or null when no article is dated
 * @param publishedMax the latest publication date, or null
 * @param sources articles per source, by name
 * @param profile the analyzer profile's name
 * @param bytes the index's size on disk
 */
public record IndexStats(
    long documents,
    LocalDate publishedMin,
    LocalDate publishedMax,
    Map<String, Long> sources,
    String profile,
    long bytes) {

  /** Copies the map. */
  public IndexStats {
    sources = Map.copyOf(sources);
  }
}
