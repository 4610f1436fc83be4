package org.fahras.time;

import java.time.LocalDate;
import org.fahras.time.MonthPhrases.MonthRef;
import org.fahras.time.Numbers.Count;
import org.fahras.time.Word.Era;
import org.fahras.time.Word.Form;
import org.fahras.time.Word.Marker;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.MonthName;
import org.fahras.time.Word.Ordinal;
import org.fahras.time.Word.Part;
import org.fahras.time.Word.Preposition;
import org.fahras.time.Word.RangeWord;
import org.fahras.time.Word.Tens;
import org.fahras.time.Word.UnitWord;
import org.fahras.time.YearPhrases.YearRef;

/**
 * Dates named by their calendar: a day and a month ("5 يناير/كانون الثاني 2020", "السابع عشر من سبتمبر الحالي", "9
 * ذي القعدة 1430"), a month ("ايلول 2025", "كانون الثاني الماضي", "رمضان 1436هـ", "شهر 9"), a year ("عام 2014",
 * "في 2025"). What the text leaves open is resolved against the reference: a month without a year within eight months
 * before to four after it, or the coming one when the sentence speaks of the future ({@link Tense}).
 */
final class DateRules {
  /** Words before a date that make it the name of a place: "مدينة السادس من أكتوبر", "شارع 26 يوليو". */
  private static final String[] PLACES = {"مدينه", "شارع", "نهج", "ميدان", "جسر", "كوبري", "حي", "محطه"};

  private DateRules() {}

  /**
   * Days read at a token: one day, or a list or run of days of one month ("14 و15", "13 الى 15").
   *
   * @param end the token after the days (and after من when one follows them)
   * @param first the first day
   * @param last the last day
   * @param ordinalWord true when written as an ordinal word
   */
  record Days(int end, int first, int last, boolean ordinalWord) {}

  /** A day of the month: digits (with st/nd/rd/th), "الـ29", an ordinal word followed by من, أول or غرة. */
  static Days day(Context c, int t) {
    Tokens tk = c.tk;
    int k = t;
    if (tk.is(k, Marker.ARTICLE) && tk.isNumber(k + 1) && tk.glued(k + 1)) {
      k++;
    }
    if (tk.isNumber(k)) {
      if (tk.length(k) > 2) {
        return null;
      }
      int day = tk.number(k);
      k++;
      if (tk.is(k, Marker.ORDINAL_SUFFIX) && tk.glued(k)) {
        k++;
      }
      return day >= 1 && day <= 31 ? runOfDays(c, k, day) : null;
    }
    if (tk.is(k, Marker.FIRST_DAY) && c.on(k + 1)) {
      // "غرة محرم": the first day, without من.
      return new Days(k + 1, 1, 1, true);
    }
    if (tk.word(k) instanceof Ordinal o && !o.definite() && o.value() == 1 && c.on(k + 1)
        && (MonthPhrases.name(tk, k + 1) != null
            || MonthPhrases.isMonthWord(tk, k + 1) && c.on(k + 2) && (MonthPhrases.name(tk, k + 2) != null
                || MonthPhrases.numbered(c, k + 1) != null))) {
      // "في أول يوليو", "أول شهر سبتمبر": the first of the month, without من.
      return new Days(k + 1, 1, 1, true);
    }
    Count ordinal = Numbers.ordinal(tk, k);
    if (ordinal == null || ordinal.value() > 31) {
      return null;
    }
    if (tk.is(ordinal.end(), RangeWord.TO) && c.on(ordinal.end() + 1)) {
      // "الثالث والعشرون وحتى السادس والعشرين من شهر اكتوبر": a run of days written as ordinals.
      Count last = Numbers.ordinal(tk, ordinal.end() + 1);
      if (last != null && last.value() > ordinal.value() && last.value() <= 31 && tk.is(last.end(), RangeWord.FROM)) {
        return new Days(last.end(), ordinal.value(), last.value(), true);
      }
    }
    if (!tk.is(ordinal.end(), RangeWord.FROM)) {
      return null;
    }
    return new Days(ordinal.end(), ordinal.value(), ordinal.value(), true);
  }

