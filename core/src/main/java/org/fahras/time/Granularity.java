package org.fahras.time;

/** How precise a {@link TemporalMention} is: the kind of interval its value denotes. */
public enum Granularity {
  /** One calendar day. */
  DAY,
  /** One ISO week, Monday to Sunday. */
  WEEK,
  /** A third of a month: its beginning (days 1–10), middle (11–20) or end (21–last). */
  PART_OF_MONTH,
  /** One calendar month, Gregorian or Hijri. */
  MONTH,
  /** A quarter-like part of a year: its beginning (Q1), middle (Q2–Q3) or end (Q4). */
  PART_OF_YEAR,
  /** One year, Gregorian or Hijri. */
  YEAR,
  /** Ten years starting at a year divisible by ten. */
  DECADE,
  /** Any other interval, such as "بين 2017 و2019" or "14 و15 فيفري". */
  SPAN
}
