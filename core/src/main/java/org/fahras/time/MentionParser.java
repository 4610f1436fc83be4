package org.fahras.time;

import static org.fahras.time.Lexicon.ARTICLE;
import static org.fahras.time.Lexicon.DAY_HALF;
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
import static org.fahras.time.Lexicon.TEEN;
import static org.fahras.time.Lexicon.TENS;
import static org.fahras.time.Lexicon.THIS;
import static org.fahras.time.Lexicon.UNIT;
import static org.fahras.time.Lexicon.WEAK_MONTH;
import static org.fahras.time.Lexicon.WEEKDAY;
import static org.fahras.time.Lexicon.YEAR_WORD;
import static org.fahras.time.Lexicon.ZONE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The grammar: walks the tokens left to right and, at each anchor, tries the rule families from
 * the longest (ranges, parts of periods, weekday + date) to the shortest (a relative day word).
 * A match consumes its tokens, so mentions never overlap. One instance per text; not thread-safe.
 *
 * <p>Each {@code parse…} method takes a token index and returns the index after the expression,
 * or -1, leaving the value in the {@code v…} fields.
 */
final class MentionParser {
  private static final int NO = -1;

  private final CharSequence original;
  private final FoldedText folded;
  private final Tokens tk;
  private final LocalDate ref;
  private final int n;
  private final List<TemporalMention> out = new ArrayList<>();

  // The value of the last successful parse.
  private LocalDate vFrom;
  private LocalDate vUntil;
  private Granularity vGranularity;
  private boolean vRelative;
  private String vRule;
  private LocalTime vTime;

  // Scratch results of the sub-parsers.
  private int month;
  private boolean monthWeak;
  private boolean monthPaired;
  private int year;
  private int era;
  private int day;

