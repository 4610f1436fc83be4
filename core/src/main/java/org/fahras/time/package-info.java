/**
 * Finding and normalizing temporal expressions in Arabic text and queries: Gregorian months in three name families
 * (سبتمبر، أيلول، جوان), Hijri months and years, numeric dates in Arabic, Arabic-Indic and Persian digits, ordinal days
 * of either gender, years, ranges, parts, quarters and halves of periods, decades and centuries, weekdays resolved by
 * tense, feasts of the Hijri and Christian calendars, offsets ("منذ ثلاثة أيام", "بعد أسبوعين"), and relative phrases
 * resolved against a reference date; and the publication date an article header states.
 *
 * <p>Entry point: {@link org.fahras.time.TemporalTagger}; results are {@link org.fahras.time.TemporalMention}
 * values.
 *
 * <pre>{@code
 * TemporalTagger tagger = new TemporalTagger();
 * LocalDate asOf = LocalDate.of(2024, 9, 24);
 * for (TemporalMention m : tagger.tag("في السابع عشر من سبتمبر الحالي", asOf)) {
 *   System.out.println(m.text() + " -> " + m.isoValue()); // ... -> 2024-09-17
 * }
 * }</pre>
 *
 * <p>How it works: {@code Tokens} reads the text once, folding each character through a table (hamza forms, ة/ه,
 * ى/ي, digits, harakat and tatweel) without copying the text, and looks each short word up in the {@code Lexicon}, a
 * hash table of typed meanings ({@code Word}). The tokens an expression may start at (digit runs, month and weekday
 * names, relative and feast words…) are the anchors; {@code MentionParser} tries the rule families at those alone,
 * longest first, so there is no regular expression over the whole text. Each rule returns what it read (a {@code
 * Match}); calendar arithmetic lives in {@code Periods}, {@code CalendarUnit}, {@code HijriCalendar} and {@code
 * Feast}, and whether a sentence speaks of the future in {@code Tense}.
 */
package org.fahras.time;
