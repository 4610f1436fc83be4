package org.fahras.time;

import org.fahras.time.Feast.When;
import org.fahras.time.Word.Cardinal;
import org.fahras.time.Word.Era;
import org.fahras.time.Word.FeastHead;
import org.fahras.time.Word.Marker;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.Ordinal;
import org.fahras.time.Word.Preposition;
import org.fahras.time.Word.Tens;
import org.fahras.time.Word.UnitWord;
import org.fahras.time.YearPhrases.YearRef;

/**
 * Feasts by name, as the {@link Feast} days they fall on: "عيد الفطر المبارك", "عيد الأضحى 2016", "عيد الأضحى 1440
 * هـ", "رأس السنة الهجرية", "المولد النبوي الشريف", "يوم عرفة", "عاشوراء", "الإسراء والمعراج", "عيد الميلاد المقبل",
 * "الكريسماس", "رأس السنة الميلادية", "عيد الفصح" (and its Eastern date: "الأرثوذكسي", "الشرقي", or when the Copts
 * celebrate it), "عيد الشكر", "عيد العمال", "عيد الحب". "يوم عيد الفطر" is its first day.
 *
 * <p>A four-digit year after a Hijri feast is Hijri from 1300 to 1600, Gregorian from 1900 to 2100 (the occurrence
 * that begins in that year). Without a year: the occurrence under way or next, or one that ended within {@value
 * Feast#RECENT_DAYS} days; with الماضي the last one, with المقبل the next, in a sentence about the future the coming
 * one.
 *
 * <p>Not feasts: a birthday ("عيد ميلاده", "عيد الميلاد الـ11"), Passover ("عيد الفصح اليهودي"), the objects of a feast
 * ("شجرة عيد الميلاد", "سوق عيد الميلاد"), and عاشوراء as a name ("سرايا عاشوراء").
 */
final class FeastRule {
  private static final String[] EPITHETS = {"المبارك", "المباركه", "السعيد", "المجيد", "الشريف", "الكريم"};
  private static final String[] WESTERN = {"المسيحي", "الغربي", "الغربيه", "الكاثوليكي"};
  private static final String[] EASTERN = {"الشرقي", "الشرقيه", "الارثوذكسي", "الارثوذكسيه", "القبطي",
    "الارثوذكس"};
  private static final String[] JEWISH = {"اليهودي", "اليهوديه"};
  private static final String[] COPTS = {"الاقباط", "القبطيه", "الارثوذكس", "للاقباط"};
  /** Things named after a feast, which say nothing of its date. */
  private static final String[] OBJECTS = {"شجره", "اشجار", "سوق", "سوقا", "اسواق", "بطاقه", "بطاقات"};
  /** Words before عاشوراء that make it the day rather than a name. */
  private static final String[] ASHURA_DAY = {"ذكري", "مناسبه", "احياء", "احتفالات", "مراسم", "ليله", "عشيه",
    "صيام", "صوم"};

  private FeastRule() {}

  static Match parse(Context c, int t) {
    Tokens tk = c.tk;
    int k = t;
    boolean firstDay = false;
    if (RelativeRules.isDayWord(tk, k) && c.on(k + 1)) {
      if (tk.isWord(k + 1, "عرفه")) {
        return resolve(c, t, Feast.ARAFAH, k + 2, false);
      }
      if (!(tk.word(k + 1) instanceof FeastHead)) {
        return null;
      }
      firstDay = true;
      k++;
    }
    if (!(tk.word(k) instanceof FeastHead head) || tk.isAnyWord(k - 1, OBJECTS)) {
      return null;
    }
    Feast feast = null;
    int e = k + 1;
    switch (head) {
      case EID -> {
        feast = c.on(e) ? named(tk, e) : null;
        e++;
      }
      case NEW_YEAR -> {
        if (c.on(e) && tk.word(e) instanceof UnitWord u && u.unit() == CalendarUnit.YEAR && tk.isWord(e, "السنه")) {
          e++;
          feast = c.on(e) && tk.is(e, Era.HIJRI) ? Feast.HIJRI_NEW_YEAR : Feast.NEW_YEAR;
          if (c.on(e) && (tk.is(e, Era.HIJRI) || tk.is(e, Era.GREGORIAN))) {
            e++;
          }
        }
      }
      case MAWLID -> {
        if (c.on(e) && tk.isWord(e, "النبوي")) {
          feast = Feast.MAWLID;
          e++;
        }
      }
      case ASHURA -> {
        boolean startsLine = k == 0 || tk.newlineBefore(k);
        boolean day = firstDay || startsLine || tk.hasClitic(k) || tk.isAnyWord(k - 1, ASHURA_DAY)
            || tk.is(k - 1, Preposition.IN);
        feast = day ? Feast.ASHURA : null;
      }
      case CHRISTMAS -> feast = Feast.CHRISTMAS;
      case ISRA -> {
        int j = tk.isLetter(e, 'و') ? e + 1 : e;
        if (c.on(j) && tk.isWord(j, "المعراج") && (j > e || tk.firstLetter(j) == 'و')) {
          feast = Feast.ISRA_MIRAJ;
          e = j + 1;
        }
      }
      default -> feast = null;
    }
    if (feast == null) {
      return null;
    }
    for (int i = 0; i < 2 && c.on(e); i++) {
      if (tk.isAnyWord(e, EPITHETS) || tk.isAnyWord(e, WESTERN)) {
        e++;
      } else if (tk.isAnyWord(e, EASTERN)) {
        feast = eastern(feast);
        e++;
      } else if (tk.isAnyWord(e, JEWISH)) {
        return null;
      } else {
        break;
      }
    }
    if (feast == Feast.CHRISTMAS && c.on(e) && countsYears(tk, e)) {
      // "عيد الميلاد الـ11", "عيد الميلاد الثلاثين": a birthday.
      return null;
    }
    if ((feast == Feast.EASTER || feast == Feast.CHRISTMAS) && (coptsBefore(tk, t) || easternChurchesAfter(c, e))) {
      feast = eastern(feast);
    }
    Match m = resolve(c, t, feast, e, true);
    if (m != null && feast.hijri()) {
      m = alignedToDate(c, m);
    }
    return m == null || !firstDay ? m : m.with(Reading.day(m.reading().from(), m.reading().relative(), "feast"));
  }

