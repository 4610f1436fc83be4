package org.fahras.time;

import static org.fahras.time.Lexicon.AGO_UNIT;
import static org.fahras.time.Lexicon.AGREEING;
import static org.fahras.time.Lexicon.ARTICLE;
import static org.fahras.time.Lexicon.DAY_WORD;
import static org.fahras.time.Lexicon.DECADE;
import static org.fahras.time.Lexicon.ERA;
import static org.fahras.time.Lexicon.HIJRI_HEAD;
import static org.fahras.time.Lexicon.HIJRI_MONTH;
import static org.fahras.time.Lexicon.HOUR_WORD;
import static org.fahras.time.Lexicon.LATIN_MONTH;
import static org.fahras.time.Lexicon.MODIFIER;
import static org.fahras.time.Lexicon.MONTH;
import static org.fahras.time.Lexicon.MONTH_HEAD;
import static org.fahras.time.Lexicon.MONTH_TAIL;
import static org.fahras.time.Lexicon.MONTH_WORD;
import static org.fahras.time.Lexicon.ORDINAL;
import static org.fahras.time.Lexicon.ORDINAL_SUFFIX;
import static org.fahras.time.Lexicon.PART;
import static org.fahras.time.Lexicon.PREPOSITION;
import static org.fahras.time.Lexicon.RANGE_END;
import static org.fahras.time.Lexicon.RANGE_START;
import static org.fahras.time.Lexicon.RELATIVE_DAY;
import static org.fahras.time.Lexicon.SEASON;
import static org.fahras.time.Lexicon.TEEN;
import static org.fahras.time.Lexicon.TENS;
import static org.fahras.time.Lexicon.THIS;
import static org.fahras.time.Lexicon.UNIT;
import static org.fahras.time.Lexicon.WEAK_MONTH;
import static org.fahras.time.Lexicon.WEEKDAY;
import static org.fahras.time.Lexicon.YEAR_WORD;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The grammar: walks the tokens left to right and, at each anchor, tries the rule families from
 * the longest (ranges, parts of periods, weekday + date) to the shortest (a relative day word).
 * A match consumes its tokens, so mentions never overlap. One instance per text; not thread-safe.
 *
 * <p>Each {@code parse…} method takes a token index and returns the index after the expression,
 * or -1, leaving the value in {@link MentionValue} {@code v}. Numeric dates and times of day live
 * in {@link NumericDateRule} and {@link TimeOfDayRule}; the context word lists in
 * {@link ContextWords}.
 */
final class MentionParser {
  private static final int NO = -1;

  private final CharSequence original;
  private final FoldedText folded;
  private final Tokens tk;
  private final LocalDate ref;
  private final int n;
  private final List<TemporalMention> out = new ArrayList<>();

  /** The value of the last successful parse. */
  private final MentionValue v = new MentionValue();

  // Scratch results of the sub-parsers.
  private int month;
  private boolean monthWeak;
  private boolean monthPaired;
  private int year;
  private int era;
  private int day;

  // Context carried between mentions.
  private int lastYear;
  /** End of an expression found invalid ("30 فبراير 2024"), so none of its parts is tagged. */
  private int rejectedUntil;
  private int rangeEra;
  private int lastEnd = NO;
  private Granularity lastGranularity;

  MentionParser(CharSequence original, LocalDate reference) {
    this.original = original;
    this.folded = FoldedText.of(original);
    this.tk = new Tokens(folded);
    this.ref = reference;
    this.n = tk.size();
  }

  List<TemporalMention> parse() {
    int t = 0;
    while (t < n) {
      if (!tk.isNumber(t) && tk.kind(t) == 0) {
        // Every rule starts at a digit run or a lexicon word: the anchors.
        t++;
        continue;
      }
      v.time = null;
      rejectedUntil = NO;
      int end = parseSafely(t);
      if (end > t) {
        emit(t, end);
        t = end;
      } else {
        t = Math.max(t + 1, rejectedUntil);
      }
    }
    return out;
  }

  /**
   * {@link #parseAt}, with dates beyond what {@link LocalDate} holds (a reference date near its
   * limits) treated as no match: bad input never costs the rest of the text.
   */
  private int parseSafely(int t) {
    try {
      return parseAt(t);
    } catch (DateTimeException | ArithmeticException e) {
      return NO;
    }
  }

  private int parseAt(int t) {
    int e;
    if ((e = parseRange(t)) > t || (e = parsePart(t)) > t || (e = parseWeekday(t)) > t) {
      return e;
    }
    return parseCore(t);
  }

  /** The single expressions, which the longer rules also use as their parts. */
  private int parseCore(int t) {
    v.time = null;
    int e;
    if ((e = NumericDateRule.parse(tk, t, v)) > t
        || (e = parseDayFirst(t)) > t
        || (e = parseMonthFirst(t)) > t
        || (e = parseHijriMonthFirst(t)) > t
        || (e = parseYear(t)) > t
        || (e = parseRelativeUnit(t)) > t
        || (e = parseRelativeDay(t)) > t
        || (e = parseDecade(t)) > t
        || (e = parseSeason(t)) > t) {
      if (v.granularity == Granularity.DAY) {
        e = TimeOfDayRule.parse(tk, e, v);
      }
      return e;
    }
    return NO;
  }

