package org.fahras.time;

import org.fahras.time.Word.Era;
import org.fahras.time.Word.Form;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.Preposition;
import org.fahras.time.Word.RangeWord;
import org.fahras.time.Word.UnitWord;

/** Years as dates write them: "عام 2014", "سنة 1438 هـ", "2024م", and "من العام الماضي" after a month. */
final class YearPhrases {
  private YearPhrases() {}

  /**
   * A year read at a token.
   *
   * @param end the token after it
   * @param year the number as written
   * @param era the era marker written after it, or null
   * @param worded true when عام/سنة/العام came before the number
   */
  record YearRef(int end, int year, Era era, boolean worded) {
    boolean hijri() {
      return era == Era.HIJRI;
    }
  }

  /** True for عام، سنة، العام، السنة. */
  static boolean isYearWord(Tokens tk, int t) {
    return tk.word(t) instanceof UnitWord u && u.unit() == CalendarUnit.YEAR
        && (u.form() == Form.SINGULAR || u.form() == Form.DEFINITE);
  }

  /**
   * A year: [من|في] [عام|سنة|العام] digits [era] (من and في only before a year word). A spaced "م" only counts after a year word or when {@code context}
   * says a date is certain (it is also "metre"). Three digits need a glued era ("385هـ"). Null when there is none.
   */
  static YearRef number(Context c, int t, boolean context) {
    Tokens tk = c.tk;
    int k = t;
    if ((tk.is(k, RangeWord.FROM) || tk.is(k, Preposition.IN)) && isYearWord(tk, k + 1)) {
      k++;
    }
    boolean word = false;
    if (isYearWord(tk, k) && c.on(k + 1)) {
      k++;
      word = true;
    }
    boolean shortWithEra = tk.isNumber(k) && tk.length(k) == 3 && tk.word(k + 1) instanceof Era && tk.glued(k + 1);
    if (!tk.isNumber(k) || tk.length(k) != 4 && !shortWithEra || k > t && !c.on(k)) {
      return null;
    }
    int year = tk.number(k);
    k++;
    Era era = null;
    if (tk.word(k) instanceof Era e && c.on(k)) {
      boolean shortMarker = tk.length(k) == 1;
      if (!shortMarker || tk.glued(k) || word || context || e == Era.HIJRI) {
        era = e;
        k++;
      }
    }
    if (tk.continuesNumber(k)) {
      return null;
    }
    return new YearRef(k, year, era, word);
  }

  /**
   * The year {@code y} names, Hijri when its era says so; Gregorian years must lie in 1900–2200, or from 1000 when
   * {@code context} makes a date certain, or from 1 with an explicit Gregorian era. Null otherwise.
   */
  static Reading value(YearRef y, boolean context) {
    if (y.hijri()) {
      return Reading.of(HijriCalendar.monthStart(y.year(), 1), HijriCalendar.monthStart(y.year() + 1, 1),
          Granularity.YEAR, false, "hijri-year");
    }
    int min = y.era() == Era.GREGORIAN ? 1 : context ? 1000 : 1900;
    return Periods.yearBetween(y.year(), min, 2200) ? Reading.year(y.year(), false, "year") : null;
  }

  /** "من العام الماضي" (or without من) after a month: the Gregorian year it names, relative to the reference. */
  static YearRef relativeAfter(Context c, int e) {
    Tokens tk = c.tk;
    int j = tk.is(e, RangeWord.FROM) && c.on(e) ? e + 1 : e;
    if (!c.hasReference() || !c.on(j) || !(tk.word(j) instanceof UnitWord u) || u.unit() != CalendarUnit.YEAR
        || u.form() != Form.DEFINITE || !c.on(j + 1) || shift(tk.word(j + 1)) == null) {
      return null;
    }
    return new YearRef(j + 2, c.ref.getYear() + shift(tk.word(j + 1)), null, false);
  }

  /** "من العام الهجري القادم" after a Hijri month: the Hijri year it names, or null. */
  static YearRef relativeHijriAfter(Context c, int e) {
    Tokens tk = c.tk;
    int j = tk.is(e, RangeWord.FROM) && c.on(e) ? e + 1 : e;
    if (!c.hasReference() || !c.on(j) || !(tk.word(j) instanceof UnitWord u) || u.unit() != CalendarUnit.YEAR
        || u.form() != Form.DEFINITE || !tk.is(j + 1, Era.HIJRI) || !c.on(j + 2) || shift(tk.word(j + 2)) == null) {
      return null;
    }
    int year = HijriCalendar.yearOf(c.ref);
    return year == 0 ? null : new YearRef(j + 3, year + shift(tk.word(j + 2)), Era.HIJRI, false);
  }

  /** How many years a modifier moves from the reference year: -1, 0, +1; null for other words. */
  static Integer shift(Word word) {
    if (!(word instanceof Modifier m)) {
      return null;
    }
    return switch (m) {
      case PAST -> -1;
      case CURRENT -> 0;
      case NEXT -> 1;
      case FOLLOWING -> null;
    };
  }
}
