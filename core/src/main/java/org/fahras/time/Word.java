package org.fahras.time;

import java.time.DayOfWeek;

/**
 * What a word of the {@link Lexicon} means, as a typed value: rules ask {@code tk.word(t) instanceof MonthName m}
 * rather than decoding numbers. Each kind of word is a record or an enum of this sealed type.
 *
 * <p>A word is an <em>anchor</em> when a rule may start at it (a month, a weekday, a digit run is one too); context
 * words such as في, an era marker or a modifier only ever continue an expression, so the parser never stops at them.
 */
sealed interface Word {

  /** True when an expression may start at this word. */
  default boolean anchor() {
    return true;
  }

  /**
   * A Gregorian month name.
   *
   * @param month 1–12
   * @param weak true when the name is also a common word (مارس "he practised", آب "father", ماي, أوت, تموز) and needs
   *     a day, a year or a preposition to be a month
   * @param latin true for an English name (September)
   */
  record MonthName(int month, boolean weak, boolean latin) implements Word {}

  /** The first word of a two-word Gregorian month: كانون (الأول، الثاني), تشرين (الأول، الثاني). */
  enum MonthHead implements Word {
    KANUN,
    TISHRIN
  }

  /** A one-word Hijri month name: محرم، صفر، رجب، شعبان، رمضان، شوال; {@code month} is 1–12. */
  record HijriMonthName(int month) implements Word {}

  /** The first word of a two-word Hijri month: ربيع (الأول، الآخر), جمادى (الأولى، الآخرة), ذو/ذي (القعدة، الحجة). */
  enum HijriHead implements Word {
    RABI,
    JUMADA,
    DHU
  }

  /** The second word of a two-word Hijri month that is no ordinal: الآخر/الآخرة "the later", القعدة, الحجة. */
  enum MonthTail implements Word {
    LATER,
    QADA,
    HIJJA;

    @Override
    public boolean anchor() {
      return false;
    }
  }

  /**
   * An ordinal: الأول/الأولى … العاشر/العاشرة, and الحادي/الحادية (11, the head of compounds), or without the article
   * (أول، ثاني، ثالث …), which comes before its noun: "ثاني خميس", "ثالث يوم".
   *
   * @param value 1–11
   * @param definite true with the article
   */
  record Ordinal(int value, boolean definite) implements Word {}

  /** آخر (before its noun, {@code definite} false) and الأخير/الأخيرة (after it): the last one. */
  record Last(boolean definite) implements Word {}

  /** The definite tens that make ordinals: العشرين/العشرون 20, الثلاثين/الثلاثون 30. */
  record Tens(int value) implements Word {}

  /**
   * A cardinal number word of either gender: واحد 1, ثلاثة/ثلاث 3 … عشرة/عشر 10, عشرون/عشرين 20 … مئة 100, or with
   * the article after a plural (الأيام العشرة). Only the definite ten starts an expression (العشر الأواخر).
   *
   * @param value the number
   * @param definite true with the article
   */
  record Cardinal(int value, boolean definite) implements Word {
    @Override
    public boolean anchor() {
      return definite && value == 10;
    }
  }

  /** A day named relative to the reference: اليوم, أمس/البارحة/مبارح, غداً/بكرة, and غد (after يوم or بعد). */
  enum RelativeDay implements Word {
    TODAY,
    YESTERDAY,
    TOMORROW,
    /** غد/الغد: tomorrow only after يوم or بعد. */
    TOMORROW_NOUN
  }

  /**
   * A calendar unit word in one of its forms: يوم/يوما, الأسبوع, أسبوعين, الأشهر, السنوات الماضية.
   *
   * @param unit which unit
   * @param form article, number and construct state
   */
  record UnitWord(CalendarUnit unit, Form form) implements Word {
    @Override
    public boolean anchor() {
      return form != Form.PLURAL;
    }
  }

  /** The forms a unit word takes. */
  enum Form {
    /** يوم، أسبوع، شهر، عام، سنة، عقد، قرن (and the accusative يوما، عاما). */
    SINGULAR,
    /** الأسبوع، الشهر، العام، السنة، العقد، القرن. */
    DEFINITE,
    /** هالأسبوع، هالشهر (colloquial "this"). */
    THIS,
    /** يومين، أسبوعين، شهرين، عامين، سنتين (and the nominative يومان). */
    DUAL,
    /** يومي، شهري، عامي: a dual before what it counts ("يومي 14 و15"). */
    DUAL_CONSTRUCT,
    /** اليومين، الأسبوعين، الشهرين، العامين. */
    DEFINITE_DUAL,
    /** أيام، أسابيع، أشهر، شهور، سنوات، أعوام، سنين. */
    PLURAL,
    /** الأيام، الأسابيع، الأشهر، السنوات، الأعوام. */
    DEFINITE_PLURAL
  }

