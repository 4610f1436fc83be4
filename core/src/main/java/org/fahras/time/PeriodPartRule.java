package org.fahras.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.fahras.time.Numbers.Count;
import org.fahras.time.Word.Cardinal;
import org.fahras.time.Word.Form;
import org.fahras.time.Word.Fraction;
import org.fahras.time.Word.Last;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.Ordinal;
import org.fahras.time.Word.Part;
import org.fahras.time.Word.Preposition;
import org.fahras.time.Word.RangeWord;
import org.fahras.time.Word.RelativeDay;
import org.fahras.time.Word.UnitWord;
import org.fahras.time.Word.WeekdayName;
import org.fahras.time.YearPhrases.YearRef;

/**
 * A part of a period, or a day or a week ranked in it:
 *
 * <ul>
 *   <li>beginning, middle and end: "نهاية عام 2026", "مطلع العام الحالي", "أواخر آذار", "نص الشهر", "آخر الشهر",
 *       "مطلع الثمانينيات من القرن الماضي", "أواخر القرن التاسع عشر", "العشر الأواخر من رمضان", "نهاية الربع الثاني";
 *   <li>fractions: "الربع الأول من 2024", "الربع الحالي", "النصف الثاني من العام", "النصف الأول من الشهر", "الثلث
 *       الأول من العام", but never of a fiscal or school year (العام المالي، الدراسي);
 *   <li>a ranked day: "أول يوم من العام", "آخر يوم في السنة", "اليوم الأخير من الشهر", "اليوم الثالث من أكتوبر",
 *       "أول أيام رمضان", "ثاني أيام عيد الأضحى", "أول يوم من أيام عيد الفطر";
 *   <li>a ranked week, counting the whole ISO weeks inside the month: "الأسبوع الأول من أكتوبر", "الأسبوع الأخير من
 *       يونيو", "آخر أسبوع من ديسمبر";
 *   <li>a ranked weekday: "ثاني خميس من نوفمبر", "آخر جمعة من رمضان", "أول أحد من الشهر المقبل".
 * </ul>
 */
final class PeriodPartRule {
  private PeriodPartRule() {}

  static Match parse(Context c, int t) {
    Tokens tk = c.tk;
    Word word = tk.word(t);
    if (word instanceof Part part) {
      return partOf(c, t + 1, part);
    }
    if (word instanceof Fraction fraction) {
      return fraction(c, t, fraction);
    }
    if (word instanceof Last last && !last.definite()) {
      return ranked(c, t + 1, 0);
    }
    if (word instanceof Ordinal o && !o.definite()) {
      return ranked(c, t + 1, o.value());
    }
    if (word == RelativeDay.TODAY) {
      return dayOfPeriod(c, t + 1);
    }
    if (word instanceof UnitWord u && u.unit() == CalendarUnit.WEEK && u.form() == Form.DEFINITE) {
      return weekOfPeriod(c, t + 1);
    }
    if (word instanceof Cardinal ten && ten.definite() && ten.value() == 10 && c.on(t + 1)
        && tk.word(t + 1) instanceof Part part && tk.is(t + 2, RangeWord.FROM)) {
      // "العشر الأواخر من رمضان": its last ten days.
      Match month = period(c, t + 3, false);
      return month == null || month.reading().granularity() != Granularity.MONTH ? null
          : month.with(Periods.part(month.reading(), part));
    }
    return null;
  }

  /** "نهاية عام 2026", "منتصف الشهر", "أواخر القرن التاسع عشر": {@code k} is after the part word. */
  private static Match partOf(Context c, int k, Part part) {
    Tokens tk = c.tk;
    if (tk.is(k, RangeWord.FROM)) {
      k++;
    }
    if (!c.on(k)) {
      return null;
    }
    Match period = period(c, k, false);
    return period == null ? null : period.with(Periods.part(period.reading(), part));
  }