  private void emit(int fromToken, int toToken) {
    int first = tk.contentStart(fromToken);
    int last = tk.end(toToken - 1) - 1;
    int start = folded.originalStart(first);
    int end = folded.originalEnd(last);
    out.add(new TemporalMention(start, end, original.subSequence(start, end).toString(), v.from,
        v.until, v.granularity, v.relative, v.rule, v.time));
    if (!v.relative && v.granularity != Granularity.SPAN) {
      lastYear = v.from.getYear();
    }
    lastEnd = toToken;
    lastGranularity = v.granularity;
  }

  /** True when token {@code t} exists and no line break separates it from the previous one. */
  private boolean on(int t) {
    return tk.continuesLine(t);
  }

  // ---------------------------------------------------------------------------------------------
  // Building blocks.

  /** A Gregorian month name (one or two words), optionally paired: "سبتمبر/ أيلول". */
  private int parseMonth(int t) {
    int e = monthName(t);
    if (e == NO) {
      return NO;
    }
    int m = month;
    boolean weak = monthWeak;
    boolean paired = false;
    int p = e;
    if (on(p) && (tk.isPunct(p, '/') || tk.isPunct(p, '(') || tk.isPunct(p, '-')
        || tk.isPunct(p, '\\'))) {
      int e2 = monthName(p + 1);
      if (e2 != NO && month == m && on(p + 1)) {
        e = e2;
        paired = true;
        weak = false;
        if (tk.isPunct(p, '(') && tk.isPunct(e, ')')) {
          e++;
        }
      }
    } else if (on(p) && !tk.hasClitic(p)) {
      int e2 = monthName(p);
      if (e2 != NO && month == m) {
        e = e2;
        paired = true;
        weak = false;
      }
    }
    month = m;
    monthWeak = weak;
    monthPaired = paired;
    return e;
  }

  /** One month name: كانون الثاني، سبتمبر، September. Sets {@link #month}, {@link #monthWeak}. */
  private int monthName(int t) {
    if (t >= n) {
      return NO;
    }
    int kind = tk.kind(t);
    if (kind == MONTH || kind == WEAK_MONTH || kind == LATIN_MONTH) {
      month = tk.value(t);
      monthWeak = kind == WEAK_MONTH || month == 6 && tk.isWord(t, "جوان");
      return t + 1;
    }
    if (kind == MONTH_HEAD && on(t + 1) && tk.is(t + 1, ORDINAL) && !tk.hasClitic(t + 1)) {
      int ord = tk.value(t + 1);
      boolean kanun = tk.value(t) == 1;
      if (ord == 1 || ord == 2) {
        month = kanun ? (ord == 2 ? 1 : 12) : (ord == 1 ? 10 : 11);
        monthWeak = false;
        return t + 2;
      }
    }
    return NO;
  }

  /** A Hijri month name: رمضان، ربيع الأول، ذو الحجة. Sets {@link #month}. */
  private int parseHijriMonth(int t) {
    if (tk.is(t, HIJRI_MONTH)) {
      month = tk.value(t);
      return t + 1;
    }
    if (!tk.is(t, HIJRI_HEAD) || !on(t + 1)) {
      return NO;
    }
    int head = tk.value(t);
    boolean named = tk.is(t + 1, ORDINAL) || tk.is(t + 1, MONTH_TAIL);
    int second = named ? tk.value(t + 1) : 0;
    if (head == 1 && (second == 1 || second == 2)) {
      month = second == 1 ? 3 : 4;
    } else if (head == 2 && (second == 1 || second == 2)) {
      month = second == 1 ? 5 : 6;
    } else if (head == 3 && (second == 11 || second == 12)) {
      month = second;
    } else {
      return NO;
    }
    return t + 2;
  }

  /**
   * A year: [من] [عام|سنة|العام] digits [era]. Sets {@link #year} and {@link #era} (0 none, 1 AD,
   * 2 AH). A spaced "م" only counts after a year word or when {@code context} says a date is
   * certain (it is also "metre").
   */
  private int parseYearNumber(int t, boolean context) {
    int k = t;
    if (tk.is(k, RANGE_START) && tk.value(k) == 1 && (isYearWord(k + 1))) {
      k++;
    }
    boolean word = false;
    if (isYearWord(k) && on(k + 1)) {
      k++;
      word = true;
    }
    boolean shortWithEra = tk.isNumber(k) && tk.length(k) == 3 && tk.is(k + 1, ERA)
        && tk.glued(k + 1);
    if (!tk.isNumber(k) || tk.length(k) != 4 && !shortWithEra || k > t && !on(k)) {
      return NO;
    }
    year = tk.number(k);
    k++;
    era = 0;
    if (k < n && tk.is(k, ERA) && on(k)) {
      boolean shortMarker = tk.length(k) == 1;
      if (!shortMarker || tk.glued(k) || word || context || tk.value(k) == 2) {
        era = tk.value(k);
        k++;
      }
    }
    if (tk.continuesNumber(k)) {
      return NO;
    }
    return k;
  }

  private boolean isYearWord(int t) {
    return tk.is(t, YEAR_WORD) && tk.value(t) == 1 || tk.is(t, UNIT) && tk.value(t) == 3;
  }

