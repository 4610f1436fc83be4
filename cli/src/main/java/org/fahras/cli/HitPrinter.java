package org.fahras.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import org.fahras.search.Hit;
import org.fahras.search.SearchResults;
import org.fahras.search.Snippet;

/**
 * Prints hits as text, for a terminal or a pipe ({@link Terminal}): on a terminal Arabic lines are marked right to left,
 * ids, dates and scores isolated left to right and matched words bold; into a pipe the same lines carry none of that, so
 * {@code awk '{print $1}'} on a hit's second line gives its id exactly as stored.
 */
final class HitPrinter {
  private final PrintWriter out;
  private final boolean explain;
  private final Terminal terminal;

  HitPrinter(PrintWriter out, boolean explain, Terminal terminal) {
    this.out = out;
    this.explain = explain;
    this.terminal = terminal;
  }

  void print(SearchResults results, LocalDate asOf) {
    out.printf(
        "%s, as of %s%s%n",
        Plural.of(results.total(), "matching article"),
        asOf,
        results.intent() == null ? "" : "; time asked for: " + results.intent());
    int rank = 0;
    for (Hit hit : results.hits()) {
      rank++;
      out.println();
      out.println(terminal.rtl(terminal.ltr(rank + ".") + " " + hit.title()));
      StringBuilder facts = new StringBuilder(terminal.ltr(hit.id()));
      facts.append(" · ").append(hit.published() == null ? "بلا تاريخ" : terminal.ltr(hit.published().toString()));
      if (hit.source() != null) {
        facts.append(" · ").append(hit.source());
      }
      facts.append(" · ").append(terminal.ltr(String.format(Locale.ROOT, "%.2f", hit.score())));
      out.println(terminal.rtl(facts.toString()));
      if (explain && hit.explanation() != null) {
        Hit.ScoreBreakdown parts = hit.explanation();
        out.println(
            terminal.ltr(
                String.format(
                    Locale.ROOT,
                    "   score = text %.3f + recency %.3f + time intent %.3f",
                    parts.text(),
                    parts.recency(),
                    parts.intent())));
      }
      if (hit.snippet() != null) {
        out.println(terminal.rtl("   " + snippet(hit.snippet())));
      }
      for (Hit duplicate : hit.duplicates()) {
        out.println(terminal.rtl("   ↳ " + terminal.ltr(duplicate.id()) + " (نسخة مشابهة)"));
      }
    }
  }

  /** The snippet as text, its matches highlighted as the terminal shows them. */
  private String snippet(Snippet snippet) {
    StringBuilder text = new StringBuilder();
    int at = 0;
    for (Snippet.Span span : snippet.highlights()) {
      text.append(snippet.text(), at, span.start())
          .append(terminal.highlight(snippet.text().substring(span.start(), span.end())));
      at = span.end();
    }
    return text.append(snippet.text(), at, snippet.text().length()).toString();
  }
}