  /** "14 و15", "13 الى 15", "1-8": more days after the first one, each later than the one before. */
  private static Days runOfDays(Context c, int k, int first) {
    Tokens tk = c.tk;
    int last = first;
    while (true) {
      int j = k;
      if (!(tk.isLetter(j, 'و') || tk.is(j, RangeWord.TO) || tk.isPunct(j, '-')) || !c.on(j)) {
        break;
      }
      j++;
      if (!c.on(j) || !tk.isNumber(j) || tk.length(j) > 2) {
        break;
      }
      int next = tk.number(j);
      if (next <= last || next > 31) {
        break;
      }
      last = next;
      k = j + 1;
    }
    return new Days(k, first, last, false);
  }

  /**
   * A day then a month: "5 يناير/كانون الثاني 2020", "السابع عشر من سبتمبر الحالي", "14 و15 فيفري 2017", "السادس من
   * الشهر الجاري", "9 ذي القعدة 1430", "24th, September 2024", "غرة محرم من العام الهجري القادم". A date the calendar
   * does not have ("30 فبراير 2024") is a {@link Match#rejected rejected} match, so none of its parts is read.
   */
  static Match dayFirst(Context c, int t) {
    Tokens tk = c.tk;
    Days days = day(c, t);
    if (days == null || tk.isAnyWord(t - 1, PLACES)) {
      return null;
    }
    int k = days.end();
    if (tk.is(k, RangeWord.FROM) && c.on(k)) {
      k++;
    }
    if (tk.isPunct(k, ',') && tk.word(k + 1) instanceof MonthName m && m.latin()) {
      k++;
    }
    boolean monthWord = MonthPhrases.isMonthWord(tk, k) && c.on(k);
    if (monthWord) {
      k++;
    }
    if (!c.on(k)) {
      return null;
    }
    String rule = days.ordinalWord() ? "ordinal-day" : tk.word(k) instanceof MonthName m && m.latin() ? "english"
        : "day-month";
    MonthRef month = monthWord ? MonthPhrases.numbered(c, k - 1) : null;
    if (month == null) {
      month = MonthPhrases.gregorian(c, k);
    }
    if (month != null) {
      return gregorianDay(c, t, days, month, rule);
    }
    if (!monthWord) {
      Match current = dayOfRelativeMonth(c, k, days, rule);
      if (current != null) {
        return current;
      }
    }
    MonthRef hijri = MonthPhrases.hijri(tk, k);
    return hijri == null ? null : hijriDay(c, days, hijri);
  }

  private static Match gregorianDay(Context c, int t, Days days, MonthRef month, String rule) {
    Tokens tk = c.tk;
    int e = month.end();
    int m = month.month();
    int afterComma = tk.isPunct(e, ',') ? e + 1 : e;
    YearRef year = c.on(afterComma) ? YearPhrases.number(c, afterComma, true) : null;
    YearRef relativeYear = c.hasReference() ? YearPhrases.relativeAfter(c, e) : null;
    int y;
    boolean relative = true;
    if (year != null && !year.hijri() && Periods.yearBetween(year.year(), year.era() == Era.GREGORIAN ? 1 : 1000,
        2200)) {
      y = year.year();
      e = year.end();
      relative = false;
    } else if (relativeYear != null) {
      y = relativeYear.year();
      e = relativeYear.end();
    } else if (c.on(e) && tk.word(e) instanceof Modifier mod && mod != Modifier.FOLLOWING && c.hasReference()) {
      y = Periods.yearOfMonth(m, c.ref, mod);
      e++;
    } else if (c.hasReference()) {
      y = Tense.futureBefore(tk, t) ? Periods.yearOfDayAhead(m, days.first(), c.ref)
          : Periods.yearOfMonth(m, c.ref, null);
    } else {
      return null;
    }
    if (!Periods.isValid(y, m, days.last())) {
      return Match.rejected(e);
    }
    return Match.of(e, Reading.days(LocalDate.of(y, m, days.first()), LocalDate.of(y, m, days.last()), relative,
        rule));
  }