  /**
   * A day: digits (with st/nd/rd/th), "الـ29", or an ordinal word followed by من: السابع عشر،
   * الحادي والعشرين. Sets {@link #day}.
   */
  private int parseDay(int t) {
    int k = t;
    if (tk.is(k, ARTICLE) && tk.isNumber(k + 1) && tk.glued(k + 1)) {
      k++;
    }
    if (tk.isNumber(k)) {
      if (tk.length(k) > 2) {
        return NO;
      }
      day = tk.number(k);
      k++;
      if (tk.is(k, ORDINAL_SUFFIX) && tk.glued(k)) {
        k++;
      }
      return day >= 1 && day <= 31 ? k : NO;
    }
    if (tk.hasClitic(k) && !tk.is(k, TENS)) {
      return NO;
    }
    if (tk.isWord(k, "اول") && on(k + 1) && monthName(k + 1) != NO) {
      // "في أول يوليو": the first of the month, without من.
      day = 1;
      return k + 1;
    }
    if (tk.is(k, TENS)) {
      day = tk.value(k);
      k++;
    } else if (tk.is(k, ORDINAL) && tk.startsWith(k, "ال")) {
      int units = tk.value(k);
      k++;
      if (on(k) && tk.is(k, TEEN) && units >= 2) {
        day = (units == 11 ? 1 : units) + 10;
        k++;
      } else if (on(k) && tk.is(k, TENS) && units != 10) {
        day = (units == 11 ? 1 : units) + tk.value(k);
        k++;
      } else if (units <= 10) {
        day = units;
      } else {
        return NO;
      }
    } else {
      return NO;
    }
    return tk.is(k, RANGE_START) && tk.value(k) == 1 && day <= 31 ? k : NO;
  }

  // ---------------------------------------------------------------------------------------------
  // Rule families.

  /**
   * A day then a month: "5 يناير/كانون الثاني 2020", "السابع عشر من سبتمبر الحالي", "14 و15 فيفري
   * 2017", "السادس من الشهر الجاري", "9 ذي القعدة 1430", "24th, September 2024".
   */
  private int parseDayFirst(int t) {
    int k = parseDay(t);
    if (k == NO) {
      return NO;
    }
    boolean ordinalWord = !tk.isNumber(t) && !tk.is(t, ARTICLE);
    int firstDay = day;
    int lastDay = day;
    while (!ordinalWord) {
      int j = k;
      if (!(tk.isLetter(j, 'و') || tk.is(j, RANGE_END) || tk.isPunct(j, '-')) || !on(j)) {
        break;
      }
      j++;
      if (!on(j) || !tk.isNumber(j) || tk.length(j) > 2) {
        break;
      }
      int next = tk.number(j);
      if (next <= lastDay || next > 31) {
        break;
      }
      lastDay = next;
      k = j + 1;
    }
    if (tk.is(k, RANGE_START) && tk.value(k) == 1 && on(k)) {
      k++;
    }
    if (tk.isPunct(k, ',') && tk.is(k + 1, LATIN_MONTH)) {
      k++;
    }
    boolean monthWord = tk.is(k, MONTH_WORD) && tk.value(k) == 1 && on(k);
    if (monthWord) {
      k++;
    }
    if (!on(k)) {
      return NO;
    }
    int e = parseMonth(k);
    if (e != NO) {
      int m = month;
      int y;
      boolean relative;
      int afterComma = tk.isPunct(e, ',') ? e + 1 : e;
      int ye = on(afterComma) ? parseYearNumber(afterComma, true) : NO;
      int re = ref == null ? NO : relativeYearAfter(e);
      if (ye != NO && era != 2 && Periods.yearBetween(year, era == 1 ? 1 : 1000, 2200)) {
        y = year;
        e = ye;
        relative = false;
      } else if (re != NO) {
        y = year;
        e = re;
        relative = true;
      } else if (on(e) && tk.is(e, MODIFIER) && tk.value(e) <= 3 && ref != null) {
        y = Periods.yearOfMonth(m, ref, tk.value(e));
        e++;
        relative = true;
      } else if (ref != null) {
        y = Periods.yearOfMonth(m, ref, 0);
        relative = true;
      } else {
        return NO;
      }
      if (!Periods.isValid(y, m, lastDay)) {
        rejectedUntil = e;
        return NO;
      }
      String rule = ordinalWord ? "ordinal-day" : tk.is(k, LATIN_MONTH) ? "english" : "day-month";
      LocalDate first = LocalDate.of(y, m, firstDay);
      return v.days(first, LocalDate.of(y, m, lastDay), relative, rule) ? e : NO;
    }
    if (!monthWord && tk.is(k, UNIT) && tk.value(k) == 2 && on(k + 1) && tk.is(k + 1, MODIFIER)
        && tk.value(k + 1) <= 3 && ref != null) {
      int mod = tk.value(k + 1);
      LocalDate monthStart = ref.withDayOfMonth(1).plusMonths(mod == 1 ? -1 : mod == 3 ? 1 : 0);
      if (lastDay > monthStart.lengthOfMonth()) {
        return NO;
      }
      return v.days(monthStart.withDayOfMonth(firstDay), monthStart.withDayOfMonth(lastDay), true,
          ordinalWord ? "ordinal-day" : "day-month") ? k + 2 : NO;
    }
    e = parseHijriMonth(k);
    if (e != NO) {
      int m = month;
      int hy;
      boolean relative = false;
      int ye = on(e) ? parseYearNumber(e, true) : NO;
      if (ye != NO && (era == 2 || era == 0 && HijriCalendar.supports(year))) {
        hy = year;
        e = ye;
      } else if (ref != null && ye == NO) {
        int mod = on(e) && tk.is(e, MODIFIER) && tk.value(e) <= 3 ? tk.value(e) : 0;
        hy = HijriCalendar.yearOfMonth(m, ref, mod);
        e += mod == 0 ? 0 : 1;
        relative = true;
      } else {
        return NO;
      }
      LocalDate first = HijriCalendar.day(hy, m, firstDay);
      LocalDate last = HijriCalendar.day(hy, m, lastDay);
      return first != null && last != null && v.days(first, last, relative, "hijri") ? e : NO;
    }
    return NO;
  }

