package org.fahras.time;

import java.time.LocalDate;
import org.fahras.time.Numbers.Count;
import org.fahras.time.Word.Cardinal;
import org.fahras.time.Word.FeastHead;
import org.fahras.time.Word.Form;
import org.fahras.time.Word.HijriHead;
import org.fahras.time.Word.HijriMonthName;
import org.fahras.time.Word.Last;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.MonthHead;
import org.fahras.time.Word.MonthName;
import org.fahras.time.Word.Ordinal;
import org.fahras.time.Word.Preposition;
import org.fahras.time.Word.RangeWord;
import org.fahras.time.Word.RelativeDay;
import org.fahras.time.Word.Tens;
import org.fahras.time.Word.UnitWord;
import org.fahras.time.Word.WeekdayName;

/**
 * Time counted from the reference in days, weeks, months or years, in digits of either set, number words of either
 * gender, duals and singulars:
 *
 * <ul>
 *   <li>ago: "قبل ثلاثة أيام", "منذ ٥ أيام", "قبل أسبوعين", "قبل نحو أربعة أشهر", "منذ 9 أعوام", "قبل عام": the day,
 *       ISO week, month or year that many units back;
 *   <li>ahead: "بعد خمسة أيام", "بعد عامين من الآن": the same forward, but only where it counts from the reference
 *       (followed by من الآن, in a sentence about the future, or in a text as short as a query), since "بعد يومين
 *       أعلن", "ليتوفى بعد يومين" and "بعد عشرة أيام من الفعاليات" count from something else;
 *   <li>within: "خلال أسبوعين", "في غضون ثلاثة أيام" in a sentence about the future: from the reference to that far
 *       ahead;
 *   <li>the last or next few: "الأيام العشرة المقبلة" (the ten days after the reference), "الأيام الثلاثة الماضية",
 *       "الأسابيع الثلاثة المقبلة", "الأشهر الستة الأخيرة", "السنوات الخمس المقبلة", "اليومين الماضيين": whole units
 *       before or after the one the reference is in; not when they belong to something else ("الأعوام الأربعة الأخيرة
 *       لحكومة").
 * </ul>
 *
 * <p>Anything counted from an event ("قبل شهر من الانتخابات", "بعد يومين على") is no mention.
 */
final class OffsetRule {
  private static final String[] APPROXIMATELY = {"نحو", "حوالي", "قرابه", "زهاء"};
  /** A text of at most this many tokens is read as a query: "بعد" in it counts from the reference. */
  private static final int SHORT_TEXT = 8;

  private OffsetRule() {}

  /**
   * A count of units.
   *
   * @param end the token after it
   * @param count how many
   * @param unit of what
   */
  record Amount(int end, int count, CalendarUnit unit) {}

  static Match parse(Context c, int t) {
    Tokens tk = c.tk;
    if (!c.hasReference()) {
      return null;
    }
    Word word = tk.word(t);
    if (word == Preposition.BEFORE || word == Preposition.SINCE) {
      return ago(c, t);
    }
    if (word == Preposition.AFTER) {
      return ahead(c, t);
    }
    if (word == Preposition.DURING || word == Preposition.WITHIN) {
      return within(c, t);
    }
    if (word instanceof UnitWord u && (u.form() == Form.DEFINITE_PLURAL || u.form() == Form.DEFINITE_DUAL)) {
      return lastOrNext(c, t, u);
    }
    return null;
  }

  /**
   * "ثلاثة أيام", "٣ أسابيع", "خمسة وعشرين عاماً", "يومين", "شهر واحد", or one unit alone ("عام") when nothing
   * follows that makes it a name ("عام 2014", "شهر رمضان", "يوم الجمعة"). Null when there is none.
   */
  static Amount amount(Context c, int k) {
    Tokens tk = c.tk;
    if (tk.isAnyWord(k, APPROXIMATELY) && c.on(k + 1)) {
      k++;
    }
    if (!c.on(k)) {
      return null;
    }
    if (tk.word(k) instanceof UnitWord u && countable(u.unit())) {
      if (u.form() == Form.DUAL) {
        return new Amount(k + 1, 2, u.unit());
      }
      if (u.form() != Form.SINGULAR) {
        return null;
      }
      int e = k + 1;
      if (c.on(e) && tk.isAnyWord(e, "واحد", "واحده")) {
        e++;
      } else if (c.on(e) && namesSomething(tk, e)) {
        return null;
      }
      return new Amount(e, 1, u.unit());
    }
    Count n = Numbers.cardinal(tk, k);
    if (n == null || !c.on(n.end()) || !(tk.word(n.end()) instanceof UnitWord u) || !countable(u.unit())
        || u.form() != Form.PLURAL && u.form() != Form.SINGULAR || n.value() > most(u.unit())) {
      return null;
    }
    return new Amount(n.end() + 1, n.value(), u.unit());
  }

  /** The largest count read as a date: "منذ 1400 عام" is history, not a year. */
  private static int most(CalendarUnit unit) {
    return switch (unit) {
      case DAY -> 1000;
      case WEEK -> 200;
      case MONTH -> 240;
      default -> 150;
    };
  }

  /** True for "ونصف" after a count: "قبل عام ونصف" is no whole unit. */
  private static boolean andAHalf(Context c, int e) {
    return c.on(e) && c.tk.isAnyWord(e, "ونصف", "ونص");
  }

  private static boolean countable(CalendarUnit unit) {
    return unit == CalendarUnit.DAY || unit == CalendarUnit.WEEK || unit == CalendarUnit.MONTH
        || unit == CalendarUnit.YEAR;
  }

