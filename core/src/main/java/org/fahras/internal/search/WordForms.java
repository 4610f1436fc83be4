package org.fahras.internal.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.AnalyzedToken;
import org.fahras.internal.index.Schema;

/**
 * The forms one word or phrase of a query takes in each view of the index, analysed once per view by the index's own
 * per-field analyzer, so a query meets the terms the articles were indexed with.
 *
 * @param stems the stemmed terms (the {@value Schema#TITLE} and {@value Schema#BODY} fields)
 * @param exact the unstemmed terms, with their positions (the exact fields, for phrases)
 * @param grams the stems' grams, empty when the profile has no gram view
 */
record WordForms(List<AnalyzedToken> stems, List<AnalyzedToken> exact, List<AnalyzedToken> grams) {

  /** The forms of {@code text}; {@code grams} false leaves the gram view out. */
  static WordForms of(Analyzer analyzer, String text, boolean grams) {
    return new WordForms(
        AnalyzedToken.listOf(analyzer, Schema.BODY, text),
        AnalyzedToken.listOf(analyzer, Schema.BODY_EXACT, text),
        grams ? AnalyzedToken.listOf(analyzer, Schema.GRAMS, text) : List.of());
  }

  /** True when analysis left nothing of it (stopwords, punctuation). */
  boolean isEmpty() {
    return stems.isEmpty() && exact.isEmpty();
  }

  /** How many term clauses a word of these forms adds to a query: title and body of each stem and exact term, grams. */
  int clauses() {
    return 2 * stems.size() + 2 * exact.size() + grams.size();
  }
}