  /** A word that places a named period relative to the reference: الماضي، الحالي، المقبل، التالي. */
  enum Modifier implements Word {
    /** الماضي، المنصرم، الفائت، السابق، الفايت. */
    PAST,
    /** الحالي، الجاري. */
    CURRENT,
    /** المقبل، القادم، الجاي. */
    NEXT,
    /** التالي: the one after the period the text was speaking of. */
    FOLLOWING;

    @Override
    public boolean anchor() {
      return false;
    }
  }

  /** A part of a period: مطلع/بداية/أوائل (beginning), منتصف/أواسط/نص (middle), نهاية/أواخر/ختام (end). */
  enum Part implements Word {
    BEGINNING,
    MIDDLE,
    END
  }

  /** A fraction of a period: النصف, الثلث, الربع (and الفصل, a quarter in Levantine business news). */
  enum Fraction implements Word {
    HALF(2),
    THIRD(3),
    QUARTER(4);

    private final int parts;

    Fraction(int parts) {
      this.parts = parts;
    }

    /** How many of these make the whole: 2 halves, 3 thirds, 4 quarters. */
    int parts() {
      return parts;
    }
  }

  /**
   * A weekday. With the article (الخميس) it names a day; without it (خميس) only after an ordinal ("ثاني خميس") or
   * before a week ("خميس الأسبوع المقبل").
   *
   * @param day the day
   * @param definite true with the article
   */
  record WeekdayName(DayOfWeek day, boolean definite) implements Word {}

  /** An era marker after a year: م/ميلادي (Gregorian), هـ/هجري/للهجرة (Hijri). */
  enum Era implements Word {
    GREGORIAN,
    HIJRI;

    @Override
    public boolean anchor() {
      return false;
    }
  }

  /** A preposition that matters to dates: في and بحلول make a bare year a date; قبل/بعد/منذ/خلال count offsets. */
  enum Preposition implements Word {
    IN,
    BY,
    SINCE,
    DURING,
    WITHIN,
    BEFORE,
    AFTER;

    @Override
    public boolean anchor() {
      return this != IN && this != BY;
    }
  }

  /** Range words: من and بين start a range, إلى/حتى/لغاية end its first part. */
  enum RangeWord implements Word {
    FROM,
    BETWEEN,
    TO;

    @Override
    public boolean anchor() {
      return this != TO;
    }
  }

  /** Words of a time of day: الساعة, صباحاً/ص/am, مساءً/pm, and time zones (بتوقيت غرينتش، GMT). */
  enum TimeWord implements Word {
    HOUR,
    MORNING,
    EVENING,
    ZONE;

    @Override
    public boolean anchor() {
      return false;
    }
  }

  /** Small function words: هذا/هذه, the suffix of "24th", the ال of "الـ29", الموافق, and غرة (the first day). */
  enum Marker implements Word {
    THIS,
    ORDINAL_SUFFIX,
    ARTICLE,
    AGREEING,
    /** غرة: the first day of a month ("غرة محرم"). */
    FIRST_DAY;

    @Override
    public boolean anchor() {
      return this != ORDINAL_SUFFIX && this != AGREEING;
    }
  }

  /**
   * A decade name: التسعينات/التسعينيات, or ثمانينيات before its century ("ثمانينيات القرن الماضي").
   *
   * @param decade the decade within its century: 90 for the nineties
   */
  record DecadeName(int decade) implements Word {}

  /** A season: الربيع 3, الصيف 6, الخريف 9 ({@code firstMonth}); ربيع alone is a Hijri head. */
  record SeasonName(int firstMonth) implements Word {}

  /** The first word of a feast's name: عيد, رأس (السنة), المولد, عاشوراء, الكريسماس, الإسراء, and عرفة (يوم عرفة). */
  enum FeastHead implements Word {
    EID,
    NEW_YEAR,
    MAWLID,
    ASHURA,
    CHRISTMAS,
    ISRA,
    ARAFAH
  }

  /** Words that tell the tense of a sentence: see {@link Tense}. */
  enum Cue implements Word {
    /** سوف. */
    FUTURE,
    /** المقرر، المنتظر، يُتوقع، يعتزم: what is planned or expected. */
    PLANNED,
    /** The present tense of the verbs news announces events with: تنطلق، يعقد، تقام، يزور. */
    ANNOUNCING,
    /** كان and its forms. */
    WAS,
    /** قد، لقد: the perfect, before a past verb. */
    PERFECT;

    @Override
    public boolean anchor() {
      return false;
    }
  }
}
