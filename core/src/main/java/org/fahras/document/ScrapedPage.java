package org.fahras.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The article inside the text of a scraped news page: its title, its outlet when the header names it, and its body
 * without the page furniture.
 *
 * <p>The page is read line by line, top to bottom:
 *
 * <ol>
 *   <li>blank lines are skipped; {@link Boilerplate} noise is dropped anywhere; at a {@link Boilerplate} end marker
 *       the rest of the page is cut, once the body has begun (an end marker above the article, in a menu, is only
 *       dropped, so it can never cut the article away);
 *   <li>a short "المصدر: …" line names the outlet and is dropped;
 *   <li>in the header, that is until the first paragraph of ten words or more, the {@link HeaderLines} metadata is
 *       dropped: timestamps, "published on" lines, breadcrumbs, dispatch lines, bylines, an "outlet:" line above the
 *       title, a short outlet name beside a timestamp, and repeats of the title;
 *   <li>the first other line is the title; a first line that ends with a full stop is a lead paragraph (the page has
 *       no headline), so it is the title and stays in the body too;
 *   <li>every other line is body, one line per paragraph.
 * </ol>
 *
 * <p>The outlet is, by decreasing reliability: the "المصدر:" label, the dispatch line, the outlet line, the first
 * breadcrumb segment.
 */
final class ScrapedPage {

  private static final int PARAGRAPH_WORDS = 10;

  private final String title;
  private final String body;
  private final String source;

  private ScrapedPage(String title, String body, String source) {
    this.title = title;
    this.body = body;
    this.source = source;
  }

  /** The headline; {@code ""} when the page has no text. */
  String title() {
    return title;
  }

  /** The article's paragraphs, one per line, without furniture; {@code ""} when there are none. */
  String body() {
    return body;
  }

  /** The outlet, or null when the page does not name it. */
  String source() {
    return source;
  }

  /** Finds the article in {@code text}, a whole page. */
  static ScrapedPage parse(String text) {
    List<String> lines = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    for (String line : text.split("\r?\n|\r")) {
      String stripped = ArabicFold.strip(line);
      if (!stripped.isEmpty()) {
        lines.add(stripped);
        folded.add(ArabicFold.fold(stripped));
      }
    }
    String title = null;
    String titleFolded = null;
    StringBuilder body = new StringBuilder();
    boolean inHeader = true;
    String labelSource = null;
    String dispatchSource = null;
    String outletSource = null;
    String breadcrumbSource = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String fold = folded.get(i);
      Boilerplate.Kind kind = Boilerplate.classify(fold);
      if (kind == Boilerplate.Kind.END && !body.isEmpty()) {
        break;
      }
      if (kind != Boilerplate.Kind.CONTENT) {
        continue;
      }
      String label = HeaderLines.sourceLabel(line, fold);
      if (label != null) {
        labelSource = labelSource == null ? label : labelSource;
        continue;
      }
      if (inHeader) {
        if (isDateLine(fold) || HeaderLines.isByline(fold)) {
          continue;
        }
        String[] crumbs = HeaderLines.breadcrumb(line);
        if (crumbs != null) {
          breadcrumbSource = breadcrumbSource == null ? ArabicFold.strip(crumbs[0]) : breadcrumbSource;
          continue;
        }
        String dispatch = HeaderLines.dispatchSource(line);
        if (dispatch != null) {
          dispatchSource = dispatchSource == null ? dispatch : dispatchSource;
          continue;
        }
        String outlet = title == null ? HeaderLines.colonOutlet(line) : besideDate(lines, folded, i);
        if (outlet != null) {
          outletSource = outletSource == null ? outlet : outletSource;
          continue;
        }
        if (fold.equals(titleFolded)) {
          continue;
        }
      }
      if (title == null) {
        title = line;
        titleFolded = fold;
        if (!line.endsWith(".")) {
          continue;
        }
      }
      if (!body.isEmpty()) {
        body.append('\n');
      }
      body.append(line);
      inHeader = inHeader && HeaderLines.wordCount(fold) < PARAGRAPH_WORDS;
    }
    String source = firstKnown(labelSource, dispatchSource, outletSource, breadcrumbSource);
    return new ScrapedPage(title == null ? "" : title, body.toString(), source);
  }

  private static boolean isDateLine(String folded) {
    return HeaderLines.isTimestamp(folded) || HeaderLines.isPublicationLine(folded);
  }

  /** The line at {@code i} as an outlet name, when it is one and a neighbouring line is a date line; else null. */
  private static String besideDate(List<String> lines, List<String> folded, int i) {
    String line = lines.get(i);
    if (!HeaderLines.isOutletName(line)) {
      return null;
    }
    boolean dateBefore = i > 0 && isDateLine(folded.get(i - 1));
    boolean dateAfter = i + 1 < lines.size() && isDateLine(folded.get(i + 1));
    return dateBefore || dateAfter ? line : null;
  }

  private static String firstKnown(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }
}
