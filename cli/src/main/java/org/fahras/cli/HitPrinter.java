package org.fahras.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalLong;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.fahras.search.Snippet;
import org.fahras.search.TimeIntent;

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

  /**
   * Prints the header and the hits of {@code results}, then the histogram when {@code request} asked for it.
   *
   * @param newest the index's newest publication day, or null when unknown or none is dated
   */
  void print(SearchResults results, SearchRequest request, LocalDate newest) {
    out.println(summary(results, request));
    TimeIntent intent = results.intent();
    if (intent != null) {
      String days = terminal.ltr(intent.first().toString())
          + (intent.days() == 1 ? "" : " … " + terminal.ltr(intent.last().toString()));
      out.println("time: " + intent.words() + " → " + days);
    }
    long behind = newest == null ? 0 : ChronoUnit.DAYS.between(newest, request.asOf());
    if (behind > SearchCommand.FAR_OLDER_DAYS) {
      out.printf(
          Locale.ROOT,
          "the newest article is from %s, %,d days before the as-of day %s; recency is measured from the as-of day"
              + " (--as-of)%n",
          newest,
          behind,
          request.asOf());
    }
    int rank = (results.page() - 1) * request.limit();
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
      int unlisted = hit.duplicateCount() - hit.duplicates().size();
      if (unlisted > 0) {
        out.println(terminal.rtl("   ↳ +" + unlisted + " (" + (unlisted == 1 ? "نسخة مشابهة أخرى" : "نسخ مشابهة أخرى")
            + "; --copies " + hit.duplicateCount() + ")"));
      }
    }
    if (request.histogram()) {
      histogram(results);
    }
  }

  /**
   * The first line: how many articles match ("≥" when that is a lower bound), in how many stories when known, the as-of
   * day, and where this page is: "page 2; more: --page 3", "page 2, the last", or past the end.
   */
  private static String summary(SearchResults results, SearchRequest request) {
    StringBuilder line = new StringBuilder(results.totalIsExact() ? "" : "≥ ");
    line.append(Plural.of(results.total(), "matching article"));
    OptionalLong stories = results.stories();
    if (stories.isPresent() && results.total() > 0) {
      line.append(" in ").append(Plural.of(stories.getAsLong(), "story", "stories"));
    }
    line.append(", as of ").append(request.asOf());
    int page = results.page();
    if (results.hits().isEmpty() && page > 1) {
      line.append("; page ").append(page).append(" is past the end");
      if (stories.isPresent() && stories.getAsLong() > 0) {
        line.append("; the last is --page ").append((stories.getAsLong() + request.limit() - 1) / request.limit());
      }
    } else if (results.hasMore()) {
      line.append(page > 1 ? "; page " + page : "").append("; more: --page ").append(page + 1);
    } else if (page > 1) {
      line.append("; page ").append(page).append(", the last");
    }
    return line.toString();
  }

  /** All matches by publication month, oldest first, and how many are undated. */
  private void histogram(SearchResults results) {
    out.println();
    out.println("by month:");
    long dated = 0;
    for (SearchResults.MonthCount month : results.histogram()) {
      out.printf(Locale.ROOT, "  %s  %d%n", month.month(), month.count());
      dated += month.count();
    }
    if (results.total() > dated) {
      out.printf(Locale.ROOT, "  undated  %d%n", results.total() - dated);
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
