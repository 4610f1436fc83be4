package org.fahras.time;

import static org.fahras.time.Lexicon.ERA;

import java.time.LocalDate;

/**
 * Numeric dates: day-month-year as Arab news writes them (6-09-2024, 05.06.2021, 3 / 3 / 1414هـ),
 * year-month-day (2021/06/05, ISO), month/year (9/2025) and year ranges (2017-2019, 1030-1093هـ).
 * A year from 1300 to 1600 without an era, or with هـ, is Hijri. A date the calendar does not
 * have, or digits that continue into a longer sequence (a phone number), is no mention.
 */
final class NumericDateRule {
  private static final int NO = -1;

  private NumericDateRule() {}

  /** Numeric dates: 2021/06/05, 6-09-2024, 05.06.2021, 3 / 3 / 1414هـ, 9/2025. */
  static int parse(Tokens tk, int t, MentionValue v) {
    if (!tk.isNumber(t) || tk.isNumberSeparator(t - 1) && tk.isNumber(t - 2) && tk.glued(t)) {
      return NO;
    }
    int sepToken = t + 1;
    if (!tk.isNumberSeparator(sepToken) || !tk.continuesLine(sepToken)
        || !tk.continuesLine(t + 2) || !tk.isNumber(t + 2)) {
      return NO;
    }
    char sep = tk.charAt(tk.start(sepToken));
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
        return NO;
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
        return NO;
      }
      int eraHere = 0;
      if (tk.is(k, ERA) && tk.continuesLine(k)) {
        eraHere = tk.value(k);
        k++;
      }
      boolean hijri = eraHere == 2 || eraHere == 0 && y >= 1300 && y <= 1600;
      if (hijri) {
        return v.setDay(HijriCalendar.day(y, m, d), false, "hijri-numeric") ? k : NO;
      }
      if (!Periods.yearBetween(y, 1800, 2200) || !Periods.isValid(y, m, d)) {
        return NO;
      }
      return v.setDay(LocalDate.of(y, m, d), false, "numeric") ? k : NO;
    }
    // Month/year: 9/2025.
    int k = t + 3;
    if (sep == '/' && la <= 2 && lb == 4 && a >= 1 && a <= 12 && Periods.yearBetween(b, 1900, 2100)
        && !tk.continuesNumber(k) && !tk.is(k, ERA)) {
      return v.setMonth(b, a, false, "numeric") ? k : NO;
    }
    // Year range: 2017-2019, 1030-1093هـ.
    if ((sep == '-' || sep == '/') && la == 4 && lb == 4 && b > a && b - a <= 120
        && !tk.continuesNumber(k)) {
      int eraHere = 0;
      if (tk.is(k, ERA) && tk.continuesLine(k)) {
        eraHere = tk.value(k);
        k++;
      }
      if (eraHere == 2) {
        LocalDate from = HijriCalendar.monthStart(a, 1);
        LocalDate until = HijriCalendar.monthStart(b + 1, 1);
        return v.set(from, until, Granularity.SPAN, false, "hijri-year") ? k : NO;
      }
      boolean consecutive = sep == '/' && b == a + 1;
      boolean lifespan = tk.isPunct(t - 1, '(') && tk.isPunct(k, ')')
          && Periods.yearBetween(a, 1000, 2100);
      if ((sep == '-' || consecutive) && (lifespan || Periods.yearBetween(a, 1900, 2100))
          && Periods.yearBetween(b, 1000, 2100)) {
        return v.set(LocalDate.of(a, 1, 1), LocalDate.of(b + 1, 1, 1), Granularity.SPAN, false,
            "range") ? k : NO;
      }
    }
    return NO;
  }
}