  /** True when token {@code e} makes the unit before it a name: "عام 2014", "شهر رمضان", "يوم الجمعة". */
  private static boolean namesSomething(Tokens tk, int e) {
    Word word = tk.word(e);
    return tk.isNumber(e) || word instanceof MonthName || word instanceof MonthHead || word instanceof HijriMonthName
        || word instanceof HijriHead || word instanceof WeekdayName || word instanceof FeastHead
        || word instanceof RelativeDay || word instanceof Ordinal || word instanceof Cardinal;
  }

  /**
   * True when a count is taken from something named after it: "قبل شهر من الانتخابات", and after بعد also "على
   * هجوم" ("منذ ستة أشهر على مطاري الإقليم" is a ban imposed on them).
   */
  private static boolean countedFromEvent(Context c, int e, boolean ahead) {
    Tokens tk = c.tk;
    return c.on(e) && (tk.is(e, RangeWord.FROM) || ahead && tk.isWord(e, "علي"));
  }

  /** True for "عاماً بعد عام", "يوماً بعد يوم": the same unit on both sides of بعد is no date. */
  private static boolean repeated(Tokens tk, int t, Amount amount) {
    return amount.count() == 1 && tk.word(t - 1) instanceof UnitWord u && u.unit() == amount.unit();
  }

  private static Match ago(Context c, int t) {
    Tokens tk = c.tk;
    Amount amount = amount(c, t + 1);
    if (amount == null) {
      return null;
    }
    int e = amount.end();
    if (c.on(e) && tk.isWord(e, "مضت")) {
      e++;
    }
    return countedFromEvent(c, e, false) || andAHalf(c, e) ? null
        : Match.of(e, point(c.ref, amount.unit(), -amount.count()));
  }

  private static Match ahead(Context c, int t) {
    Tokens tk = c.tk;
    Amount amount = amount(c, t + 1);
    if (amount == null || repeated(tk, t, amount)) {
      return null;
    }
    int e = amount.end();
    boolean fromNow = tk.is(e, RangeWord.FROM) && c.on(e) && c.on(e + 1)
        && (tk.isWord(e + 1, "الان") || tk.is(e + 1, RelativeDay.TODAY));
    if (fromNow) {
      e += 2;
    } else if (countedFromEvent(c, e, true) || andAHalf(c, e) || !Tense.futureBefore(tk, t) && !alone(tk)) {
      return null;
    }
    return Match.of(e, point(c.ref, amount.unit(), amount.count()));
  }

  private static Match within(Context c, int t) {
    Amount amount = amount(c, t + 1);
    if (amount == null || countedFromEvent(c, amount.end(), true) || andAHalf(c, amount.end())
        || !Tense.futureBefore(c.tk, t)) {
      return null;
    }
    LocalDate until = amount.unit().plus(c.ref, amount.count());
    return Match.of(amount.end(), Reading.of(c.ref, until, Granularity.SPAN, true, "offset"));
  }

  /**
   * True for a text of a few words, such as a query ("مباراة بعد 3 أيام"): nothing in it but the reference to count
   * from. In an article, "بعد يومين" after a past event counts from the event ("ليتوفى بعد يومين").
   */
  private static boolean alone(Tokens tk) {
    return tk.size() <= SHORT_TEXT;
  }

  /** The day, ISO week, month or year {@code count} units from the reference. */
  private static Reading point(LocalDate reference, CalendarUnit unit, int count) {
    if (unit == CalendarUnit.YEAR) {
      return Reading.year(reference.getYear() + count, true, "offset");
    }
    LocalDate moved = unit.plus(reference, count);
    LocalDate from = unit.start(moved);
    return Reading.of(from, unit.plus(from, 1), unit.granularity(), true, "offset");
  }

  /** "الأيام العشرة المقبلة", "الأشهر الستة الأخيرة", "اليومين الماضيين". */
  private static Match lastOrNext(Context c, int t, UnitWord unitWord) {
    Tokens tk = c.tk;
    CalendarUnit unit = unitWord.unit();
    if (!countable(unit)) {
      return null;
    }
    int k = t + 1;
    int count;
    if (unitWord.form() == Form.DEFINITE_DUAL) {
      count = 2;
    } else if (c.on(k) && tk.word(k) instanceof Cardinal n && n.definite()) {
      count = n.value();
      k++;
    } else if (c.on(k) && tk.word(k) instanceof Tens tens) {
      count = tens.value();
      k++;
    } else {
      return null;
    }
    if (!c.on(k)) {
      return null;
    }
    boolean past = tk.is(k, Modifier.PAST) || tk.word(k) instanceof Last l && l.definite();
    boolean next = tk.is(k, Modifier.NEXT);
    if (!past && !next) {
      return null;
    }
    int e = k + 1;
    if (c.on(e) && (tk.firstLetter(e) == 'ل' || tk.is(e, RangeWord.FROM))) {
      return null;
    }
    LocalDate from;
    LocalDate until;
    if (unit == CalendarUnit.DAY) {
      from = past ? c.ref.minusDays(count) : c.ref.plusDays(1);
      until = past ? c.ref : c.ref.plusDays(1L + count);
    } else {
      LocalDate current = unit.start(c.ref);
      from = past ? unit.plus(current, -count) : unit.plus(current, 1);
      until = past ? current : unit.plus(current, 1L + count);
    }
    return Match.of(e, Reading.of(from, until, Granularity.SPAN, true, "offset"));
  }
}
