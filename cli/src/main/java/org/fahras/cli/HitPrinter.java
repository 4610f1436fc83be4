package org.fahras.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fahras.search.Hit;
import org.fahras.search.SearchResults;

/**
 * Prints hits as text, for a terminal or a pipe ({@link Terminal}): on a terminal Arabic lines are marked right to left,
 * ids, dates and scores isolated left to right and matched words bold; into a pipe the same lines carry none of that, so
 * {@code awk '{print $1}'} on a hit's second line gives its id exactly as stored.
 */
final class HitPrinter {
  private static final Pattern MATCH = Pattern.compile("<b>(.*?)</b>", Pattern.DOTALL);

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
      for (String duplicate : hit.duplicates()) {
        out.println(terminal.rtl("   ↳ " + terminal.ltr(duplicate) + " (نسخة مشابهة)"));
      }
    }
  }

  /** The snippet's HTML as text: matches highlighted as the terminal shows them, entities decoded. */
  private String snippet(String html) {
    Matcher match = MATCH.matcher(html);
    StringBuilder text = new StringBuilder();
    int last = 0;
    while (match.find()) {
      text.append(decode(html.substring(last, match.start()))).append(terminal.highlight(decode(match.group(1))));
      last = match.end();
    }
    return text.append(decode(html.substring(last))).toString();
  }

  private static String decode(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }
}