  // Context carried between mentions.
  private int lastYear;
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
      vTime = null;
      int end = parseAt(t);
      if (end > t) {
        emit(t, end);
        t = end;
      } else {
        t++;
      }
    }
    return out;
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
    vTime = null;
    int e;
    if ((e = parseNumeric(t)) > t
        || (e = parseDayFirst(t)) > t
        || (e = parseMonthFirst(t)) > t
        || (e = parseHijriMonthFirst(t)) > t
        || (e = parseYear(t)) > t
        || (e = parseRelativeUnit(t)) > t
        || (e = parseRelativeDay(t)) > t
        || (e = parseDecade(t)) > t) {
      if (vGranularity == Granularity.DAY) {
        e = parseTime(e);
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
    out.add(new TemporalMention(start, end, original.subSequence(start, end).toString(), vFrom,
        vUntil, vGranularity, vRelative, vRule, vTime));
    if (!vRelative && vGranularity != Granularity.SPAN) {
      lastYear = vFrom.getYear();
    }
    lastEnd = toToken;
    lastGranularity = vGranularity;
  }

  private boolean set(LocalDate from, LocalDate until, Granularity g, boolean relative, String rule) {
    if (from == null || until == null || !until.isAfter(from)) {
      return false;
    }
    vFrom = from;
    vUntil = until;
    vGranularity = g;
    vRelative = relative;
    vRule = rule;
    return true;
  }

  private boolean setDay(LocalDate date, boolean relative, String rule) {
    return date != null && set(date, date.plusDays(1), Granularity.DAY, relative, rule);
  }

  private boolean setMonth(int y, int m, boolean relative, String rule) {
    LocalDate start = LocalDate.of(y, m, 1);
    return set(start, start.plusMonths(1), Granularity.MONTH, relative, rule);
  }

  private boolean setYear(int y, boolean relative, String rule) {
    LocalDate start = LocalDate.of(y, 1, 1);
    return set(start, start.plusYears(1), Granularity.YEAR, relative, rule);
  }

  /** True when token {@code t} exists and no line break separates it from the previous one. */
  private boolean on(int t) {
    return t < n && !tk.newlineBefore(t);
  }

  private static boolean gregorian(int y, int min, int max) {
    return y >= min && y <= max;
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
    } else if (on(p) && !tk.hasClitic(p) && monthName(p) != NO && month == m) {
      e = p + 1 + (tk.is(p, MONTH_HEAD) ? 1 : 0);
      paired = true;
      weak = false;
    }
    month = m;
    monthWeak = weak;
    monthPaired = paired;
    return e;
  }

  /** One month name: كانون الثاني، سبتمبر، September. Sets {@link #month} and {@link #monthWeak}. */
  private int monthName(int t) {
    if (t >= n) {
      return NO;
    }
    int kind = tk.kind(t);
    if (kind == MONTH || kind == WEAK_MONTH || kind == LATIN_MONTH) {
      month = tk.value(t);
      monthWeak = kind == WEAK_MONTH || month == 6 && isWord(t, "جوان");
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

  private boolean isWord(int t, String folded) {
    if (!tk.isWord(t) || tk.end(t) - tk.contentStart(t) != folded.length()) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      if (this.folded.charAt(tk.contentStart(t) + i) != folded.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean wordStartsWith(int t, String prefix) {
    if (!tk.isWord(t) || tk.length(t) < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (folded.charAt(tk.start(t) + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
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
    int second = tk.is(t + 1, ORDINAL) ? tk.value(t + 1) : tk.is(t + 1, MONTH_TAIL) ? tk.value(t + 1) : 0;
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
    if (!tk.isNumber(k) || tk.length(k) != 4 || k > t && !on(k)) {
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
    if (followedByNumberSeparator(k)) {
      return NO;
    }
    return k;
  }

  private boolean isYearWord(int t) {
    return tk.is(t, YEAR_WORD) && tk.value(t) == 1 || tk.is(t, UNIT) && tk.value(t) == 3;
  }

  /** True when token {@code k} continues a number: "2024/13", "2019.5", "2000%". */
  private boolean followedByNumberSeparator(int k) {
    return (tk.isPunct(k, '/') || tk.isPunct(k, '-') || tk.isPunct(k, '.') || tk.isPunct(k, ':'))
            && tk.isNumber(k + 1) && !tk.newlineBefore(k + 1) && tk.glued(k + 1)
        || tk.isPunct(k, '%');
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
    if (tk.is(k, TENS)) {
      day = tk.value(k);
      k++;
    } else if (tk.is(k, ORDINAL) && wordStartsWith(k, "ال")) {
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

  /** Numeric dates: 2021/06/05, 6-09-2024, 05.06.2021, 3 / 3 / 1414هـ, 9/2025. */
  private int parseNumeric(int t) {
    if (!tk.isNumber(t) || isNumberSeparator(t - 1) && tk.isNumber(t - 2) && tk.glued(t)) {
      return NO;
    }
    int sepToken = t + 1;
    if (!isNumberSeparator(sepToken) || !on(sepToken) || !on(t + 2) || !tk.isNumber(t + 2)) {
      return NO;
    }
    char sep = folded.charAt(tk.start(sepToken));
    int a = tk.number(t);
    int la = tk.length(t);
    int b = tk.number(t + 2);
    int lb = tk.length(t + 2);
    if (tk.isPunct(t + 3, sep) && on(t + 3) && on(t + 4) && tk.isNumber(t + 4)) {
      int c = tk.number(t + 4);
      int lc = tk.length(t + 4);
      int k = t + 5;
      if (isNumberSeparator(k) && tk.isNumber(k + 1) && tk.glued(k + 1)) {
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
      if (tk.is(k, ERA) && on(k)) {
        eraHere = tk.value(k);
        k++;
      }
      boolean hijri = eraHere == 2 || eraHere == 0 && y >= 1300 && y <= 1600;
      if (hijri) {
        return setDay(HijriCalendar.day(y, m, d), false, "hijri-numeric") ? k : NO;
      }
      if (!gregorian(y, 1800, 2200) || !Periods.isValid(y, m, d)) {
        return NO;
      }
      return setDay(LocalDate.of(y, m, d), false, "numeric") ? k : NO;
    }
    // Month/year: 9/2025.
    int k = t + 3;
    if (sep == '/' && la <= 2 && lb == 4 && a >= 1 && a <= 12 && gregorian(b, 1900, 2100)
        && !followedByNumberSeparator(k) && !tk.is(k, ERA)) {
      return setMonth(b, a, false, "numeric") ? k : NO;
    }
    // Year range: 2017-2019, 1030-1093هـ.
    if ((sep == '-' || sep == '/') && la == 4 && lb == 4 && b > a && b - a <= 20
        && !followedByNumberSeparator(k)) {
      int eraHere = 0;
      if (tk.is(k, ERA) && on(k)) {
        eraHere = tk.value(k);
        k++;
      }
      if (eraHere == 2) {
        LocalDate from = HijriCalendar.monthStart(a, 1);
        LocalDate until = HijriCalendar.monthStart(b + 1, 1);
        return set(from, until, Granularity.SPAN, false, "hijri-year") ? k : NO;
      }
      if (sep == '-' && gregorian(a, 1900, 2100) && gregorian(b, 1900, 2100)) {
        return set(LocalDate.of(a, 1, 1), LocalDate.of(b + 1, 1, 1), Granularity.SPAN, false,
            "range") ? k : NO;
      }
    }
    return NO;
  }

  private boolean isNumberSeparator(int t) {
    return tk.isPunct(t, '/') || tk.isPunct(t, '-') || tk.isPunct(t, '.');
  }

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
      if (ye != NO && era != 2 && gregorian(year, 1000, 2200)) {
        y = year;
        e = ye;
        relative = false;
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
        return NO;
      }
      String rule = ordinalWord ? "ordinal-day" : tk.is(k, LATIN_MONTH) ? "english" : "day-month";
      return days(LocalDate.of(y, m, firstDay), LocalDate.of(y, m, lastDay), relative, rule) ? e : NO;
    }
    if (!monthWord && tk.is(k, UNIT) && tk.value(k) == 2 && on(k + 1) && tk.is(k + 1, MODIFIER)
        && tk.value(k + 1) <= 3 && ref != null) {
      int mod = tk.value(k + 1);
      LocalDate monthStart = ref.withDayOfMonth(1).plusMonths(mod == 1 ? -1 : mod == 3 ? 1 : 0);
      if (lastDay > monthStart.lengthOfMonth()) {
        return NO;
      }
      return days(monthStart.withDayOfMonth(firstDay), monthStart.withDayOfMonth(lastDay), true,
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
        hy = HijriCalendar.yearOf(ref);
        relative = true;
      } else {
        return NO;
      }
      LocalDate first = HijriCalendar.day(hy, m, firstDay);
      LocalDate last = HijriCalendar.day(hy, m, lastDay);
      return first != null && last != null && days(first, last, relative, "hijri") ? e : NO;
    }
    return NO;
  }

  private boolean days(LocalDate first, LocalDate last, boolean relative, String rule) {
    Granularity g = first.equals(last) ? Granularity.DAY : Granularity.SPAN;
    return set(first, last.plusDays(1), g, relative, rule);
  }

  /**
   * A month first: "ايلول 2025", "سبتمبر من عام 2025", "كانون الثاني الماضي", "شهر جوان 2016",
   * "September 24, 2024", a bare month resolved to the nearest year.
   */
  private int parseMonthFirst(int t) {
    int k = t;
    boolean monthWord = tk.is(k, MONTH_WORD) && tk.value(k) == 1;
    if (monthWord) {
      k++;
      if (!on(k)) {
        return NO;
      }
    }
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
        return setDay(LocalDate.of(year, m, d), false, "english") ? ye : NO;
      }
    }
    int afterComma = tk.isPunct(e, ',') ? e + 1 : e;
    int ye = on(afterComma) ? parseYearNumber(afterComma, true) : NO;
    if (ye != NO && era != 2 && gregorian(year, 1000, 2200)) {
      return setMonth(year, m, false, "month-year") ? ye : NO;
    }
    if (ref == null) {
      return NO;
    }
    if (on(e) && tk.is(e, MODIFIER) && tk.value(e) <= 3) {
      return setMonth(Periods.yearOfMonth(m, ref, tk.value(e)), m, true, "relative-month")
          ? e + 1 : NO;
    }
    if (monthWeak && !monthWord && !monthPaired) {
      boolean preposition = tk.is(t - 1, PREPOSITION) || tk.is(t - 1, PART)
          || tk.is(t - 1, RANGE_END);
      boolean father = tk.value(k) == 8 && tk.length(k) == 2;
      if (!preposition || father) {
        return NO;
      }
    }
    return setMonth(Periods.yearOfMonth(m, ref, 0), m, true, "month") ? e : NO;
  }

  /** A Hijri month with a year: "شهر صفر عام 1433 هـ", "رمضان 1436هـ", "رمضان 2018". */
  private int parseHijriMonthFirst(int t) {
    int k = t;
    boolean monthWord = tk.is(k, MONTH_WORD) && tk.value(k) == 1;
    if (monthWord) {
      k++;
      if (!on(k)) {
        return NO;
      }
    }
    int e = parseHijriMonth(k);
    if (e == NO) {
      return NO;
    }
    int m = month;
    int ye = on(e) ? parseYearNumber(e, true) : NO;
    if (ye != NO) {
      if (era == 2 || era == 0 && HijriCalendar.supports(year)) {
        return set(HijriCalendar.monthStart(year, m), HijriCalendar.monthEnd(year, m),
            Granularity.MONTH, false, "hijri") ? ye : NO;
      }
      if (gregorian(year, 1900, 2100)) {
        int hy = HijriCalendar.yearWhoseMonthStartsIn(m, year);
        return hy != 0 && set(HijriCalendar.monthStart(hy, m), HijriCalendar.monthEnd(hy, m),
            Granularity.MONTH, false, "hijri") ? ye : NO;
      }
      return NO;
    }
    if (monthWord && ref != null) {
      int hy = HijriCalendar.yearOf(ref);
      return hy != 0 && set(HijriCalendar.monthStart(hy, m), HijriCalendar.monthEnd(hy, m),
          Granularity.MONTH, true, "hijri") ? e : NO;
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
    if (!tk.isNumber(t) || tk.length(t) != 4) {
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
    return (afterPreposition || listed) && gregorian(year, 1900, 2100) && yearValue(false) ? e : NO;
  }

  /** Sets the value of the year just parsed; Hijri when the era says so. */
  private boolean yearValue(boolean context) {
    if (era == 2) {
      return set(HijriCalendar.monthStart(year, 1), HijriCalendar.monthStart(year + 1, 1),
          Granularity.YEAR, false, "hijri-year");
    }
    int min = context ? 1000 : 1900;
    return gregorian(year, min, 2200) && setYear(year, false, "year");
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
      return setYear(lastYear + 1, true, "relative-unit") ? k : NO;
    }
    if (hijri) {
      int hy = HijriCalendar.yearOf(ref) + shift;
      return set(HijriCalendar.monthStart(hy, 1), HijriCalendar.monthStart(hy + 1, 1),
          Granularity.YEAR, true, "relative-unit") ? k : NO;
    }
    return switch (unit) {
      case 1 -> {
        LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
            .plusWeeks(shift);
        yield set(monday, monday.plusWeeks(1), Granularity.WEEK, true, "relative-unit") ? k : NO;
      }
      case 2 -> {
        LocalDate m = ref.withDayOfMonth(1).plusMonths(shift);
        yield set(m, m.plusMonths(1), Granularity.MONTH, true, "relative-unit") ? k : NO;
      }
      default -> setYear(ref.getYear() + shift, true, "relative-unit") ? k : NO;
    };
  }

  /** اليوم، أمس، أول أمس، البارحة، غداً، بعد غد. */
  private int parseRelativeDay(int t) {
    if (ref == null) {
      return NO;
    }
    if (tk.is(t, ORDINAL) && tk.value(t) == 1 && on(t + 1) && tk.is(t + 1, RELATIVE_DAY)
        && tk.value(t + 1) == 2) {
      return setDay(ref.minusDays(2), true, "relative-day") ? t + 2 : NO;
    }
    if (tk.is(t, PREPOSITION) && isWord(t, "بعد") && on(t + 1) && tk.is(t + 1, RELATIVE_DAY)
        && tk.value(t + 1) == 5) {
      return setDay(ref.plusDays(2), true, "relative-day") ? t + 2 : NO;
    }
    if (!tk.is(t, RELATIVE_DAY)) {
      return NO;
    }
    return switch (tk.value(t)) {
      case 1 -> {
        boolean modified = on(t + 1) && wordStartsWith(t + 1, "ال") && !tk.is(t + 1, WEEKDAY);
        boolean counted = tk.is(t - 1, ORDINAL) || tk.isNumber(t - 1) || tk.is(t - 1, DAY_WORD);
        yield !modified && !counted && setDay(ref, true, "relative-day") ? t + 1 : NO;
      }
      case 2 -> setDay(ref.minusDays(1), true, "relative-day") ? t + 1 : NO;
      case 3 -> setDay(ref.plusDays(1), true, "relative-day") ? t + 1 : NO;
      default -> NO;
    };
  }

  /** التسعينات، الثمانينيات — but not "في الثلاثينات من عمره". */
  private int parseDecade(int t) {
    if (!tk.is(t, DECADE)) {
      return NO;
    }
    for (int k = t + 1; k <= t + 3 && on(k); k++) {
      if (wordStartsWith(k, "عمر") || wordStartsWith(k, "العمر")) {
        return NO;
      }
    }
    int start = 1900 + tk.value(t);
    return set(LocalDate.of(start, 1, 1), LocalDate.of(start + 10, 1, 1), Granularity.DECADE,
        false, "decade") ? t + 1 : NO;
  }

  /**
   * A weekday: "الأربعاء (26 آذار 2025)" takes the date it names; "اليوم الجمعة" is the reference
   * date; "يوم الجمعة الماضي" and a bare "الاثنين" resolve to the nearest such day.
   */
  private int parseWeekday(int t) {
    int k = t;
    boolean today = tk.is(k, RELATIVE_DAY) && tk.value(k) == 1 && tk.is(k + 1, WEEKDAY);
    if (today || tk.is(k, DAY_WORD) && tk.value(k) == 1 && tk.is(k + 1, WEEKDAY)) {
      k++;
    }
    if (!tk.is(k, WEEKDAY) || k > t && !on(k)) {
      return NO;
    }
    int weekday = tk.value(k);
    k++;
    int mod = 0;
    if (on(k) && tk.is(k, MODIFIER) && (tk.value(k) == 1 || tk.value(k) == 3)) {
      mod = tk.value(k);
      k++;
    }
    int j = k;
    boolean paren = tk.isPunct(j, '(');
    if (paren || tk.isPunct(j, ',') || tk.isPunct(j, '-')) {
      j++;
    }
    if (on(j)) {
      int e = parseCore(j);
      if (e != NO && (vGranularity == Granularity.DAY || vGranularity == Granularity.SPAN)) {
        return paren && tk.isPunct(e, ')') ? e + 1 : e;
      }
    }
    if (ref == null) {
      return NO;
    }
    boolean plain = k == t + 1;
    if (plain && weekday == 1 && (tk.is(t - 1, RANGE_START) || isWord(t - 1, "كلا"))) {
      return NO;
    }
    LocalDate date = today ? ref : Periods.weekday(weekday, ref, mod);
    vTime = null;
    return setDay(date, true, "weekday") ? k : NO;
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
        setYear(ref.getYear(), true, "part-of");
      } else {
        setMonth(ref.getYear(), ref.getMonthValue(), true, "part-of");
      }
    }
    if (e == NO) {
      e = parseMonthFirst(k);
    }
    if (e == NO) {
      return NO;
    }
    if (vGranularity == Granularity.YEAR) {
      set(Periods.yearPartStart(vFrom, part), Periods.yearPartEnd(vFrom, part),
          Granularity.PART_OF_YEAR, vRelative, "part-of");
      return e;
    }
    if (vGranularity == Granularity.MONTH) {
      set(Periods.monthPartStart(vFrom, part), Periods.monthPartEnd(vFrom, part),
          Granularity.PART_OF_MONTH, vRelative, "part-of");
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
    LocalDate from = vFrom;
    Granularity g = vGranularity;
    boolean relative = vRelative;
    int j = e;
    if (between ? !tk.isLetter(j, 'و') : !tk.is(j, RANGE_END) && !tk.isPunct(j, '-')) {
      return NO;
    }
    j++;
    if (!on(j) && !tk.glued(j)) {
      return NO;
    }
    int e2 = rangeEndpoint(j);
    if (e2 == NO || vGranularity != g || !vUntil.isAfter(from)) {
      return NO;
    }
    vTime = null;
    return set(from, vUntil, Granularity.SPAN, relative || vRelative, "range") ? e2 : NO;
  }

  /** One end of a range: any single expression, or a bare plausible year. */
  private int rangeEndpoint(int k) {
    if (tk.isNumber(k) && tk.length(k) == 4) {
      int e = parseYearNumber(k, false);
      return e != NO && yearValue(era != 0) ? e : NO;
    }
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
    if (ye != NO && era != 2 && gregorian(year, 1000, 2200)) {
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
    return set(LocalDate.of(y, first, 1), LocalDate.of(y, last, 1).plusMonths(1), Granularity.SPAN,
        relative, "range") ? e2 : NO;
  }

  /**
   * An optional time after a day: "، 18:04", "@01:10:57 GMT", "الساعة 11:13 بتوقيت غرينتش",
   * ": 12:22 ص". Returns the index after it, or {@code e} when there is none.
   */
  private int parseTime(int e) {
    int k = e;
    if (tk.isPunct(k, ',') || tk.isPunct(k, '@') || tk.isPunct(k, '-') || tk.isPunct(k, ':')
        || isWord(k, "t") && tk.glued(k)) {
      k++;
    }
    if (tk.is(k, HOUR_WORD) && on(k)) {
      k++;
    }
    if (!on(k) || !tk.isNumber(k) || tk.length(k) > 2 || !tk.isPunct(k + 1, ':')
        || !tk.isNumber(k + 2) || tk.length(k + 2) != 2 || !tk.glued(k + 2)) {
      return e;
    }
    int hour = tk.number(k);
    int minute = tk.number(k + 2);
    int second = 0;
    k += 3;
    if (tk.isPunct(k, ':') && tk.isNumber(k + 1) && tk.length(k + 1) == 2) {
      second = tk.number(k + 1);
      k += 2;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return e;
    }
    if (on(k) && (tk.is(k, DAY_HALF) || tk.is(k, ERA) && tk.length(k) == 1 && tk.value(k) == 1)) {
      boolean evening = tk.is(k, ERA) || tk.value(k) == 2;
      if (evening && hour < 12) {
        hour += 12;
      } else if (!evening && hour == 12) {
        hour = 0;
      }
      k++;
    }
    while (on(k) && tk.is(k, ZONE)) {
      k++;
    }
    if (isWord(k, "z") && tk.glued(k)) {
      k++;
    }
    vTime = LocalTime.of(hour, minute, second);
    return k;
  }
}
