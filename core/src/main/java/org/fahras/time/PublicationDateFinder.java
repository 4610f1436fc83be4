package org.fahras.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds the publication date an article's header gives.
 *
 * <p><b>The header</b> is the lines before the first body paragraph, at most {@value #MAX_LINES}
 * non-blank lines. A body paragraph is a line of at least {@value #PARAGRAPH_CHARS} characters
 * that ends like a sentence (. ! ؟ or a closing quote), or any line of at least
 * {@value #LONG_LINE_CHARS} characters; titles, bylines, breadcrumbs and timestamps are shorter.
 *
 * <p>In the header, by preference:
 *
 * <ol>
 *   <li>the first full date on a line labelled as the publication date (تاريخ النشر، تم النشر، نشر
 *       في، نشر بتاريخ، نشر يوم، Published), or on the line right after a label standing alone;
 *   <li>the first full date on an unlabelled line (a bare page timestamp: "6-09-2024، 18:04");
 *   <li>the first full date on an update line (تم التحديث، آخر تحديث).
 * </ol>
 *
 * <p>Only absolute day dates count: a year in the title or "اليوم" is no publication date. Dates in
 * the body are never used; an article whose header has none gets no date.
 */
final class PublicationDateFinder {
  static final int MAX_LINES = 15;
  static final int PARAGRAPH_CHARS = 100;
  static final int LONG_LINE_CHARS = 200;

  private static final List<String> LABELS = List.of("تاريخ النشر", "تم النشر", "نشر في",
      "نشر بتاريخ", "نشر يوم", "نشرت في", "نشرت بتاريخ", "وقت النشر", "published", "posted");
  private static final List<String> UPDATE_LABELS = List.of("تحديث", "updated", "modified");

  private PublicationDateFinder() {}

  static Optional<LocalDate> find(String article) {
    LocalDate labelled = null;
    LocalDate plain = null;
    LocalDate updated = null;
    boolean pendingLabel = false;
    int lines = 0;
    int pos = 0;
    while (pos < article.length() && lines < MAX_LINES && labelled == null) {
      int nl = article.indexOf('\n', pos);
      int lineEnd = nl < 0 ? article.length() : nl;
      String line = article.substring(pos, lineEnd).strip();
      pos = lineEnd + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (isParagraph(line)) {
        break;
      }
      lines++;
      String folded = fold(line);
      boolean label = LABELS.stream().anyMatch(folded::contains);
      boolean update = !label && UPDATE_LABELS.stream().anyMatch(folded::contains);
      LocalDate date = firstDay(line);
      if (date == null) {
        pendingLabel = label;
        continue;
      }
      if (label || pendingLabel) {
        labelled = date;
      } else if (update) {
        updated = updated == null ? date : updated;
      } else if (plain == null) {
        plain = date;
      }
      pendingLabel = false;
    }
    LocalDate best = labelled != null ? labelled : plain != null ? plain : updated;
    return Optional.ofNullable(best);
  }

  private static boolean isParagraph(String line) {
    if (line.length() >= LONG_LINE_CHARS) {
      return true;
    }
    if (line.length() < PARAGRAPH_CHARS) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '؟' || last == '?' || last == '"'
        || last == '”' || last == '»';
  }

  private static LocalDate firstDay(String line) {
    for (TemporalMention m : new MentionParser(line, null).parse()) {
      if (m.granularity() == Granularity.DAY && !m.relative()) {
        return m.from();
      }
    }
    return null;
  }

  private static String fold(String line) {
    return Fold.string(line);
  }
}
