/**
 * Finding and normalizing temporal expressions in Arabic text and queries: Gregorian months in three name families, Hijri months, numeric dates, ordinal words and relative phrases.
 */
package org.fahras.time;
