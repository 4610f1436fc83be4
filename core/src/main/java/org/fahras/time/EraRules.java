package org.fahras.time;

import java.time.LocalDate;
import org.fahras.time.Numbers.Count;
import org.fahras.time.Word.DecadeName;
import org.fahras.time.Word.Era;
import org.fahras.time.Word.Form;
import org.fahras.time.Word.HijriHead;
import org.fahras.time.Word.Marker;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.RangeWord;
import org.fahras.time.Word.SeasonName;
import org.fahras.time.Word.UnitWord;
import org.fahras.time.YearPhrases.YearRef;

/**
 * Periods longer or looser than a year's months: decades ("التسعينات", "ثمانينيات القرن الماضي", "عقد السبعينات"),
 * centuries ("القرن العشرين", "القرن الحادي والعشرين", "القرن الـ19") and seasons ("صيف 2017", "الربيع الماضي").
 */
final class EraRules {
  private EraRules() {}

  /**
   * A decade: "التسعينات" (of the 1900s), "ثمانينيات القرن الماضي", "الستينيات من القرن العشرين", "عقد التسعينات"; but
   * not an age ("في الثلاثينات من عمره").
   */
  static Match decade(Context c, int t) {
    Tokens tk = c.tk;
    int k = t;
    if (tk.word(k) instanceof UnitWord u && u.unit() == CalendarUnit.DECADE && u.form() == Form.SINGULAR
        && c.on(k + 1)) {
      k++;
    }
    if (!(tk.word(k) instanceof DecadeName name)) {
      return null;
    }
    for (int j = k + 1; j <= k + 3 && c.on(j); j++) {
      if (tk.startsWith(j, "عمر") || tk.startsWith(j, "العمر")) {
        return null;
      }
    }
    int e = k + 1;
    int century = 1900;
    boolean relative = false;
    int j = tk.is(e, RangeWord.FROM) && c.on(e) ? e + 1 : e;
    if (c.on(j)) {
      Match named = century(c, j);
      if (named == null) {
        named = RelativeRules.relativeUnit(c, j);
      }
      if (named != null && named.reading().granularity() == Granularity.CENTURY) {
        century = named.reading().from().getYear();
        relative = named.reading().relative();
        e = named.end();
      }
    }
    int start = century + name.decade();
    return Match.of(e, Reading.of(LocalDate.of(start, 1, 1), LocalDate.of(start + 10, 1, 1), Granularity.DECADE,
        relative, "decade"));
  }

  /**
   * A century by its number: "القرن العشرين", "القرن التاسع عشر", "القرن الحادي والعشرين", "القرن الـ19", "القرن
   * 19", counted as TimeML does (the twentieth is 1900–1999). A Hijri century is left alone. "القرن الماضي" is a
   * {@link RelativeRules#relativeUnit relative unit}.
   */
  static Match century(Context c, int t) {
    Tokens tk = c.tk;
    if (!(tk.word(t) instanceof UnitWord u) || u.unit() != CalendarUnit.CENTURY || u.form() != Form.DEFINITE
        || !c.on(t + 1)) {
      return null;
    }
    int k = t + 1;
    int number;
    int e;
    Count ordinal = Numbers.ordinal(tk, k);
    if (ordinal != null) {
      number = ordinal.value();
      e = ordinal.end();
    } else {
      int digits = tk.is(k, Marker.ARTICLE) && tk.isNumber(k + 1) && tk.glued(k + 1) ? k + 1 : k;
      if (!tk.isNumber(digits) || tk.length(digits) > 2 || tk.continuesNumber(digits + 1)) {
        return null;
      }
      number = tk.number(digits);
      e = digits + 1;
    }
    if (number < 1 || number > 21 || tk.is(e, Era.HIJRI) && c.on(e)) {
      return null;
    }
    if (tk.is(e, Era.GREGORIAN) && c.on(e)) {
      e++;
    }
    LocalDate from = LocalDate.of((number - 1) * 100, 1, 1);
    return Match.of(e, Reading.of(from, from.plusYears(100), Granularity.CENTURY, false, "century"));
  }

  /** "صيف 2017", "الربيع الماضي", "خريف العام المقبل". Spring may be written ربيع. */
  static Match season(Context c, int t) {
    Tokens tk = c.tk;
    boolean spring = tk.is(t, HijriHead.RABI);
    if (!(tk.word(t) instanceof SeasonName) && !spring) {
      return null;
    }
    int first = spring ? 3 : ((SeasonName) tk.word(t)).firstMonth();
    int k = t + 1;
    YearRef year = c.on(k) ? YearPhrases.number(c, k, true) : null;
    YearRef relativeYear;
    int y;
    int e;
    boolean relative = false;
    if (year != null && (year.era() == Era.GREGORIAN
        || year.era() == null && Periods.yearBetween(year.year(), 1900, 2100))) {
      y = year.year();
      e = year.end();
    } else if (c.hasReference() && (relativeYear = YearPhrases.relativeAfter(c, k)) != null) {
      y = relativeYear.year();
      e = relativeYear.end();
      relative = true;
    } else if (c.hasReference() && !spring && c.on(k) && tk.word(k) instanceof Modifier mod
        && mod != Modifier.FOLLOWING) {
      LocalDate thisYears = LocalDate.of(c.ref.getYear(), first, 1);
      boolean over = !thisYears.plusMonths(3).isAfter(c.ref);
      boolean begun = !thisYears.isAfter(c.ref);
      y = c.ref.getYear() + switch (mod) {
        case PAST -> over ? 0 : -1;
        case NEXT -> begun ? 1 : 0;
        default -> 0;
      };
      e = k + 1;
      relative = true;
    } else {
      return null;
    }
    LocalDate from = LocalDate.of(y, first, 1);
    return Match.of(e, Reading.of(from, from.plusMonths(3), Granularity.SEASON, relative, "season"));
  }
}
