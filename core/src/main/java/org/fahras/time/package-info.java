/**
 * Finding and normalizing temporal expressions in Arabic text and queries: Gregorian months in
 * three name families (سبتمبر، أيلول، جوان), Hijri months and years, numeric dates in Arabic,
 * Arabic-Indic and Persian digits, ordinal day words, years, ranges, decades, parts of periods,
 * weekdays and relative phrases resolved against a reference date; and the publication date an
 * article header states.
 *
 * <p>Entry point: {@link org.fahras.time.TemporalTagger}; results are {@link
 * org.fahras.time.TemporalMention} values.
 *
 * <pre>{@code
 * TemporalTagger tagger = new TemporalTagger();
 * LocalDate asOf = LocalDate.of(2024, 9, 24);
 * for (TemporalMention m : tagger.tag("في السابع عشر من سبتمبر الحالي", asOf)) {
 *   System.out.println(m.text() + " -> " + m.isoValue()); // ... -> 2024-09-17
 * }
 * }</pre>
 *
 * <p>How it works: the text is folded one character at a time (hamza forms, ة/ه, ى/ي, digits,
 * harakat and tatweel) with a map back to original offsets, cut into word, digit and punctuation
 * tokens, and each word is looked up once in a character trie of the temporal vocabulary. The
 * rules run only at those anchors, so there is no regular expression over the whole text.
 */
package org.fahras.time;