  /** "من العام الماضي" after a month: sets {@link #year} from the reference date. */
  private int relativeYearAfter(int e) {
    int j = tk.is(e, RANGE_START) && tk.value(e) == 1 && on(e) ? e + 1 : e;
    if (!on(j) || !tk.is(j, UNIT) || tk.value(j) != 3 || !on(j + 1) || !tk.is(j + 1, MODIFIER)
        || tk.value(j + 1) > 3) {
      return NO;
    }
    int mod = tk.value(j + 1);
    year = ref.getYear() + (mod == 1 ? -1 : mod == 3 ? 1 : 0);
    return j + 2;
  }

  /** Skips an optional «شهر» before a month name: where the month should start, or NO when nothing follows the word. */
  private int afterMonthWord(int t) {
    if (tk.is(t, MONTH_WORD) && tk.value(t) == 1) {
      return on(t + 1) ? t + 1 : NO;
    }
    return t;
  }

  /**
   * A month first: "ايلول 2025", "سبتمبر من عام 2025", "كانون الثاني الماضي", "شهر جوان 2016",
   * "September 24, 2024", a bare month resolved to the nearest year.
   */
  private int parseMonthFirst(int t) {
    int k = afterMonthWord(t);
    if (k == NO) {
      return NO;
    }
    boolean monthWord = k > t;
    int e = parseMonth(k);
    if (e == NO) {
      return NO;
    }
    int m = month;
    if (tk.is(k, LATIN_MONTH) && on(e) && tk.isNumber(e) && tk.length(e) <= 2) {
      int d = tk.number(e);
      int j = e + 1;
      if (tk.is(j, ORDINAL_SUFFIX) && tk.glued(j)) {
        j++;
      }
      if (tk.isPunct(j, ',')) {
        j++;
      }
      int ye = on(j) ? parseYearNumber(j, true) : NO;
      if (ye != NO && Periods.isValid(year, m, d)) {
        return v.setDay(LocalDate.of(year, m, d), false, "english") ? ye : NO;
      }
    }
    int afterComma = tk.isPunct(e, ',') ? e + 1 : e;
    int ye = on(afterComma) ? parseYearNumber(afterComma, true) : NO;
    if (ye != NO && era != 2 && Periods.yearBetween(year, 1000, 2200)) {
      return v.setMonth(year, m, false, "month-year") ? ye : NO;
    }
    if (ref == null || tk.is(k, LATIN_MONTH)) {
      return NO;
    }
    int re = relativeYearAfter(e);
    if (re != NO) {
      return v.setMonth(year, m, true, "relative-month") ? re : NO;
    }
    if (on(e) && tk.is(e, MODIFIER) && tk.value(e) <= 3) {
      return v.setMonth(Periods.yearOfMonth(m, ref, tk.value(e)), m, true, "relative-month")
          ? e + 1 : NO;
    }
    if (!monthWord && !monthPaired) {
      boolean father = monthWeak && tk.value(k) == 8 && tk.length(k) == 2;
      if (father || !bareMonthContext(t)) {
        return NO;
      }
    }
    return v.setMonth(Periods.yearOfMonth(m, ref, 0), m, true, "month") ? e : NO;
  }

  /**
   * A month name with no day, year, modifier, شهر or paired name is a date only after a
   * preposition ("في سبتمبر", "بسبتمبر", "منذ يناير", "حتى مارس"), a part word, or right after
   * another mention ("في يوليو وأغسطس"); otherwise it is too often a name (نيسان the carmaker).
   */
  private boolean bareMonthContext(int t) {
    if (tk.is(t - 1, PREPOSITION) || tk.is(t - 1, PART) || tk.is(t - 1, RANGE_END)
        || tk.is(t - 1, RANGE_START) || lastEnd == t
        || lastEnd == t - 1 && tk.isLetter(t - 1, 'و')) {
      return true;
    }
    char clitic = folded.charAt(tk.start(t));
    return tk.hasClitic(t) && (clitic == 'ب' || clitic == 'ل');
  }

