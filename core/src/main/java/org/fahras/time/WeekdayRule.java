package org.fahras.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.fahras.time.Numbers.Count;
import org.fahras.time.RelativeRules.DayOffset;
import org.fahras.time.Word.Form;
import org.fahras.time.Word.Marker;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.Preposition;
import org.fahras.time.Word.RangeWord;
import org.fahras.time.Word.UnitWord;
import org.fahras.time.Word.WeekdayName;

/**
 * Weekdays, alone or with what pins them down:
 *
 * <ul>
 *   <li>a date beside it wins ("الأربعاء (26 آذار 2025)"), and the weekday chooses the year a date without one falls
 *       in ("الجمعة 12 مايو" is the nearest 12 May that is a Friday), or the day of a Hijri date a calendar puts one
 *       day off;
 *   <li>a relative day before it ("اليوم الجمعة", "أمس الاثنين", "يوم غد الأربعاء", "أول من أمس الأحد");
 *   <li>a modifier ("الجمعة الماضية", "الخميس المقبل", "الأحد الجاي", "الاثنين قبل الماضي", "الأربعاء بعد المقبل");
 *   <li>a week ("الأحد من الأسبوع الماضي", "خميس الأسبوع المقبل", "الاثنين من هذا الأسبوع");
 *   <li>its rank in a month ("الجمعة الأخيرة من رمضان", "الخميس الثاني من نوفمبر" when 2 November is no Thursday);
 *   <li>alone, the latest such day on or before the reference, or the next one on or after it when the sentence speaks
 *       of the future ({@link Tense}).
 * </ul>
 */
final class WeekdayRule {
  /**
   * How far a weekday may move a date without a year to find its year: one year either side of the year the date
   * would otherwise get. Further than that, a weekday that disagrees is more likely a slip than another year.
   */
  private static final int YEARS_AROUND = 1;

  /** "قال … الأحد إن": a weekday before what someone said is the day it was said. */
  private static final String[] SAID = {"ان", "بان", "انه", "انها"};

  private WeekdayRule() {}

  static Match parse(Context c, int t) {
    Tokens tk = c.tk;
    DayOffset lead = RelativeRules.dayOffset(c, t);
    int k = t;
    if (lead != null) {
      k = lead.end();
    } else if (RelativeRules.isDayWord(tk, t) && c.on(t + 1)) {
      k = t + 1;
    }
    boolean openParen = k > t && tk.isPunct(k, '(');
    if (openParen) {
      k++;
    }
    if (!(tk.word(k) instanceof WeekdayName weekday) || k > t && !c.on(k)) {
      if (lead != null && !openParen && c.on(k)) {
        // "اليوم 5 مارس": the relative day and the date it names.
        Match date = CoreRules.parse(c, k);
        if (date != null && !date.rejected() && date.reading().isDay() && namesItsDay(date.reading().rule())) {
          return date;
        }
      }
      return null;
    }
    DayOfWeek day = weekday.day();
    k++;
    if (openParen) {
      if (!tk.isPunct(k, ')')) {
        return null;
      }
      k++;
    }
    if (!weekday.definite()) {
      // "خميس الأسبوع المقبل": a weekday without its article needs its week.
      return lead == null ? inWeek(c, k, day) : null;
    }
    Modifier mod = null;
    int weeks = 0;
    if (c.on(k) && (tk.is(k, Modifier.PAST) || tk.is(k, Modifier.NEXT))) {
      mod = (Modifier) tk.word(k);
      k++;
    } else if (c.on(k) && c.on(k + 1) && (tk.is(k, Preposition.BEFORE) && tk.is(k + 1, Modifier.PAST)
        || tk.is(k, Preposition.AFTER) && tk.is(k + 1, Modifier.NEXT))) {
      mod = (Modifier) tk.word(k + 1);
      weeks = 1;
      k += 2;
    }
    if (mod == null && lead == null) {
      Match week = inWeek(c, k, day);
      if (week != null) {
        return week;
      }
      Match ranked = rankInMonth(c, k, day, true);
      if (ranked != null) {
        return ranked;
      }
    }
    if (mod == null) {
      Match dated = withDate(c, k, day);
      if (dated != null) {
        return dated;
      }
    }
    if (!c.hasReference()) {
      return null;
    }
    boolean plain = k == t + 1;
    boolean theTwo = tk.word(t - 1) instanceof RangeWord r && r != RangeWord.TO || tk.isWord(t - 1, "كلا")
        || tk.isWord(k, "معا") || tk.hasClitic(t) && tk.firstLetter(t) != 'و';
    if (plain && day == DayOfWeek.MONDAY && theTwo) {
      // الاثنين is also "the two": "بين الاثنين", "للاثنين معاً".
      return null;
    }
    LocalDate date;
    if (lead != null) {
      LocalDate around = c.ref.plusDays(lead.days());
      date = lead.days() == 0 ? Periods.nearestWeekday(day, around)
          : lead.days() < 0 ? around.with(TemporalAdjusters.previousOrSame(day))
          : around.with(TemporalAdjusters.nextOrSame(day));
    } else if (mod != null) {
      date = Periods.weekday(day, c.ref, mod).plusWeeks(mod == Modifier.PAST ? -weeks : weeks);
    } else if (Tense.futureBeforeWeekday(tk, t) && !tk.isAnyWord(k, SAID)) {
      date = c.ref.with(TemporalAdjusters.nextOrSame(day));
    } else {
      date = c.ref.with(TemporalAdjusters.previousOrSame(day));
    }
    return Match.of(k, Reading.day(date, true, "weekday"));
  }