  /** "السادس من الشهر الجاري", "16 من هذا الشهر": a day of the month the reference is in, or one next to it. */
  private static Match dayOfRelativeMonth(Context c, int k, Days days, String rule) {
    Tokens tk = c.tk;
    if (!c.hasReference()) {
      return null;
    }
    int shift;
    int end;
    if (isMonthUnit(tk, k, Form.DEFINITE) && c.on(k + 1) && YearPhrases.shift(tk.word(k + 1)) != null) {
      shift = YearPhrases.shift(tk.word(k + 1));
      end = k + 2;
    } else if (tk.is(k, Marker.THIS) && c.on(k + 1) && isMonthUnit(tk, k + 1, Form.DEFINITE)) {
      shift = 0;
      end = k + 2;
    } else {
      return null;
    }
    LocalDate monthStart = c.ref.withDayOfMonth(1).plusMonths(shift);
    if (days.last() > monthStart.lengthOfMonth()) {
      return null;
    }
    return Match.of(end, Reading.days(monthStart.withDayOfMonth(days.first()), monthStart.withDayOfMonth(days.last()),
        true, rule));
  }

  private static boolean isMonthUnit(Tokens tk, int t, Form form) {
    return tk.word(t) instanceof UnitWord u && u.unit() == CalendarUnit.MONTH && u.form() == form;
  }

  private static Match hijriDay(Context c, Days days, MonthRef month) {
    Tokens tk = c.tk;
    int e = month.end();
    int m = month.month();
    int hy;
    boolean relative = false;
    YearRef year = c.on(e) ? YearPhrases.number(c, e, true) : null;
    YearRef relativeYear = year == null && c.hasReference() ? YearPhrases.relativeHijriAfter(c, e) : null;
    if (year != null && (year.hijri() || year.era() == null && HijriCalendar.supports(year.year()))) {
      hy = year.year();
      e = year.end();
    } else if (relativeYear != null) {
      hy = relativeYear.year();
      e = relativeYear.end();
      relative = true;
    } else if (c.hasReference() && year == null) {
      Modifier mod = c.on(e) && tk.word(e) instanceof Modifier x && x != Modifier.FOLLOWING ? x : null;
      hy = HijriCalendar.yearOfMonth(m, c.ref, mod);
      e += mod == null ? 0 : 1;
      relative = true;
    } else {
      return null;
    }
    return Match.of(e, Reading.days(HijriCalendar.day(hy, m, days.first()), HijriCalendar.day(hy, m, days.last()),
        relative, "hijri"));
  }

  /**
   * A month first: "ايلول 2025", "سبتمبر من عام 2025", "كانون الثاني الماضي", "شهر جوان 2016", "شهر 9 الماضي",
   * "September 24, 2024", a bare month resolved to the nearest year (or the coming one in a sentence about the
   * future).
   */
  static Match monthFirst(Context c, int t) {
    return monthFirst(c, t, false);
  }

  /** {@link #monthFirst(Context, int)} where a rank or a part before the month makes a bare month a date. */
  static Match monthOfPeriod(Context c, int t) {
    return monthFirst(c, t, true);
  }

  private static Match monthFirst(Context c, int t, boolean inPeriod) {
    Tokens tk = c.tk;
    MonthRef month = MonthPhrases.numbered(c, t);
    int k = t;
    if (month == null) {
      k = MonthPhrases.afterMonthWord(c, t);
      if (k < 0) {
        return null;
      }
      month = MonthPhrases.gregorian(c, k);
    }
    if (month == null) {
      return null;
    }
    boolean monthWord = k > t || month.end() == t + 2 && MonthPhrases.isMonthWord(tk, t);
    int e = month.end();
    int m = month.month();
    if (month.latin() && c.on(e) && tk.isNumber(e) && tk.length(e) <= 2) {
      int d = tk.number(e);
      int j = e + 1;
      if (tk.is(j, Marker.ORDINAL_SUFFIX) && tk.glued(j)) {
        j++;
      }
      if (tk.isPunct(j, ',')) {
        j++;
      }
      YearRef year = c.on(j) ? YearPhrases.number(c, j, true) : null;
      if (year != null && Periods.isValid(year.year(), m, d)) {
        return Match.of(year.end(), Reading.day(LocalDate.of(year.year(), m, d), false, "english"));
      }
    }
    Match dayAfter = dayAfterMonth(c, t, e, m);
    if (dayAfter != null) {
      return dayAfter;
    }
    int afterComma = tk.isPunct(e, ',') ? e + 1 : e;
    YearRef year = c.on(afterComma) ? YearPhrases.number(c, afterComma, true) : null;
    if (year != null && !year.hijri() && Periods.yearBetween(year.year(), 1000, 2200)) {
      return Match.of(year.end(), Reading.month(year.year(), m, false, "month-year"));
    }
    if (!c.hasReference() || month.latin()) {
      return null;
    }
    YearRef relativeYear = YearPhrases.relativeAfter(c, e);
    if (relativeYear != null) {
      return Match.of(relativeYear.end(), Reading.month(relativeYear.year(), m, true, "relative-month"));
    }
    if (c.on(e) && tk.word(e) instanceof Modifier mod && mod != Modifier.FOLLOWING) {
      return Match.of(e + 1, Reading.month(Periods.yearOfMonth(m, c.ref, mod), m, true, "relative-month"));
    }
    if (!monthWord && !month.paired()) {
      boolean father = month.weak() && m == 8 && tk.length(k) == 2;
      if (father || !inPeriod && !bareMonthContext(c, t)) {
        return null;
      }
    }
    int y = Tense.futureBefore(tk, t) ? Periods.yearOfMonthAhead(m, c.ref) : Periods.yearOfMonth(m, c.ref, null);
    return Match.of(e, Reading.month(y, m, true, "month"));
  }

