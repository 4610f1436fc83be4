package org.fahras.time;

/** How precise a {@link TemporalMention} is: the kind of interval its value denotes. */
public enum Granularity {
  /** One calendar day. */
  DAY,
  /** One ISO week, Monday to Sunday. */
  WEEK,
  /** A part of a month: its beginning (days 1–10), middle (11–20) or end (21–last), or a half (1–15, 16–last). */
  PART_OF_MONTH,
  /** One calendar month, Gregorian or Hijri (also the beginning, middle or end of a quarter or a season). */
  MONTH,
  /** A part of a year: its beginning (Q1), middle (Q2–Q3) or end (Q4), or a quarter, a third or a half of it. */
  PART_OF_YEAR,
  /** A season: spring (March–May), summer (June–August) or autumn (September–November). */
  SEASON,
  /** One year, Gregorian or Hijri. */
  YEAR,
  /** Ten years starting at a year divisible by ten. */
  DECADE,
  /** A hundred years starting at a year divisible by a hundred: the twentieth century is 1900–1999. */
  CENTURY,
  /**
   * Any other interval, such as "بين 2017 و2019", "14 و15 فيفري", the days of a feast or "الأيام العشرة المقبلة".
   */
  SPAN
}