  /**
   * After أول/ثاني/…/آخر ({@code rank} 0 for the last): a day ("أول يوم من العام", "أول أيام رمضان"), a week ("آخر
   * أسبوع من ديسمبر"), a weekday ("ثاني خميس من نوفمبر"), or, after آخر, the end of a period ("آخر الشهر").
   */
  private static Match ranked(Context c, int k, int rank) {
    Tokens tk = c.tk;
    if (!c.on(k)) {
      return null;
    }
    Word word = tk.word(k);
    if (word instanceof UnitWord u && u.unit() == CalendarUnit.DAY) {
      if (u.form() == Form.SINGULAR) {
        int j = connector(c, k + 1);
        if (isDaysWord(tk, j)) {
          j++;
        }
        return nthDay(c, j, rank);
      }
      return u.form() == Form.PLURAL && rank > 0 ? nthDay(c, k + 1, rank) : null;
    }
    if (word instanceof UnitWord u && u.unit() == CalendarUnit.WEEK && u.form() == Form.SINGULAR) {
      return nthWeek(c, connector(c, k + 1), rank);
    }
    if (word instanceof WeekdayName w && !tk.hasClitic(k)) {
      return nthWeekday(c, connector(c, k + 1), w.day(), rank);
    }
    if (rank == 0 && !tk.hasClitic(k) && (word instanceof UnitWord u && u.form() == Form.DEFINITE)) {
      return partOf(c, k, Part.END);
    }
    return null;
  }

  /** "اليوم الأول من رمضان", "اليوم الأخير من العام المنصرم", "اليوم الثالث من أكتوبر": {@code k} is after اليوم. */
  private static Match dayOfPeriod(Context c, int k) {
    Tokens tk = c.tk;
    if (!c.on(k)) {
      return null;
    }
    Count rank = Numbers.rank(tk, k);
    if (rank == null) {
      return null;
    }
    int j = rank.end();
    return tk.is(j, RangeWord.FROM) || tk.is(j, Preposition.IN) ? nthDay(c, j + 1, rank.value()) : null;
  }

  /** "الأسبوع الأول من أكتوبر", "الأسبوع الأخير من يونيو": {@code k} is after الأسبوع. */
  private static Match weekOfPeriod(Context c, int k) {
    Tokens tk = c.tk;
    if (!c.on(k) || tk.hasClitic(k)) {
      return null;
    }
    Count rank = Numbers.rank(tk, k);
    if (rank == null || rank.value() > 5) {
      return null;
    }
    int j = rank.end();
    return tk.is(j, RangeWord.FROM) || tk.is(j, Preposition.IN) ? nthWeek(c, j + 1, rank.value()) : null;
  }

  /** The {@code rank}-th day (0: the last) of the period or feast at {@code j}. */
  private static Match nthDay(Context c, int j, int rank) {
    if (!c.on(j)) {
      return null;
    }
    Match period = period(c, j, true);
    if (period == null) {
      return null;
    }
    Reading r = period.reading();
    LocalDate day = rank == 0 ? r.until().minusDays(1) : r.from().plusDays(rank - 1L);
    return day.isBefore(r.until()) ? period.with(Reading.day(day, r.relative(), "nth-day")) : null;
  }

  /** The {@code rank}-th whole week (0: the last) of the month or year at {@code j}. */
  private static Match nthWeek(Context c, int j, int rank) {
    if (!c.on(j)) {
      return null;
    }
    Match period = period(c, j, false);
    if (period == null || period.reading().granularity() != Granularity.MONTH
        && period.reading().granularity() != Granularity.YEAR) {
      return null;
    }
    Reading r = period.reading();
    LocalDate monday = Periods.nthWholeWeek(r.from(), r.until(), rank);
    return monday == null ? null
        : period.with(Reading.of(monday, monday.plusDays(7), Granularity.WEEK, r.relative(), "nth-week"));
  }

  /** The {@code rank}-th {@code day} (0: the last) of the month at {@code j}. */
  private static Match nthWeekday(Context c, int j, DayOfWeek day, int rank) {
    if (!c.on(j) || rank > 5) {
      return null;
    }
    Match month = period(c, j, false);
    if (month == null || month.reading().granularity() != Granularity.MONTH) {
      return null;
    }
    Reading r = month.reading();
    return month.with(Reading.day(Periods.nthWeekday(r.from(), r.until(), day, rank), r.relative(), "nth-weekday"));
  }