  /**
   * "يوليو 13-15", "تموز 13 الى 15", "أغسطس 27، 2015": the day after the month, as headers and listings write it; the
   * days must end the phrase or be followed by a year, so "مارس 20 دولاراً" is no date.
   */
  private static Match dayAfterMonth(Context c, int t, int e, int month) {
    Tokens tk = c.tk;
    if (!c.on(e) || !tk.isNumber(e) || tk.length(e) > 2 || tk.continuesNumber(e + 1) && !tk.isPunct(e + 1, '-')
        || tk.word(e + 1) instanceof Era) {
      return null;
    }
    int first = tk.number(e);
    if (first < 1 || first > 31) {
      return null;
    }
    Days days = runOfDays(c, e + 1, first);
    int j = days.end();
    int afterComma = tk.isPunct(j, ',') ? j + 1 : j;
    YearRef year = c.on(afterComma) ? YearPhrases.number(c, afterComma, true) : null;
    int y;
    boolean relative = year == null || year.hijri();
    if (!relative && Periods.yearBetween(year.year(), 1000, 2200)) {
      y = year.year();
      j = year.end();
    } else if (c.hasReference() && (!c.on(j) || j >= tk.size() || !tk.isWord(j) && !tk.isNumber(j))) {
      relative = true;
      y = Tense.futureBefore(tk, t) ? Periods.yearOfDayAhead(month, first, c.ref)
          : Periods.yearOfMonth(month, c.ref, null);
    } else {
      return null;
    }
    if (!Periods.isValid(y, month, days.last())) {
      return Match.rejected(j);
    }
    return Match.of(j, Reading.days(LocalDate.of(y, month, first), LocalDate.of(y, month, days.last()), relative,
        "day-month"));
  }

  /**
   * A month name with no day, year, modifier, شهر or paired name is a date only after a preposition ("في سبتمبر",
   * "بسبتمبر", "منذ يناير", "حتى مارس"), a part word, or right after another mention ("في يوليو وأغسطس"); otherwise
   * it is too often a name (نيسان the carmaker).
   */
  static boolean bareMonthContext(Context c, int t) {
    Tokens tk = c.tk;
    Word before = tk.word(t - 1);
    if (before == RangeWord.FROM && (tk.word(t - 2) instanceof Ordinal || tk.word(t - 2) instanceof Tens
        || tk.isNumber(t - 2))) {
      // "بالسادس من أكتوبر": a day the date rules did not take (a name), so not its month alone either.
      return false;
    }
    if (before instanceof Preposition || before instanceof Part || before instanceof RangeWord
        || c.lastEnd() == t || c.lastEnd() == t - 1 && tk.isLetter(t - 1, 'و')) {
      return true;
    }
    char clitic = tk.firstLetter(t);
    return tk.hasClitic(t) && (clitic == 'ب' || clitic == 'ل');
  }

