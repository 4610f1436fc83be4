package org.fahras.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds and normalizes temporal expressions in Arabic text and queries.
 *
 * <p>It recognizes Gregorian months in the Levantine (أيلول), Egyptian (سبتمبر) and Maghrebi (جوان، أوت) families,
 * alone or paired ("يونيو/حزيران"), or by number after شهر ("شهر 9"); Hijri months and years (converted with {@link
 * java.time.chrono.HijrahChronology}); numeric dates in day-month-year, year-month-day and month/year order with
 * Arabic-Indic or Persian digits; ordinal days of either gender ("السابع عشر من سبتمبر", "الحادية والعشرين من مارس");
 * years, ranges, seasons, decades, centuries, and parts, quarters and halves of periods ("نهاية عام 2026", "الربع الأول
 * من 2024", "النصف الثاني من العام"); ranked days, weeks and weekdays ("آخر يوم من الشهر", "الأسبوع الأخير من يونيو",
 * "ثاني خميس من نوفمبر"); feasts ("عيد الفطر", "عيد الأضحى 2016", "رأس السنة الهجرية", "المولد النبوي", "عيد الميلاد",
 * "عيد الفصح" and its Eastern date); offsets ("منذ ثلاثة أيام", "قبل عامين", "خلال الأيام العشرة المقبلة"); weekdays;
 * relative expressions, colloquial ones too ("أمس", "قبل أمس", "بكرة", "الشهر الماضي", "الأسبوع الجاي") resolved
 * against a reference date; and times of day attached to a date.
 *
 * <p>Conventions for resolving what the text leaves open, against the reference date:
 *
 * <ul>
 *   <li>a month, or a day and month, without a year falls within eight months before to four months after the
 *       reference month (news reports the recent past more than the future), or is the coming one when the sentence
 *       speaks of the future (سوف، سيعقد، من المقرر أن…); with الماضي the last one before, with المقبل the next one
 *       after, with الحالي/الجاري the reference year;
 *   <li>a bare weekday is the latest such day on or before the reference, or the next one on or after it in a sentence
 *       about the future; with الماضي/المقبل the one strictly before/after; "اليوم الجمعة" is the Friday nearest the
 *       reference; a weekday beside a date without a year moves it to the year before or after when that is where the
 *       weekday falls;
 *   <li>a feast without a year is the one under way or next, or one that ended within the last 30 days; عيد الفطر is
 *       1–3 Shawwal, عيد الأضحى 10–13 Dhu al-Hijja;
 *   <li>a week is an ISO week, Monday to Sunday; "the first week of a month" is its first whole ISO week;
 *   <li>beginning / middle / end of a year are Q1 / Q2–Q3 / Q4, of a month days 1–10 / 11–20 / 21–end, of a decade its
 *       first three / middle four / last three years; the twentieth century is 1900–1999;
 *   <li>"قبل ثلاثة أيام" is that day, "قبل أسبوعين" that ISO week, "قبل شهرين" that month, "قبل عامين" that year;
 *       "الأيام العشرة المقبلة" are the ten days after the reference;
 *   <li>a span covers a mention's dates as written; a time of day widens the span but not the value.
 * </ul>
 *
 * <p>Precision comes first: a phrase that could mean another day is left alone ("بعد يومين من الهجوم", "عيد ميلاده",
 * "مدينة السادس من أكتوبر", "العقد الحالي" of a player), and a longer phrase is never cut to a shorter one that means
 * another day ("قبل أمس" is not أمس).
 *
 * <p>The text is read once; the rules run only at anchor tokens, never as regular expressions over the whole text.
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
   * @return the mentions, non-overlapping, in text order, unmodifiable; empty when there are none
   */
  public List<TemporalMention> tag(CharSequence text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(referenceDate, "referenceDate");
    return Collections.unmodifiableList(new MentionParser(text, referenceDate).parse());
  }

  /**
   * The times an article's text mentions, as an index keeps them: relative expressions ("أمس", "الشهر الماضي")
   * resolved against its publication date, and dropped when it has none, since they mean nothing without a day to
   * count from.
   *
   * @param text the article's body
   * @param published its publication date, or null when it is undated
   * @return the mentions, non-overlapping, in text order
   */
  public List<TemporalMention> tagArticle(CharSequence text, LocalDate published) {
    if (published != null) {
      return tag(text, published);
    }
    List<TemporalMention> absolute = new ArrayList<>();
    for (TemporalMention mention : tag(text, LocalDate.EPOCH)) {
      if (!mention.relative()) {
        absolute.add(mention);
      }
    }
    return Collections.unmodifiableList(absolute);
  }

  /**
   * The publication date an article's header states, or empty when the header states none.
   *
   * <p>The header is the lines before the first body paragraph (a line of 100+ characters ending
   * like a sentence, or any line of 200+), at most 15 non-blank lines. Within it, a date on a line
   * labelled تاريخ النشر / تم النشر / نشر في / نشر بتاريخ / Published (or on the line after a label
   * standing alone) wins over an unlabelled page timestamp, which wins over an update date (تم
   * التحديث). Only absolute day dates count. The body is never used as a guess.
   *
   * @param articleText the article as plain text, header lines first
   * @return the publication date, or empty
   */
  public Optional<LocalDate> publicationDate(String articleText) {
    Objects.requireNonNull(articleText, "articleText");
    return PublicationDateFinder.find(articleText);
  }
}
