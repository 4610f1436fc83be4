package org.fahras.time;

import org.fahras.time.Word.Era;
import org.fahras.time.Word.Form;
import org.fahras.time.Word.Marker;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.Ordinal;
import org.fahras.time.Word.Preposition;
import org.fahras.time.Word.RangeWord;
import org.fahras.time.Word.RelativeDay;
import org.fahras.time.Word.TimeWord;
import org.fahras.time.Word.UnitWord;
import org.fahras.time.Word.WeekdayName;

/**
 * Days and periods named relative to the reference: "اليوم", "أمس", "أول من أمس" and "قبل أمس" (never cut to أمس),
 * "أمس الأول", "غداً", "يوم غد", "بعد غد", "بكرة", "مبارح"; "الأسبوع الماضي", "الشهر الجاري", "هذا العام",
 * "السنة الجاية", "الأسبوع قبل الماضي", "العام بعد المقبل", "العقد الماضي", "القرن الماضي", and "الشهر الفضيل"
 * (Ramadan).
 */
final class RelativeRules {
  /** The epithets that make "الشهر" Ramadan. */
  private static final String[] HOLY = {"الفضيل", "الكريم", "المبارك"};

  private RelativeRules() {}

  /**
   * A day counted from the reference.
   *
   * @param end the token after the words
   * @param days how many days after the reference (negative before it)
   */
  record DayOffset(int end, int days) {}

  /** True for يوم. */
  static boolean isDayWord(Tokens tk, int t) {
    return tk.word(t) instanceof UnitWord u && u.unit() == CalendarUnit.DAY && u.form() == Form.SINGULAR;
  }

  /**
   * The words of a day relative to the reference, longest first: "أول من أمس" and "قبل أمس" are two days back, not
   * أمس. Null when there are none. Works without a reference; the caller resolves the offset.
   */
  static DayOffset dayOffset(Context c, int t) {
    Tokens tk = c.tk;
    int k = t;
    boolean dayWord = isDayWord(tk, k) && c.on(k + 1);
    if (dayWord) {
      k++;
    }
    Word word = tk.word(k);
    if (word instanceof Ordinal o && !o.definite() && o.value() == 1 && !dayWord) {
      int j = tk.is(k + 1, RangeWord.FROM) && !tk.hasClitic(k + 1) && c.on(k + 1) ? k + 2 : k + 1;
      return c.on(j) && tk.is(j, RelativeDay.YESTERDAY) ? new DayOffset(j + 1, -2) : null;
    }
    if (word == Preposition.BEFORE && c.on(k + 1) && tk.is(k + 1, RelativeDay.YESTERDAY)) {
      return new DayOffset(k + 2, -2);
    }
    if (word == Preposition.AFTER && c.on(k + 1)
        && (tk.is(k + 1, RelativeDay.TOMORROW_NOUN) || tk.is(k + 1, RelativeDay.TOMORROW))) {
      return new DayOffset(k + 2, 2);
    }
    if (word == RelativeDay.YESTERDAY) {
      boolean first = c.on(k + 1) && tk.word(k + 1) instanceof Ordinal o && o.definite() && o.value() == 1
          && !tk.hasClitic(k + 1);
      return first ? new DayOffset(k + 2, -2) : new DayOffset(k + 1, -1);
    }
    boolean weekdayNext = c.on(k + 1) && tk.word(k + 1) instanceof WeekdayName w && w.definite();
    if (word == RelativeDay.TOMORROW || word == RelativeDay.TOMORROW_NOUN && (dayWord || weekdayNext)) {
      return new DayOffset(k + 1, 1);
    }
    if (word == RelativeDay.TODAY && !dayWord && c.on(k + 1) && c.on(k + 2)
        && (tk.is(k + 1, Preposition.BEFORE) && tk.is(k + 2, Modifier.PAST)
            || tk.is(k + 1, Preposition.AFTER) && tk.is(k + 2, Modifier.NEXT))) {
      // "اليوم قبل الماضي", "اليوم بعد القادم".
      return new DayOffset(k + 3, tk.is(k + 2, Modifier.PAST) ? -2 : 2);
    }
    if (word == RelativeDay.TODAY && !dayWord && c.on(k + 1) && tk.word(k + 1) instanceof Modifier mod
        && !tk.isAnyWord(k + 1, "السابق", "السابقه", "التالي", "التاليه")) {
      // "اليوم الماضي" is yesterday, "اليوم الجاي" tomorrow; "اليوم السابق/التالي" count from another day.
      return mod == Modifier.PAST ? new DayOffset(k + 2, -1) : mod == Modifier.NEXT ? new DayOffset(k + 2, 1) : null;
    }
    if (word == RelativeDay.TODAY && !dayWord) {
      // "اليوم الوطني" and "في اليوم الأول" are no today, nor is a counted day ("ثالث اليوم").
      boolean modified = c.on(k + 1) && tk.startsWith(k + 1, "ال") && !(tk.word(k + 1) instanceof WeekdayName)
          && !tk.is(k + 1, TimeWord.HOUR);
      Word before = tk.word(k - 1);
      boolean counted = !tk.hasClitic(k) && (before instanceof Ordinal || tk.isNumber(k - 1) || isDayWord(tk, k - 1));
      return modified || counted ? null : new DayOffset(k + 1, 0);
    }
    return null;
  }