  /**
   * A Hijri month: "شهر صفر عام 1433 هـ", "رمضان 1436هـ", "رمضان 2018", "رمضان الماضي", and a bare month after a
   * preposition when {@code bare} allows it (Ramadan always may).
   */
  static Match hijriMonthFirst(Context c, int t, boolean bare) {
    Tokens tk = c.tk;
    int k = MonthPhrases.afterMonthWord(c, t);
    if (k < 0) {
      return null;
    }
    boolean monthWord = k > t;
    MonthRef month = MonthPhrases.hijri(tk, k);
    if (month == null) {
      return null;
    }
    int e = month.end();
    int m = month.month();
    YearRef year = c.on(e) ? YearPhrases.number(c, e, true) : null;
    if (year != null) {
      if (year.hijri() || year.era() == null && HijriCalendar.supports(year.year())) {
        return Match.of(year.end(), hijriMonth(year.year(), m, false));
      }
      if (Periods.yearBetween(year.year(), 1900, 2100)) {
        int hy = HijriCalendar.yearWhoseMonthStartsIn(m, year.year());
        return hy == 0 ? null : Match.of(year.end(), hijriMonth(hy, m, false));
      }
      return null;
    }
    if (!c.hasReference()) {
      return null;
    }
    YearRef relativeYear = YearPhrases.relativeHijriAfter(c, e);
    if (relativeYear != null) {
      return Match.of(relativeYear.end(), hijriMonth(relativeYear.year(), m, true));
    }
    Modifier mod = c.on(e) && tk.word(e) instanceof Modifier x && x != Modifier.FOLLOWING ? x : null;
    boolean ramadan = m == 9 && (tk.word(t - 1) instanceof Preposition || tk.is(t - 1, RangeWord.TO));
    if (monthWord || mod != null || ramadan || bare) {
      int hy = HijriCalendar.yearOfMonth(m, c.ref, mod);
      return hy == 0 ? null : Match.of(mod == null ? e : e + 1, hijriMonth(hy, m, true));
    }
    return null;
  }

  private static Reading hijriMonth(int year, int month, boolean relative) {
    return Reading.of(HijriCalendar.monthStart(year, month), HijriCalendar.monthEnd(year, month), Granularity.MONTH,
        relative, "hijri");
  }

  /**
   * Years: "عام 2014", "سنة 1438 هجري", "2024م", a bare year after a preposition ("في 2025", "منذ 2014"), a year that
   * names an event or season ("كأس العالم 2018، "), and the second of a list ("عامي 2017 و2019").
   */
  static Match year(Context c, int t) {
    Tokens tk = c.tk;
    boolean dual = tk.word(t) instanceof UnitWord u && u.unit() == CalendarUnit.YEAR
        && u.form() == Form.DUAL_CONSTRUCT;
    if (dual) {
      YearRef y = c.on(t + 1) && tk.isNumber(t + 1) ? YearPhrases.number(c, t + 1, true) : null;
      return y == null ? null : Match.of(y.end(), YearPhrases.value(y, true));
    }
    if (YearPhrases.isYearWord(tk, t)) {
      YearRef y = YearPhrases.number(c, t, false);
      return y == null ? null : Match.of(y.end(), YearPhrases.value(y, true));
    }
    if (!tk.isNumber(t) || tk.length(t) != 4 || tk.isNumberSeparator(t - 1) && tk.isNumber(t - 2)) {
      return null;
    }
    Word before = tk.word(t - 1);
    boolean afterPreposition = c.on(t) && (before instanceof Preposition || before == RangeWord.TO
        || before instanceof Part);
    boolean listed = tk.isLetter(t - 1, 'و') && tk.glued(t) && c.lastEnd() == t - 1
        && c.lastGranularity() == Granularity.YEAR;
    YearRef y = YearPhrases.number(c, t, false);
    if (y == null) {
      return null;
    }
    if (y.era() != null) {
      return Match.of(y.end(), YearPhrases.value(y, true));
    }
    boolean named = Periods.yearBetween(y.year(), 1950, 2049) && ContextWords.closesPhrase(tk, y.end())
        && !ContextWords.quantifies(tk, t - 1);
    return (afterPreposition || listed || named) && Periods.yearBetween(y.year(), 1900, 2100)
        ? Match.of(y.end(), YearPhrases.value(y, false)) : null;
  }
}
