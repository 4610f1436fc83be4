package org.fahras.time;

/**
 * The single expressions, tried in order at one token: numeric dates, a day and a month, a month, a Hijri month, a
 * year, a relative unit or day, a decade, a century, a season; a day may carry a time of day. The longer rules
 * ({@link WeekdayRule}, {@link RangeRule}) use them as their parts.
 */
final class CoreRules {
  private CoreRules() {}

  /** The single expression at token {@code t}, a {@link Match#rejected rejected} date, or null. */
  static Match parse(Context c, int t) {
    Match m;
    if ((m = NumericDateRule.parse(c.tk, t)) != null
        || (m = DateRules.dayFirst(c, t)) != null
        || (m = DateRules.monthFirst(c, t)) != null
        || (m = DateRules.hijriMonthFirst(c, t, false)) != null
        || (m = DateRules.year(c, t)) != null
        || (m = RelativeRules.relativeUnit(c, t)) != null
        || (m = RelativeRules.relativeDay(c, t)) != null
        || (m = EraRules.decade(c, t)) != null
        || (m = EraRules.century(c, t)) != null
        || (m = EraRules.season(c, t)) != null) {
      return !m.rejected() && m.reading().isDay() ? TimeOfDayRule.parse(c.tk, m) : m;
    }
    return null;
  }
}