  /** A Hijri month with a year: "شهر صفر عام 1433 هـ", "رمضان 1436هـ", "رمضان 2018". */
  private int parseHijriMonthFirst(int t) {
    int k = afterMonthWord(t);
    if (k == NO) {
      return NO;
    }
    boolean monthWord = k > t;
    int e = parseHijriMonth(k);
    if (e == NO) {
      return NO;
    }
    int m = month;
    int ye = on(e) ? parseYearNumber(e, true) : NO;
    if (ye != NO) {
      if (era == 2 || era == 0 && HijriCalendar.supports(year)) {
        return v.set(HijriCalendar.monthStart(year, m), HijriCalendar.monthEnd(year, m),
            Granularity.MONTH, false, "hijri") ? ye : NO;
      }
      if (Periods.yearBetween(year, 1900, 2100)) {
        int hy = HijriCalendar.yearWhoseMonthStartsIn(m, year);
        return hy != 0 && v.set(HijriCalendar.monthStart(hy, m), HijriCalendar.monthEnd(hy, m),
            Granularity.MONTH, false, "hijri") ? ye : NO;
      }
      return NO;
    }
    boolean modified = on(e) && tk.is(e, MODIFIER) && tk.value(e) <= 3;
    boolean ramadan = m == 9 && (tk.is(t - 1, PREPOSITION) || tk.is(t - 1, RANGE_END));
    if ((monthWord || modified || ramadan) && ref != null) {
      int hy = HijriCalendar.yearOfMonth(m, ref, modified ? tk.value(e) : 0);
      int end = modified ? e + 1 : e;
      return hy != 0 && v.set(HijriCalendar.monthStart(hy, m), HijriCalendar.monthEnd(hy, m),
          Granularity.MONTH, true, "hijri") ? end : NO;
    }
    return NO;
  }

  /**
   * Years: "عام 2014", "سنة 1438 هجري", "2024م", a bare year after a preposition ("في 2025",
   * "منذ 2014"), and the second of a list ("عامي 2017 و2019").
   */
  private int parseYear(int t) {
    boolean word = isYearWord(t) || tk.is(t, YEAR_WORD) && tk.value(t) == 2;
    if (word && tk.value(t) == 2 && tk.is(t, YEAR_WORD)) {
      int e = on(t + 1) && tk.isNumber(t + 1) ? parseYearNumber(t + 1, true) : NO;
      return e != NO && yearValue(true) ? e : NO;
    }
    if (word) {
      int e = parseYearNumber(t, false);
      return e != NO && yearValue(true) ? e : NO;
    }
    if (!tk.isNumber(t) || tk.length(t) != 4
        || tk.isNumberSeparator(t - 1) && tk.isNumber(t - 2)) {
      return NO;
    }
    boolean afterPreposition = on(t) && (tk.is(t - 1, PREPOSITION) || tk.is(t - 1, RANGE_END)
        || tk.is(t - 1, PART));
    boolean listed = tk.isLetter(t - 1, 'و') && tk.glued(t) && lastEnd == t - 1
        && lastGranularity == Granularity.YEAR;
    int e = parseYearNumber(t, false);
    if (e == NO) {
      return NO;
    }
    if (era != 0) {
      return yearValue(true) ? e : NO;
    }
    boolean named = Periods.yearBetween(year, 1950, 2049) && ContextWords.closesPhrase(tk, e)
        && !ContextWords.quantifies(tk, t - 1);
    return (afterPreposition || listed || named) && Periods.yearBetween(year, 1900, 2100)
        && yearValue(false) ? e : NO;
  }

  /** Sets the value of the year just parsed; Hijri when the era says so. */
  private boolean yearValue(boolean context) {
    if (era == 2) {
      return v.set(HijriCalendar.monthStart(year, 1), HijriCalendar.monthStart(year + 1, 1),
          Granularity.YEAR, false, "hijri-year");
    }
    int min = era == 1 ? 1 : context ? 1000 : 1900;
    return Periods.yearBetween(year, min, 2200) && v.setYear(year, false, "year");
  }

  /** "الأسبوع الماضي", "الشهر الجاري", "العام المقبل", "هذا العام", "العام الهجري الجاري". */
  private int parseRelativeUnit(int t) {
    if (ref == null) {
      return NO;
    }
    int k = t;
    boolean demonstrative = tk.is(k, THIS);
    if (demonstrative) {
      k++;
    }
    if (!tk.is(k, UNIT) || k > t && !on(k)) {
      return NO;
    }
    int unit = tk.value(k);
    k++;
    boolean hijri = unit == 3 && on(k) && tk.is(k, ERA) && tk.value(k) == 2;
    if (hijri) {
      k++;
    }
    int mod;
    if (on(k) && tk.is(k, MODIFIER)) {
      mod = tk.value(k);
      k++;
    } else if (demonstrative) {
      mod = 2;
    } else {
      return NO;
    }
    int shift = mod == 1 ? -1 : mod == 2 ? 0 : 1;
    if (mod == 4) {
      if (unit != 3 || lastYear == 0) {
        return NO;
      }
      return v.setYear(lastYear + 1, true, "relative-unit") ? k : NO;
    }
    if (hijri) {
      int hy = HijriCalendar.yearOf(ref) + shift;
      return v.set(HijriCalendar.monthStart(hy, 1), HijriCalendar.monthStart(hy + 1, 1),
          Granularity.YEAR, true, "relative-unit") ? k : NO;
    }
    return switch (unit) {
      case 1 -> {
        LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
            .plusWeeks(shift);
        yield v.set(monday, monday.plusWeeks(1), Granularity.WEEK, true, "relative-unit") ? k : NO;
      }
      case 2 -> {
        LocalDate m = ref.withDayOfMonth(1).plusMonths(shift);
        yield v.set(m, m.plusMonths(1), Granularity.MONTH, true, "relative-unit") ? k : NO;
      }
      default -> {
        int y = ref.getYear() + shift;
        int end = on(k) && tk.isNumber(k) && tk.length(k) == 4 && tk.number(k) == y ? k + 1 : k;
        yield v.setYear(y, true, "relative-unit") ? end : NO;
      }
    };
  }