  /** True for the rules whose value names a day by itself rather than by a relative word. */
  private static boolean namesItsDay(String rule) {
    return rule.startsWith("day-month") || rule.startsWith("numeric") || rule.startsWith("hijri")
        || rule.equals("english") || rule.equals("ordinal-day");
  }

  /** "الأحد من الأسبوع الماضي", "الأربعاء الأسبوع الماضي", "الاثنين من هذا الأسبوع": the day of that ISO week. */
  private static Match inWeek(Context c, int k, DayOfWeek day) {
    Tokens tk = c.tk;
    int j = tk.is(k, RangeWord.FROM) && c.on(k) ? k + 1 : k;
    boolean week = isWeek(tk, j) || tk.is(j, Marker.THIS) && isWeek(tk, j + 1);
    if (!c.on(j) || !week) {
      return null;
    }
    Match named = RelativeRules.relativeUnit(c, j);
    if (named == null || named.reading().granularity() != Granularity.WEEK) {
      return null;
    }
    LocalDate monday = named.reading().from();
    return Match.of(named.end(), Reading.day(monday.plusDays(day.getValue() - 1L), true, "weekday"));
  }

  private static boolean isWeek(Tokens tk, int t) {
    return tk.word(t) instanceof UnitWord u && u.unit() == CalendarUnit.WEEK
        && (u.form() == Form.DEFINITE || u.form() == Form.THIS);
  }

  /**
   * "الجمعة الأخيرة من رمضان", "الخميس الثاني من نوفمبر": the weekday's rank in a month. An ordinal that can also be
   * the date ("الخميس الثاني من نوفمبر" is 2 November when that is a Thursday) is read as the date unless the weekday
   * disagrees with it; {@code lastOnly} leaves those to {@link #withDate} and takes الأخير alone.
   */
  private static Match rankInMonth(Context c, int k, DayOfWeek day, boolean lastOnly) {
    Tokens tk = c.tk;
    if (!c.on(k)) {
      return null;
    }
    Count rank = Numbers.rank(tk, k);
    if (rank == null || lastOnly && rank.value() != 0 || rank.value() > 5) {
      return null;
    }
    int j = rank.end();
    if (!(tk.is(j, RangeWord.FROM) || tk.is(j, Preposition.IN)) || !c.on(j + 1)) {
      return null;
    }
    Match month = PeriodPartRule.period(c, j + 1, false);
    if (month == null || month.reading().granularity() != Granularity.MONTH) {
      return null;
    }
    Reading r = month.reading();
    return Match.of(month.end(), Reading.day(Periods.nthWeekday(r.from(), r.until(), day, rank.value()),
        r.relative(), "nth-weekday"));
  }

