package org.fahras.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds and normalizes temporal expressions in Arabic text and queries.
 *
 * <p>It recognizes Gregorian months in the Levantine (أيلول), Egyptian (سبتمبر) and Maghrebi
 * (جوان، أوت) families, alone or paired ("يونيو/حزيران"); Hijri months and years (converted with
 * {@link java.time.chrono.HijrahChronology}); numeric dates in day-month-year, year-month-day and
 * month/year order with Arabic-Indic or Persian digits; ordinal day words ("السابع عشر من سبتمبر");
 * years, ranges, decades and parts of periods ("نهاية عام 2026"); weekdays; relative expressions
 * ("أمس", "الشهر الماضي", "كانون الثاني الماضي") resolved against a reference date; and times of
 * day attached to a date.
 *
 * <p>The text is folded and cut into tokens in one pass; the rules run only at anchor tokens
 * (digit runs and lexicon words found through a character trie), never as regular expressions
 * over the whole text.
 *
 * <p>Immutable and thread-safe; one instance can serve every thread.
 *
 * <pre>{@code
 * TemporalTagger tagger = new TemporalTagger();
 * List<TemporalMention> found = tagger.tag("بحلول ايلول 2025", LocalDate.of(2024, 9, 6));
 * found.get(0).isoValue(); // "2025-09"
 * }</pre>
 */
public final class TemporalTagger {

  /** Creates a tagger. It holds no state, so one instance can be shared. */
  public TemporalTagger() {}

  /**
   * Finds the temporal expressions of {@code text} in order of appearance.
   *
   * @param text the text to tag, an article body or a query
   * @param referenceDate the date relative expressions are resolved against: the publication date
   *     of an article, the as-of date of a query
   * @return the mentions, non-overlapping, in text order; empty when there are none
   */
  public List<TemporalMention> tag(CharSequence text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(referenceDate, "referenceDate");
    return List.copyOf(new MentionParser(text, referenceDate).parse());
  }

  /**
   * The publication date an article's header states, or empty when the header states none. See
   * {@link PublicationDateFinder} for what the header is; the body is never used as a guess.
   *
   * @param articleText the article as plain text, header lines first
   * @return the publication date, or empty
   */
  public Optional<LocalDate> publicationDate(String articleText) {
    Objects.requireNonNull(articleText, "articleText");
    return PublicationDateFinder.find(articleText);
  }
}