  /** اليوم، أمس، أول أمس، البارحة، غداً، بعد غد. */
  private int parseRelativeDay(int t) {
    if (ref == null) {
      return NO;
    }
    if (tk.is(t, ORDINAL) && tk.value(t) == 1 && on(t + 1) && tk.is(t + 1, RELATIVE_DAY)
        && tk.value(t + 1) == 2) {
      return v.setDay(ref.minusDays(2), true, "relative-day") ? t + 2 : NO;
    }
    if (tk.is(t, PREPOSITION) && tk.isWord(t, "بعد") && on(t + 1) && tk.is(t + 1, RELATIVE_DAY)
        && tk.value(t + 1) == 5) {
      return v.setDay(ref.plusDays(2), true, "relative-day") ? t + 2 : NO;
    }
    boolean measured = tk.is(t + 2, RANGE_START) || tk.isWord(t + 2, "واحد") || tk.isNumber(t + 2);
    if (tk.isWord(t, "قبل") && on(t + 1) && !measured && monthName(t + 2) == NO) {
      if (tk.is(t + 1, YEAR_WORD) && tk.value(t + 1) == 1) {
        return v.setYear(ref.getYear() - 1, true, "relative-unit") ? t + 2 : NO;
      }
      if (tk.is(t + 1, MONTH_WORD) && tk.value(t + 1) == 1) {
        LocalDate m = ref.withDayOfMonth(1).minusMonths(1);
        return v.set(m, m.plusMonths(1), Granularity.MONTH, true, "relative-unit") ? t + 2 : NO;
      }
      if (tk.is(t + 1, AGO_UNIT)) {
        return parseAgo(t + 1) ? t + 2 : NO;
      }
    }
    if (!tk.is(t, RELATIVE_DAY)) {
      return NO;
    }
    return switch (tk.value(t)) {
      case 1 -> {
        boolean modified = on(t + 1) && tk.startsWith(t + 1, "ال") && !tk.is(t + 1, WEEKDAY)
            && !tk.is(t + 1, HOUR_WORD);
        boolean counted = tk.is(t - 1, ORDINAL) || tk.isNumber(t - 1) || tk.is(t - 1, DAY_WORD);
        yield !modified && !counted && v.setDay(ref, true, "relative-day") ? t + 1 : NO;
      }
      case 2 -> v.setDay(ref.minusDays(1), true, "relative-day") ? t + 1 : NO;
      case 3 -> v.setDay(ref.plusDays(1), true, "relative-day") ? t + 1 : NO;
      default -> NO;
    };
  }

  /** The period a counted unit before the reference names: "قبل يومين", "قبل عامين". */
  private boolean parseAgo(int unit) {
    int amount = tk.value(unit);
    if (amount > 40) {
      return v.setYear(ref.getYear() - (amount - 40), true, "relative-unit");
    }
    if (amount > 30) {
      LocalDate m = ref.withDayOfMonth(1).minusMonths(amount - 30);
      return v.set(m, m.plusMonths(1), Granularity.MONTH, true, "relative-unit");
    }
    if (amount >= 7) {
      LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
          .minusWeeks(amount / 7);
      return v.set(monday, monday.plusWeeks(1), Granularity.WEEK, true, "relative-unit");
    }
    return v.setDay(ref.minusDays(amount), true, "relative-day");
  }

  /** "صيف 2017", "الربيع الماضي", "خريف العام المقبل". Spring may be written ربيع. */
  private int parseSeason(int t) {
    boolean spring = tk.is(t, HIJRI_HEAD) && tk.value(t) == 1;
    if (!tk.is(t, SEASON) && !spring) {
      return NO;
    }
    int first = spring ? 3 : tk.value(t);
    int k = t + 1;
    int e = on(k) ? parseYearNumber(k, true) : NO;
    int y;
    boolean relative = false;
    if (e != NO && (era == 1 || era == 0 && Periods.yearBetween(year, 1900, 2100))) {
      y = year;
    } else if (ref != null && (e = relativeYearAfter(k)) != NO) {
      y = year;
      relative = true;
    } else if (ref != null && !spring && on(k) && tk.is(k, MODIFIER) && tk.value(k) <= 3) {
      int mod = tk.value(k);
      LocalDate thisYears = LocalDate.of(ref.getYear(), first, 1);
      boolean over = !thisYears.plusMonths(3).isAfter(ref);
      boolean begun = !thisYears.isAfter(ref);
      y = ref.getYear() + switch (mod) {
        case 1 -> over ? 0 : -1;
        case 3 -> begun ? 1 : 0;
        default -> 0;
      };
      e = k + 1;
      relative = true;
    } else {
      return NO;
    }
    LocalDate from = LocalDate.of(y, first, 1);
    return v.set(from, from.plusMonths(3), Granularity.SEASON, relative, "season") ? e : NO;
  }