  /** A relative day alone: اليوم، أمس، أول من أمس، غداً، بعد غد. */
  static Match relativeDay(Context c, int t) {
    if (!c.hasReference()) {
      return null;
    }
    DayOffset offset = dayOffset(c, t);
    return offset == null ? null
        : Match.of(offset.end(), Reading.day(c.ref.plusDays(offset.days()), true, "relative-day"));
  }

  /**
   * A unit placed by a modifier: "الأسبوع الماضي", "الشهر الجاري", "العام المقبل", "هذا العام", "هالأسبوع",
   * "العام الهجري الجاري", "الأسبوع قبل الماضي", "السنة بعد القادمة", "العقد الماضي", "القرن الماضي", and "العام
   * التالي" (the year after the last one the text named).
   */
  static Match relativeUnit(Context c, int t) {
    Tokens tk = c.tk;
    if (!c.hasReference()) {
      return null;
    }
    int k = t;
    boolean demonstrative = tk.is(k, Marker.THIS);
    if (demonstrative) {
      k++;
    }
    if (!(tk.word(k) instanceof UnitWord u) || k > t && !c.on(k) || u.unit() == CalendarUnit.DAY) {
      return null;
    }
    if (u.form() == Form.THIS && !demonstrative) {
      demonstrative = true;
    } else if (u.form() != Form.DEFINITE) {
      return null;
    }
    CalendarUnit unit = u.unit();
    k++;
    boolean hijri = unit == CalendarUnit.YEAR && c.on(k) && tk.is(k, Era.HIJRI);
    if (hijri) {
      k++;
    }
    if (unit == CalendarUnit.MONTH && c.on(k) && tk.isAnyWord(k, HOLY)) {
      // "الشهر الفضيل", "هذا الشهر الكريم": news calls Ramadan so.
      int hy = HijriCalendar.yearOfMonth(9, c.ref, null);
      return hy == 0 ? null : Match.of(k + 1, Reading.of(HijriCalendar.monthStart(hy, 9), HijriCalendar.monthEnd(hy, 9),
          Granularity.MONTH, true, "hijri"));
    }
    int shift;
    Word next = c.on(k) ? tk.word(k) : null;
    if (next instanceof Modifier mod) {
      k++;
      if (mod == Modifier.FOLLOWING) {
        return following(c, unit, k);
      }
      shift = YearPhrases.shift(mod);
    } else if (next == Preposition.BEFORE && c.on(k + 1) && tk.is(k + 1, Modifier.PAST)) {
      shift = -2;
      k += 2;
    } else if (next == Preposition.AFTER && c.on(k + 1) && tk.is(k + 1, Modifier.NEXT)) {
      shift = 2;
      k += 2;
    } else if (demonstrative) {
      shift = 0;
    } else {
      return null;
    }
    if (unit == CalendarUnit.DECADE && shift == 0) {
      // "العقد الحالي" is more often the current contract.
      return null;
    }
    if (hijri) {
      int hy = HijriCalendar.yearOf(c.ref) + shift;
      return Match.of(k, Reading.of(HijriCalendar.monthStart(hy, 1), HijriCalendar.monthStart(hy + 1, 1),
          Granularity.YEAR, true, "relative-unit"));
    }
    if (unit == CalendarUnit.YEAR) {
      int y = c.ref.getYear() + shift;
      int end = c.on(k) && tk.isNumber(k) && tk.length(k) == 4 && tk.number(k) == y ? k + 1 : k;
      return Match.of(end, Reading.year(y, true, "relative-unit"));
    }
    return Match.of(k, unit.around(c.ref, shift, "relative-unit"));
  }

  /**
   * "العام التالي" is the year after the last year the text named; "الأسبوع التالي" and "الشهر التالي" the ones after
   * the reference's, unless something follows that they are counted from ("الأسبوع التالي للانتخابات").
   */
  private static Match following(Context c, CalendarUnit unit, int k) {
    Tokens tk = c.tk;
    if (unit == CalendarUnit.YEAR) {
      return c.lastYear() == 0 ? null : Match.of(k, Reading.year(c.lastYear() + 1, true, "relative-unit"));
    }
    if (unit != CalendarUnit.WEEK && unit != CalendarUnit.MONTH) {
      return null;
    }
    boolean countedFrom = c.on(k) && (tk.startsWith(k, "لل") || tk.word(k) instanceof RangeWord
        || tk.isWord(k, "علي"));
    return countedFrom ? null : Match.of(k, unit.around(c.ref, 1, "relative-unit"));
  }
}