  /**
   * "الربع الأول من 2024", "الربع الثاني 2015", "الربع الحالي", "النصف الثاني من العام المقبل", "الثلث الأول من
   * العام", "النصف الأول من الشهر".
   */
  static Match fraction(Context c, int t, Fraction fraction) {
    Tokens tk = c.tk;
    int k = t + 1;
    if (!c.on(k)) {
      return null;
    }
    if (fraction == Fraction.QUARTER && tk.word(k) instanceof Modifier && c.hasReference()
        && !tk.isAnyWord(k, "السابق", "السابقه")) {
      // "الربع السابق" is usually the quarter before the one just named, not the reference's.
      Integer shift = YearPhrases.shift(tk.word(k));
      if (shift == null) {
        return null;
      }
      LocalDate quarter = c.ref.withDayOfMonth(1).minusMonths((c.ref.getMonthValue() - 1) % 3).plusMonths(3L * shift);
      return Match.of(k + 1, Reading.of(quarter, quarter.plusMonths(3), Granularity.PART_OF_YEAR, true, "fraction"));
    }
    int index;
    if (tk.word(k) instanceof Last l && l.definite()) {
      index = fraction.parts();
    } else if (tk.word(k) instanceof Ordinal o && o.definite() && !tk.hasClitic(k)) {
      index = o.value();
    } else {
      return null;
    }
    int j = connector(c, k + 1);
    if (!c.on(j)) {
      return null;
    }
    Match period = period(c, j, false);
    if (period == null || isFiscal(c, period.end())) {
      return null;
    }
    return period.with(Periods.fraction(period.reading(), fraction, index));
  }

  /** True after a period that is a fiscal or school year: "العام المالي", "السنة الدراسية". */
  private static boolean isFiscal(Context c, int e) {
    return c.on(e) && c.tk.isAnyWord(e, "المالي", "الماليه", "الدراسي", "الدراسيه");
  }

  /** Skips من or في before a period; a clitic ب on the period itself ("بالشهر") needs nothing. */
  private static int connector(Context c, int j) {
    Tokens tk = c.tk;
    return (tk.is(j, RangeWord.FROM) || tk.is(j, Preposition.IN)) && c.on(j) ? j + 1 : j;
  }

  private static boolean isDaysWord(Tokens tk, int t) {
    return tk.word(t) instanceof UnitWord u && u.unit() == CalendarUnit.DAY && u.form() == Form.PLURAL;
  }

  /**
   * The period a part, a fraction or a rank is taken of: a year ("عام 2026", "2024", "العام الحالي", "العام"), a month
   * ("آذار 2025", "الشهر المقبل", "الشهر", "رمضان"), a decade, a century, a season, a quarter, and, when {@code
   * feasts} allows it, a feast's days. Null when there is none; "الشهر نفسه" is none.
   */
  static Match period(Context c, int k, boolean feasts) {
    Tokens tk = c.tk;
    Match m;
    if (YearPhrases.isYearWord(tk, k) || tk.isNumber(k)) {
      YearRef y = YearPhrases.number(c, k, false);
      Reading year = y == null ? null : YearPhrases.value(y, y.worded());
      if (year != null) {
        return Match.of(y.end(), year);
      }
    }
    if ((m = RelativeRules.relativeUnit(c, k)) != null) {
      return m;
    }
    if (c.hasReference() && tk.word(k) instanceof UnitWord u && u.form() == Form.DEFINITE) {
      if (c.on(k + 1) && tk.isAnyWord(k + 1, "نفسه", "ذاته", "عينه")) {
        return null;
      }
      if (u.unit() == CalendarUnit.YEAR) {
        return Match.of(k + 1, Reading.year(c.ref.getYear(), true, "part-of"));
      }
      if (u.unit() == CalendarUnit.MONTH) {
        return Match.of(k + 1, Reading.month(c.ref.getYear(), c.ref.getMonthValue(), true, "part-of"));
      }
    }
    if ((m = DateRules.monthOfPeriod(c, k)) != null || (m = DateRules.hijriMonthFirst(c, k, true)) != null
        || (m = EraRules.decade(c, k)) != null || (m = EraRules.century(c, k)) != null
        || (m = EraRules.season(c, k)) != null) {
      return m;
    }
    if (tk.word(k) instanceof Fraction f && (m = fraction(c, k, f)) != null) {
      return m;
    }
    return feasts ? FeastRule.parse(c, k) : null;
  }
}