  /** التسعينات، الثمانينيات — but not "في الثلاثينات من عمره". */
  private int parseDecade(int t) {
    if (!tk.is(t, DECADE)) {
      return NO;
    }
    for (int k = t + 1; k <= t + 3 && on(k); k++) {
      if (tk.startsWith(k, "عمر") || tk.startsWith(k, "العمر")) {
        return NO;
      }
    }
    int start = 1900 + tk.value(t);
    return v.set(LocalDate.of(start, 1, 1), LocalDate.of(start + 10, 1, 1), Granularity.DECADE,
        false, "decade") ? t + 1 : NO;
  }

  /**
   * A weekday: "الأربعاء (26 آذار 2025)" takes the date it names; "اليوم الجمعة" is the reference
   * date; "يوم الجمعة الماضي" and a bare "الاثنين" resolve to the nearest such day.
   */
  private int parseWeekday(int t) {
    int k = t;
    int relativeDay = tk.is(k, RELATIVE_DAY) && tk.value(k) <= 3 ? tk.value(k) : 0;
    if (relativeDay > 0 || tk.is(k, DAY_WORD) && tk.value(k) == 1) {
      k++;
    }
    boolean openParen = k > t && tk.isPunct(k, '(');
    if (openParen) {
      k++;
    }
    if (k > t && (!tk.is(k, WEEKDAY) || !on(k))) {
      if (relativeDay > 0 && !openParen && on(k)) {
        int e = parseCore(k);
        if (e != NO && v.granularity == Granularity.DAY && namesItsDay(v.rule)) {
          return e;
        }
      }
      return NO;
    }
    if (!tk.is(k, WEEKDAY)) {
      return NO;
    }
    int weekday = tk.value(k);
    k++;
    if (openParen) {
      if (!tk.isPunct(k, ')')) {
        return NO;
      }
      k++;
    }
    int mod = 0;
    if (on(k) && tk.is(k, MODIFIER) && (tk.value(k) == 1 || tk.value(k) == 3)) {
      mod = tk.value(k);
      k++;
    }
    int j = k;
    boolean paren = tk.isPunct(j, '(');
    if (paren || tk.isPunct(j, ',') || tk.isPunct(j, '-') || tk.is(j, AGREEING)) {
      j++;
    }
    if (on(j)) {
      int e = parseCore(j);
      if (e != NO && (v.granularity == Granularity.DAY || v.granularity == Granularity.SPAN)) {
        alignHijriToWeekday(weekday);
        return paren && tk.isPunct(e, ')') ? e + 1 : e;
      }
    }
    if (ref == null) {
      return NO;
    }
    boolean plain = k == t + 1;
    boolean theTwo = tk.is(t - 1, RANGE_START) || tk.isWord(t - 1, "كلا") || tk.isWord(k, "معا")
        || tk.hasClitic(t) && folded.charAt(tk.start(t)) != 'و';
    if (plain && weekday == 1 && theTwo) {
      // الاثنين is also "the two": "بين الاثنين", "للاثنين معاً".
      return NO;
    }
    LocalDate date = switch (relativeDay) {
      case 1 -> Periods.nearestWeekday(weekday, ref);
      case 2 -> Periods.weekday(weekday, ref.minusDays(1), 0);
      case 3 -> ref.plusDays(1).with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.of(weekday)));
      default -> Periods.weekday(weekday, ref,
          mod == 0 && ContextWords.futureBefore(tk, t) ? 3 : mod);
    };
    v.time = null;
    return v.setDay(date, true, "weekday") ? k : NO;
  }

  /** True for the rules whose value names a day by itself rather than by a relative word. */
  private static boolean namesItsDay(String rule) {
    return rule.startsWith("day-month") || rule.startsWith("numeric") || rule.startsWith("hijri")
        || rule.equals("english") || rule.equals("ordinal-day");
  }

  /**
   * Umm al-Qura tables and the sighted calendar a text follows can differ by a day; when the text
   * names the weekday of a Hijri date one day off, the weekday wins.
   */
  private void alignHijriToWeekday(int weekday) {
    if (v.granularity != Granularity.DAY || !v.rule.startsWith("hijri")) {
      return;
    }
    LocalDate aligned = Periods.nearestWeekday(weekday, v.from);
    if (Math.abs(aligned.toEpochDay() - v.from.toEpochDay()) == 1) {
      v.setDay(aligned, v.relative, v.rule);
    }
  }

  /** "نهاية عام 2026", "مطلع العام الحالي", "نهاية مايو/ أيار الماضي", "موفى أفريل". */
  private int parsePart(int t) {
    if (!tk.is(t, PART)) {
      return NO;
    }
    int part = tk.value(t);
    int k = t + 1;
    if (tk.is(k, RANGE_START) && tk.value(k) == 1) {
      k++;
    }
    if (!on(k)) {
      return NO;
    }
    int e = NO;
    if (isYearWord(k) || tk.isNumber(k)) {
      e = parseYearNumber(k, false);
      e = e != NO && yearValue(isYearWord(k)) ? e : NO;
    }
    if (e == NO) {
      e = parseRelativeUnit(k);
    }
    if (e == NO && tk.is(k, UNIT) && ref != null && (tk.value(k) == 2 || tk.value(k) == 3)) {
      e = k + 1;
      if (tk.value(k) == 3) {
        v.setYear(ref.getYear(), true, "part-of");
      } else {
        v.setMonth(ref.getYear(), ref.getMonthValue(), true, "part-of");
      }
    }
    if (e == NO) {
      e = parseMonthFirst(k);
    }
    if (e == NO) {
      e = parseHijriMonthFirst(k);
    }
    if (e == NO) {
      e = parseDecade(k);
    }
    if (e == NO) {
      e = parseSeason(k);
    }
    if (e == NO) {
      return NO;
    }
    if (v.granularity == Granularity.YEAR) {
      v.set(Periods.yearPartStart(v.from, part), Periods.yearPartEnd(v.from, part),
          Granularity.PART_OF_YEAR, v.relative, "part-of");
      return e;
    }
    if (v.granularity == Granularity.SEASON) {
      LocalDate month = v.from.plusMonths(part - 1);
      v.set(month, month.plusMonths(1), Granularity.MONTH, v.relative, "part-of");
      return e;
    }
    if (v.granularity == Granularity.DECADE) {
      int offset = part == 1 ? 0 : part == 2 ? 3 : 7;
      int length = part == 2 ? 4 : 3;
      v.set(v.from.plusYears(offset), v.from.plusYears(offset + length), Granularity.SPAN,
          v.relative,
          "part-of");
      return e;
    }
    if (v.granularity == Granularity.MONTH) {
      v.set(Periods.monthPartStart(v.from, part), Periods.monthPartEnd(v.from, v.until, part),
          Granularity.PART_OF_MONTH, v.relative, "part-of");
      return e;
    }
    return NO;
  }

  /**
   * Ranges: "بين 2017 و2019", "من 2017 إلى 2019", "شهري يوليو/تموز وأغسطس/آب المقبلين".
   */
  private int parseRange(int t) {
    if (tk.is(t, MONTH_WORD) && tk.value(t) == 2) {
      return parseMonthPair(t);
    }
    if (!tk.is(t, RANGE_START)) {
      return NO;
    }
    boolean between = tk.value(t) == 2;
    int k = t + 1;
    if (tk.is(k, YEAR_WORD)) {
      k++;
    }
    if (!on(k)) {
      return NO;
    }
    int e = rangeEndpoint(k);
    if (e == NO) {
      return NO;
    }
    LocalDate from = v.from;
    Granularity g = v.granularity;
    boolean relative = v.relative;
    int firstEra = rangeEra;
    int j = e;
    if (between ? !tk.isLetter(j, 'و') : !tk.is(j, RANGE_END) && !tk.isPunct(j, '-')) {
      return NO;
    }
    j++;
    if (!on(j) && !tk.glued(j)) {
      return NO;
    }
    int e2 = rangeEndpoint(j);
    if (e2 == NO || v.granularity != g || !v.until.isAfter(from)) {
      return NO;
    }
    boolean plausible = firstEra != 0 || rangeEra != 0
        || from.getYear() >= 1900 && v.until.getYear() <= 2101;
    if (!plausible) {
      return NO;
    }
    v.time = null;
    return v.set(from, v.until, Granularity.SPAN, relative || v.relative, "range") ? e2 : NO;
  }

  /** One end of a range: any single expression, or a bare plausible year. */
  private int rangeEndpoint(int k) {
    if (tk.isNumber(k) && tk.length(k) == 4) {
      int e = parseYearNumber(k, false);
      rangeEra = era;
      return e != NO && yearValue(true) ? e : NO;
    }
    rangeEra = 1;
    return parseCore(k);
  }

  private int parseMonthPair(int t) {
    int e = parseMonth(t + 1);
    if (e == NO || !on(t + 1)) {
      return NO;
    }
    int first = month;
    int k = e;
    if (tk.isLetter(k, 'و')) {
      k++;
    } else if (!tk.hasClitic(k)) {
      return NO;
    }
    int e2 = on(k) ? parseMonth(k) : NO;
    if (e2 == NO || month <= first) {
      return NO;
    }
    int last = month;
    int ye = on(e2) ? parseYearNumber(e2, true) : NO;
    int y;
    boolean relative = false;
    if (ye != NO && era != 2 && Periods.yearBetween(year, 1000, 2200)) {
      y = year;
      e2 = ye;
    } else if (ref != null && on(e2) && tk.is(e2, MODIFIER) && tk.value(e2) <= 3) {
      y = Periods.yearOfMonth(first, ref, tk.value(e2));
      e2++;
      relative = true;
    } else if (ref != null) {
      y = Periods.yearOfMonth(first, ref, 0);
      relative = true;
    } else {
      return NO;
    }
    LocalDate until = LocalDate.of(y, last, 1).plusMonths(1);
    return v.set(LocalDate.of(y, first, 1), until, Granularity.SPAN,
        relative, "range") ? e2 : NO;
  }


}
