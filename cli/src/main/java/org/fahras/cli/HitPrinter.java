package org.fahras.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.fahras.search.Hit;
import org.fahras.search.SearchResults;
import org.fahras.search.Snippet;

/**
 * Prints hits for a terminal. Arabic lines start with a right-to-left mark so bidi-aware terminals lay them out
 * right to left; ids, dates and numbers are isolated left-to-right so they keep their order inside them. Matched
 * words are marked «like this».
 */
final class HitPrinter {
  private static final String RLM = "\u200F";
  private static final String LRI = "\u2066";
  private static final String PDI = "\u2069";

  private final PrintWriter out;
  private final boolean explain;

  HitPrinter(PrintWriter out, boolean explain) {
    this.out = out;
    this.explain = explain;
  }

  void print(SearchResults results, LocalDate asOf) {
    out.printf(
        "%d matching articles, as of %s%s%n",
        results.total(), asOf, results.intent() == null ? "" : "; time asked for: " + results.intent());
    int rank = 0;
    for (Hit hit : results.hits()) {
      rank++;
      out.println();
      out.println(RLM + ltr(rank + ".") + " " + hit.title());
      StringBuilder facts = new StringBuilder(RLM).append(ltr(hit.id()));
      facts.append(" · ").append(hit.published() == null ? "بلا تاريخ" : ltr(hit.published().toString()));
      if (hit.source() != null) {
        facts.append(" · ").append(hit.source());
      }
      facts.append(" · ").append(ltr(String.format(java.util.Locale.ROOT, "%.2f", hit.score())));
      out.println(facts);
      if (explain && hit.explanation() != null) {
        Hit.ScoreBreakdown parts = hit.explanation();
        out.println(
            ltr(
                String.format(
                    java.util.Locale.ROOT,
                    "   score = text %.3f + recency %.3f + time intent %.3f",
                    parts.text(),
                    parts.recency(),
                    parts.intent())));
      }
      if (hit.snippet() != null) {
        out.println(RLM + "   " + plain(hit.snippet()));
      }
      for (Hit duplicate : hit.duplicates()) {
        out.println(RLM + "   ↳ " + ltr(duplicate.id()) + " (نسخة مشابهة)");
      }
    }
  }

  private static String ltr(String text) {
    return LRI + text + PDI;
  }

  /** The snippet as terminal text: matches between guillemets. */
  private static String plain(Snippet snippet) {
    StringBuilder text = new StringBuilder();
    int at = 0;
    for (Snippet.Span span : snippet.highlights()) {
      text.append(snippet.text(), at, span.start()).append('«').append(snippet.text(), span.start(), span.end()).append('»');
      at = span.end();
    }
    return text.append(snippet.text(), at, snippet.text().length()).toString();
  }
}
