package org.fahras.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result.
 *
 * @param id the article id
 * @param score the total score (text + date-aware parts)
 * @param title the headline
 * @param published the publication date, or null when unknown
 * @param source the outlet, or null
 * @param url the article's address, or null
 * @param snippet an HTML snippet of the body with matched words in {@code <b>…</b>} (text escaped), or null
 * @param duplicates ids of near-duplicates folded under this hit, best first
 * @param explanation the score's parts, or null unless asked for
 */
public record Hit(
    String id,
    float score,
    String title,
    LocalDate published,
    String source,
    String url,
    String snippet,
    List<String> duplicates,
    ScoreBreakdown explanation) {

  /** Copies the duplicate list. */
  public Hit {
    duplicates = List.copyOf(duplicates);
  }

  /**
   * The parts of a hit's score; they add up to {@link Hit#score()}.
   *
   * @param text BM25 over the text fields
   * @param recency the recency part
   * @param intent the temporal-intent part
   */
  public record ScoreBreakdown(double text, double recency, double intent) {}
}
