package org.fahras.time;

import java.time.LocalDate;
import org.fahras.time.MonthPhrases.MonthRef;
import org.fahras.time.Word.Form;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.RangeWord;
import org.fahras.time.Word.UnitWord;
import org.fahras.time.YearPhrases.YearRef;

/** Ranges: "بين 2017 و2019", "من 2017 إلى 2019", "من 13 تموز الى 15 تموز", "شهري يوليو/تموز وأغسطس/آب المقبلين". */
final class RangeRule {
  private RangeRule() {}

  /**
   * One end of a range, as read.
   *
   * @param match the expression
   * @param eraMarked true when an era marker was written (a year range then needs no plausible years)
   */
  private record Endpoint(Match match, boolean eraMarked) {}

  static Match parse(Context c, int t) {
    Tokens tk = c.tk;
    if (tk.word(t) instanceof UnitWord u && u.unit() == CalendarUnit.MONTH && u.form() == Form.DUAL_CONSTRUCT) {
      return monthPair(c, t);
    }
    if (!(tk.word(t) instanceof RangeWord start) || start == RangeWord.TO) {
      return null;
    }
    boolean between = start == RangeWord.BETWEEN;
    int k = t + 1;
    if (YearPhrases.isYearWord(tk, k) || tk.word(k) instanceof UnitWord u && u.unit() == CalendarUnit.YEAR
        && u.form() == Form.DUAL_CONSTRUCT) {
      k++;
    }
    if (!c.on(k)) {
      return null;
    }
    Endpoint first = endpoint(c, k);
    if (first == null) {
      return null;
    }
    Reading from = first.match().reading();
    int j = first.match().end();
    if (between ? !tk.isLetter(j, 'و') : !tk.is(j, RangeWord.TO) && !tk.isPunct(j, '-')) {
      return null;
    }
    j++;
    if (!c.on(j) && !tk.glued(j)) {
      return null;
    }
    Endpoint second = endpoint(c, j);
    if (second == null) {
      return null;
    }
    Reading until = second.match().reading();
    if (until.granularity() != from.granularity() || !until.until().isAfter(from.from())) {
      return null;
    }
    boolean plausible = first.eraMarked() || second.eraMarked()
        || from.from().getYear() >= 1900 && until.until().getYear() <= 2101;
    if (!plausible) {
      return null;
    }
    return Match.of(second.match().end(), Reading.of(from.from(), until.until(), Granularity.SPAN,
        from.relative() || until.relative(), "range"));
  }

  /** One end of a range: any single expression, or a bare plausible year. */
  private static Endpoint endpoint(Context c, int k) {
    Tokens tk = c.tk;
    if (tk.isNumber(k) && tk.length(k) == 4) {
      YearRef year = YearPhrases.number(c, k, false);
      Reading r = year == null ? null : YearPhrases.value(year, true);
      return r == null ? null : new Endpoint(Match.of(year.end(), r), year.era() != null);
    }
    Match m = CoreRules.parse(c, k);
    return m == null || m.rejected() ? null : new Endpoint(m, true);
  }

  /** "شهري يوليو/تموز وأغسطس/آب المقبلين": two months of one year. */
  private static Match monthPair(Context c, int t) {
    Tokens tk = c.tk;
    MonthRef first = MonthPhrases.gregorian(c, t + 1);
    if (first == null || !c.on(t + 1)) {
      return null;
    }
    int k = first.end();
    if (tk.isLetter(k, 'و')) {
      k++;
    } else if (!tk.hasClitic(k)) {
      return null;
    }
    MonthRef second = c.on(k) ? MonthPhrases.gregorian(c, k) : null;
    if (second == null || second.month() <= first.month()) {
      return null;
    }
    int e = second.end();
    YearRef year = c.on(e) ? YearPhrases.number(c, e, true) : null;
    int y;
    boolean relative = true;
    if (year != null && !year.hijri() && Periods.yearBetween(year.year(), 1000, 2200)) {
      y = year.year();
      e = year.end();
      relative = false;
    } else if (c.hasReference() && c.on(e) && tk.word(e) instanceof Modifier mod && mod != Modifier.FOLLOWING) {
      y = Periods.yearOfMonth(first.month(), c.ref, mod);
      e++;
    } else if (c.hasReference()) {
      y = Periods.yearOfMonth(first.month(), c.ref, null);
    } else {
      return null;
    }
    LocalDate until = LocalDate.of(y, second.month(), 1).plusMonths(1);
    return Match.of(e, Reading.of(LocalDate.of(y, first.month(), 1), until, Granularity.SPAN, relative, "range"));
  }
}
