package org.fahras.eval;

import java.time.LocalDate;
import java.util.Objects;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.search.SearchRequest;

/**
 * One system under evaluation: an analyzer profile and the ranking settings its searches use. Systems with the same
 * profile share one index.
 *
 * @param name the system's name in reports, run files and expectations (no whitespace), such as {@code fahras} or
 *     {@code fahras-nointent}
 * @param profile the analyzer profile the documents are indexed and the queries analyzed with
 * @param asOf the day recency and relative times are measured from
 * @param recencyHalfLifeDays the recency half-life; 0 ranks without recency (what a set without dates needs)
 * @param temporalIntent true to boost articles published in, or mentioning, the time a query names (the engine's
 *     default weights); false turns the temporal intent off
 */
public record EvalSystem(
    String name, AnalyzerProfile profile, LocalDate asOf, double recencyHalfLifeDays, boolean temporalIntent) {

  /** How many results each query retrieves: the depth of MAP@100 and Recall@100. */
  public static final int DEPTH = 100;

  /** Suffix of the name of a system that is another one with the temporal intent off. */
  public static final String NO_INTENT_SUFFIX = "-nointent";

  /** Validates the settings. */
  public EvalSystem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    if (name.isEmpty() || name.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("system name must be non-empty without whitespace: '" + name + "'");
    }
    if (!(recencyHalfLifeDays >= 0) || Double.isInfinite(recencyHalfLifeDays)) {
      throw new IllegalArgumentException("recency half-life must be a finite number >= 0: " + recencyHalfLifeDays);
    }
  }

  /**
   * Returns the request for one query: the top {@value #DEPTH}, near-duplicates kept (each document is judged on its
   * own), no snippets, every word optional, and this system's recency and intent settings.
   */
  public SearchRequest request(String query) {
    SearchRequest.Builder builder =
        SearchRequest.builder(query, asOf)
            .limit(DEPTH)
            .recencyHalfLifeDays(recencyHalfLifeDays)
            .collapseDuplicates(false)
            .snippets(false);
    if (!temporalIntent) {
      builder.intentWeights(0, 0);
    }
    return builder.build();
  }
}