  /** The weekday and the date written after it ("الخميس 15 أغسطس", "الأربعاء، 13 شباط", "الخميس الموافق 26/7/2018"). */
  private static Match withDate(Context c, int k, DayOfWeek day) {
    Tokens tk = c.tk;
    int j = k;
    boolean paren = tk.isPunct(j, '(');
    if (paren || tk.isPunct(j, ',') || tk.isPunct(j, '-') || tk.is(j, Marker.AGREEING) || tk.is(j, Preposition.IN)) {
      j++;
    }
    if (!c.on(j)) {
      return null;
    }
    Match date = CoreRules.parse(c, j);
    if (date == null) {
      date = dayAndMonth(c, j);
    }
    if (date == null) {
      return dayOfNearbyMonth(c, j, day);
    }
    if (date.rejected()) {
      return date;
    }
    Reading r = date.reading();
    if (r.granularity() != Granularity.DAY && r.granularity() != Granularity.SPAN) {
      return null;
    }
    int end = paren && tk.isPunct(date.end(), ')') ? date.end() + 1 : date.end();
    if (!r.isDay() || r.from().getDayOfWeek() == day) {
      return Match.of(end, r);
    }
    if (r.rule().startsWith("hijri")) {
      // Umm al-Qura tables and the sighted calendar a text follows can differ by a day: the weekday wins.
      LocalDate aligned = Periods.nearestWeekday(day, r.from());
      boolean oneOff = Math.abs(aligned.toEpochDay() - r.from().toEpochDay()) == 1;
      return Match.of(end, oneOff ? Reading.day(aligned, r.relative(), r.rule()) : r);
    }
    Match ranked = rankInMonth(c, k, day, false);
    if (ranked != null && r.rule().equals("ordinal-day")) {
      return ranked;
    }
    if (r.relative() && c.hasReference() && (r.rule().equals("day-month") || r.rule().equals("ordinal-day"))
        && !yearNamed(tk, j, date.end())) {
      LocalDate moved = yearForWeekday(r.from(), day, c.ref, Tense.futureBefore(tk, k));
      return Match.of(end, moved == null ? r : Reading.day(moved, true, r.rule()));
    }
    return Match.of(end, r);
  }

  /**
   * "السبت السادس عشر": a weekday and a day of the month without its month is that day in the month before, of or after
   * the reference where it falls on that weekday, the nearest. Only days from the 11th on: "الجمعة الثالثة" is more
   * often the third Friday of something.
   */
  private static Match dayOfNearbyMonth(Context c, int j, DayOfWeek day) {
    Tokens tk = c.tk;
    Count ordinal = c.hasReference() ? Numbers.ordinal(tk, j) : null;
    if (ordinal == null || ordinal.value() < 11 || tk.is(ordinal.end(), RangeWord.FROM)) {
      return null;
    }
    LocalDate best = null;
    for (int shift = -1; shift <= 1; shift++) {
      LocalDate month = c.ref.withDayOfMonth(1).plusMonths(shift);
      if (ordinal.value() > month.lengthOfMonth()) {
        continue;
      }
      LocalDate candidate = month.withDayOfMonth(ordinal.value());
      long distance = Math.abs(candidate.toEpochDay() - c.ref.toEpochDay());
      if (candidate.getDayOfWeek() == day
          && (best == null || distance < Math.abs(best.toEpochDay() - c.ref.toEpochDay()))) {
        best = candidate;
      }
    }
    return best == null ? null : Match.of(ordinal.end(), Reading.day(best, true, "weekday"));
  }

  /** True when a modifier or a year word in {@code [from, to)} placed the date ("17 أغسطس الحالي"): keep its year. */
  private static boolean yearNamed(Tokens tk, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tk.word(i) instanceof Modifier || YearPhrases.isYearWord(tk, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "الجمعة 6/8": after a weekday, day/month digits without a year are a date (alone they may be a score or a
   * fraction). Null when they are not.
   */
  private static Match dayAndMonth(Context c, int j) {
    Tokens tk = c.tk;
    if (!c.hasReference() || !tk.isNumber(j) || tk.length(j) > 2 || !tk.isPunct(j + 1, '/')
        || !tk.isNumber(j + 2) || !tk.glued(j + 2) || tk.length(j + 2) > 2 || tk.continuesNumber(j + 3)) {
      return null;
    }
    int day = tk.number(j);
    int month = tk.number(j + 2);
    int year = month >= 1 && month <= 12 ? Periods.yearOfMonth(month, c.ref, null) : 0;
    if (!Periods.isValid(year, month, day)) {
      return null;
    }
    return Match.of(j + 3, Reading.day(LocalDate.of(year, month, day), true, "day-month"));
  }

  /**
   * The same day and month in the year before or after {@code date}'s where it falls on {@code day}, the one nearest
   * the reference; null when neither does.
   */
  private static LocalDate yearForWeekday(LocalDate date, DayOfWeek day, LocalDate reference, boolean future) {
    LocalDate best = null;
    for (int y = date.getYear() - YEARS_AROUND; y <= date.getYear() + YEARS_AROUND; y++) {
      if (!Periods.isValid(y, date.getMonthValue(), date.getDayOfMonth())) {
        continue;
      }
      LocalDate candidate = LocalDate.of(y, date.getMonthValue(), date.getDayOfMonth());
      if (candidate.getDayOfWeek() != day || future && candidate.isBefore(reference)) {
        continue;
      }
      long distance = Math.abs(candidate.toEpochDay() - reference.toEpochDay());
      if (best == null || distance < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
        best = candidate;
      }
    }
    return best;
  }
}