  /**
   * "وحتى المولد النبوي في 21 نوفمبر": a Hijri feast with its Gregorian date written right after it takes that date
   * when the two are at most two days apart, since countries sight the moon on different days. The date stays a
   * mention of its own.
   */
  private static Match alignedToDate(Context c, Match feast) {
    Tokens tk = c.tk;
    int j = feast.end();
    if (tk.is(j, Preposition.IN) || tk.is(j, Marker.AGREEING) || tk.isPunct(j, ',') || tk.isPunct(j, '(')) {
      j++;
    }
    if (!c.on(j)) {
      return feast;
    }
    Match date = NumericDateRule.parse(tk, j);
    if (date == null) {
      date = DateRules.dayFirst(c, j);
    }
    if (date == null || date.rejected() || !date.reading().isDay()) {
      return feast;
    }
    Reading r = feast.reading();
    long shift = date.reading().from().toEpochDay() - r.from().toEpochDay();
    if (shift == 0 || Math.abs(shift) > 2) {
      return feast;
    }
    return feast.with(Reading.of(r.from().plusDays(shift), r.until().plusDays(shift), r.granularity(), r.relative(),
        r.rule()));
  }

  /** The feast the word after عيد names, or null. */
  private static Feast named(Tokens tk, int e) {
    if (tk.hasClitic(e)) {
      return null;
    }
    if (tk.isWord(e, "الفطر")) {
      return Feast.EID_AL_FITR;
    }
    if (tk.isWord(e, "الاضحي")) {
      return Feast.EID_AL_ADHA;
    }
    if (tk.isWord(e, "الميلاد")) {
      return Feast.CHRISTMAS;
    }
    if (tk.isWord(e, "الفصح") || tk.isWord(e, "القيامه")) {
      return Feast.EASTER;
    }
    if (tk.isWord(e, "الشكر")) {
      return Feast.THANKSGIVING;
    }
    if (tk.isWord(e, "العمال")) {
      return Feast.LABOUR_DAY;
    }
    return tk.isWord(e, "الحب") ? Feast.VALENTINES : null;
  }

  private static Feast eastern(Feast feast) {
    return feast == Feast.EASTER ? Feast.EASTERN_EASTER : feast == Feast.CHRISTMAS ? Feast.ORTHODOX_CHRISTMAS : feast;
  }

  /** True for what counts a birthday's years after عيد الميلاد: a number of one to three digits, "الـ", an ordinal. */
  private static boolean countsYears(Tokens tk, int e) {
    Word word = tk.word(e);
    return tk.isNumber(e) && tk.length(e) < 4 || word == Marker.ARTICLE || word instanceof Ordinal
        || word instanceof Tens || word instanceof Cardinal;
  }

  /** True when the Copts are said to celebrate it shortly before: their Easter and Christmas follow the Julian date. */
  private static boolean coptsBefore(Tokens tk, int t) {
    for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
      if (tk.isAnyWord(k, COPTS)) {
        return true;
      }
    }
    return false;
  }

  /** "عيد الفصح لدى الطوائف الشرقية", "حسب التقويم الشرقي": the Eastern churches named just after the feast. */
  private static boolean easternChurchesAfter(Context c, int e) {
    for (int k = e; k < e + 3 && c.on(k); k++) {
      if (c.tk.isAnyWord(k, EASTERN)) {
        return true;
      }
    }
    return false;
  }

  /** The feast's occurrence: by the year written at {@code e}, or relative to the reference. */
  private static Match resolve(Context c, int t, Feast feast, int e, boolean yearAllowed) {
    Tokens tk = c.tk;
    YearRef year = yearAllowed && c.on(e) ? YearPhrases.number(c, e, true) : null;
    if (year != null) {
      boolean hijriYear = year.hijri() || year.era() == null && Periods.yearBetween(year.year(), 1300, 1600);
      Reading r = null;
      if (feast.hijri() && hijriYear) {
        r = feast.inYear(year.year(), false);
      } else if (!year.hijri() && Periods.yearBetween(year.year(), 1900, 2100)) {
        r = feast.inGregorianYear(year.year(), false);
      }
      return Match.of(year.end(), r);
    }
    if (!c.hasReference()) {
      return null;
    }
    Match relativeYear = c.on(e) ? RelativeRules.relativeUnit(c, e) : null;
    if (relativeYear != null && relativeYear.reading().granularity() == Granularity.YEAR
        && relativeYear.reading().from().getDayOfYear() == 1) {
      return Match.of(relativeYear.end(), feast.inGregorianYear(relativeYear.reading().from().getYear(), true));
    }
    if (c.on(e) && tk.word(e) instanceof Modifier mod && mod != Modifier.FOLLOWING) {
      When when = mod == Modifier.PAST ? When.PAST : mod == Modifier.NEXT ? When.NEXT : When.THIS_YEAR;
      return Match.of(e + 1, feast.around(c.ref, when));
    }
    return Match.of(e, feast.around(c.ref, Tense.futureBefore(tk, t) ? When.COMING : When.NEAREST));
  }
}
