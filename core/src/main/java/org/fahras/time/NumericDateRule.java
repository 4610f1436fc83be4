package org.fahras.time;

import java.time.LocalDate;
import org.fahras.time.Word.Era;

/**
 * Numeric dates: day-month-year as Arab news writes them (6-09-2024, 05.06.2021, 3 / 3 / 1414هـ),
 * year-month-day (2021/06/05, ISO), month/year (9/2025) and year ranges (2017-2019, 1030-1093هـ).
 * A year from 1300 to 1600 without an era, or with هـ, is Hijri. A date the calendar does not
 * have, or digits that continue into a longer sequence (a phone number), is no mention.
 */
final class NumericDateRule {
  private NumericDateRule() {}

  /** Numeric dates: 2021/06/05, 6-09-2024, 05.06.2021, 3 / 3 / 1414هـ, 9/2025. */
  static Match parse(Tokens tk, int t) {
    if (!tk.isNumber(t) || tk.isNumberSeparator(t - 1) && tk.isNumber(t - 2) && tk.glued(t)) {
      return null;
    }
    int sepToken = t + 1;
    if (!tk.isNumberSeparator(sepToken) || !tk.continuesLine(sepToken)
        || !tk.continuesLine(t + 2) || !tk.isNumber(t + 2)) {
      return null;
    }
    char sep = tk.punct(sepToken);
    int a = tk.number(t);
    int la = tk.length(t);
    int b = tk.number(t + 2);
    int lb = tk.length(t + 2);
    if (tk.isPunct(t + 3, sep) && tk.continuesLine(t + 3) && tk.continuesLine(t + 4)
        && tk.isNumber(t + 4)) {
      int c = tk.number(t + 4);
      int lc = tk.length(t + 4);
      int k = t + 5;
      if (tk.isNumberSeparator(k) && tk.isNumber(k + 1) && tk.glued(k + 1)) {
        return null;
      }
      int y;
      int m;
      int d;
      if (la == 4 && lb <= 2 && lc <= 2) {
        y = a;
        m = b;
        d = c;
      } else if (la <= 2 && lb <= 2 && lc == 4) {
        y = c;
        boolean monthFirst = b > 12 && a <= 12;
        m = monthFirst ? a : b;
        d = monthFirst ? b : a;
      } else {
        return null;
      }
      Era eraHere = null;
      if (tk.word(k) instanceof Era era && tk.continuesLine(k)) {
        eraHere = era;
        k++;
      }
      boolean hijri = eraHere == Era.HIJRI || eraHere == null && y >= 1300 && y <= 1600;
      if (hijri) {
        return Match.of(k, Reading.day(HijriCalendar.day(y, m, d), false, "hijri-numeric"));
      }
      if (!Periods.yearBetween(y, 1800, 2200) || !Periods.isValid(y, m, d)) {
        return null;
      }
      return Match.of(k, Reading.day(LocalDate.of(y, m, d), false, "numeric"));
    }
    // Month/year: 9/2025.
    int k = t + 3;
    if (sep == '/' && la <= 2 && lb == 4 && a >= 1 && a <= 12 && Periods.yearBetween(b, 1900, 2100)
        && !tk.continuesNumber(k) && !(tk.word(k) instanceof Era)) {
      return Match.of(k, Reading.month(b, a, false, "numeric"));
    }
    // Year range: 2017-2019, 1030-1093هـ.
    if ((sep == '-' || sep == '/') && la == 4 && lb == 4 && b > a && b - a <= 120
        && !tk.continuesNumber(k)) {
      Era eraHere = null;
      if (tk.word(k) instanceof Era era && tk.continuesLine(k)) {
        eraHere = era;
        k++;
      }
      if (eraHere == Era.HIJRI) {
        LocalDate from = HijriCalendar.monthStart(a, 1);
        LocalDate until = HijriCalendar.monthStart(b + 1, 1);
        return Match.of(k, Reading.of(from, until, Granularity.SPAN, false, "hijri-year"));
      }
      boolean consecutive = sep == '/' && b == a + 1;
      boolean lifespan = tk.isPunct(t - 1, '(') && tk.isPunct(k, ')')
          && Periods.yearBetween(a, 1000, 2100);
      if ((sep == '-' || consecutive) && (lifespan || Periods.yearBetween(a, 1900, 2100))
          && Periods.yearBetween(b, 1000, 2100)) {
        return Match.of(k, Reading.of(LocalDate.of(a, 1, 1), LocalDate.of(b + 1, 1, 1), Granularity.SPAN, false,
            "range"));
      }
    }
    return null;
  }
}
