package org.fahras.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.fahras.time.Word.Cardinal;
import org.fahras.time.Word.Cue;
import org.fahras.time.Word.DecadeName;
import org.fahras.time.Word.Era;
import org.fahras.time.Word.FeastHead;
import org.fahras.time.Word.Form;
import org.fahras.time.Word.Fraction;
import org.fahras.time.Word.HijriHead;
import org.fahras.time.Word.HijriMonthName;
import org.fahras.time.Word.Last;
import org.fahras.time.Word.Marker;
import org.fahras.time.Word.Modifier;
import org.fahras.time.Word.MonthHead;
import org.fahras.time.Word.MonthName;
import org.fahras.time.Word.MonthTail;
import org.fahras.time.Word.Ordinal;
import org.fahras.time.Word.Part;
import org.fahras.time.Word.Preposition;
import org.fahras.time.Word.RangeWord;
import org.fahras.time.Word.RelativeDay;
import org.fahras.time.Word.SeasonName;
import org.fahras.time.Word.Tens;
import org.fahras.time.Word.TimeWord;
import org.fahras.time.Word.UnitWord;
import org.fahras.time.Word.WeekdayName;

/**
 * The words the tagger knows, in folded form (see {@link Fold}), each with its typed meaning ({@link Word}), in an
 * open-addressing hash table: a lookup hashes the token's folded letters and allocates nothing.
 *
 * <p>Words marked {@code CLITICS} are also found behind the clitics news glues on (و ف ب ل ك and their pairs: "وفي
 * أيلول", "بسبتمبر", "للعام" with the article's alef elided); short or ambiguous words (آب "father", ماي, أوت, تموز,
 * مارس "he practised", أول, آخر "another") never are, so "باب" is a door.
 */
final class Lexicon {
  /** A word's meaning and whether it may carry a glued clitic. */
  private record Entry(char[] key, Word word, boolean clitics, int gluedClitic, int index) {}

  private static final boolean CLITICS = true;
  private static final boolean BARE = false;

  /** The longest word, clitics included, worth hashing; longer tokens are never lexicon words. */
  static final int MAX_LENGTH = 16;

  private static final Entry[] TABLE;
  private static final Entry[] ENTRIES;
  private static final int MASK;

  /**
   * For each length, which letters the words of that length start and end with (two 64-bit words per length): most
   * tokens are rejected by these bits before they are hashed.
   */
  private static final long[] FIRST = new long[2 * (MAX_LENGTH + 1)];
  private static final long[] LAST = new long[2 * (MAX_LENGTH + 1)];

  static {
    List<Entry> entries = new ArrayList<>();
    define(entries);
    ENTRIES = entries.toArray(new Entry[0]);
    for (Entry entry : entries) {
      char[] key = entry.key();
      mark(FIRST, key.length, key[0]);
      mark(LAST, key.length, key[key.length - 1]);
    }
    int size = Integer.highestOneBit(entries.size() * 8);
    TABLE = new Entry[size];
    MASK = size - 1;
    for (Entry entry : entries) {
      int slot = hash(entry.key(), 0, entry.key().length) & MASK;
      while (TABLE[slot] != null) {
        if (java.util.Arrays.equals(TABLE[slot].key(), entry.key())) {
          throw new IllegalStateException("listed twice: " + new String(entry.key()));
        }
        slot = (slot + 1) & MASK;
      }
      TABLE[slot] = entry;
    }
  }

  private Lexicon() {}

  /** What {@link #lookup} returns for an unknown word. */
  static final int NONE = -1;

  /** The meaning of a {@link #lookup} result. */
  static Word word(int found) {
    return found < 0 ? null : ENTRIES[found >>> 2].word();
  }

  /** How many folded letters of clitics come before the word of a {@link #lookup} result. */
  static int clitic(int found) {
    return found < 0 ? 0 : found & 3;
  }

  private static int found(Entry entry, int clitic) {
    return entry.index() << 2 | clitic;
  }

  /**
   * Looks up the folded letters {@code chars[0, length)}: first as a whole word, then behind one or two glued
   * clitics. {@code scratch} is a buffer of at least {@link #MAX_LENGTH} chars the lookup may overwrite.
   *
   * @return the entry and the clitic's length, to read with {@link #word} and {@link #clitic}; {@link #NONE} when the
   *     word is unknown. An int, so a lookup allocates nothing.
   */
  static int lookup(char[] chars, int length, char[] scratch) {
    if (length > MAX_LENGTH) {
      return NONE;
    }
    // Most words are no lexicon word under any reading: their first and last letters say so before any hashing.
    boolean exact = possible(chars, 0, length);
    boolean elided = length >= 4 && chars[0] == 'ل' && chars[1] == 'ل' && marked(FIRST, length, 'ا')
        && marked(LAST, length, chars[length - 1]);
    boolean one = length >= 4 && isClitic(chars, 1) && possible(chars, 1, length);
    boolean two = length >= 5 && isClitic(chars, 1) && isClitic(chars, 2) && possible(chars, 2, length);
    if (!exact && !elided && !one && !two) {
      return NONE;
    }
    // The hashes of the word and of what follows one or two clitics, in one pass from its end.
    int whole = 0;
    int afterOne = 0;
    int afterTwo = 0;
    int power = 1;
    int acc = 0;
    for (int i = length - 1; i >= 0; i--) {
      acc += chars[i] * power;
      if (i == 2) {
        afterTwo = acc;
      } else if (i == 1) {
        afterOne = acc;
      } else if (i == 0) {
        whole = acc;
      }
      if (i > 0) {
        power *= 31;
      }
    }
    Entry entry = exact ? find(chars, 0, length, whole) : null;
    if (entry != null) {
      return found(entry, entry.gluedClitic());
    }
    if (elided) {
      // "للعام" is ل + العام with the article's alef elided.
      scratch[0] = 'ا';
      System.arraycopy(chars, 1, scratch, 1, length - 1);
      entry = find(scratch, 0, length, 'ا' * power + afterOne);
      if (entry != null && entry.clitics()) {
        // The whole token is the expression: "للعام 2018", as written.
        return found(entry, 0);
      }
    }
    // What is left after a clitic must have three letters: "وفي" is listed as a word instead.
    entry = one ? find(chars, 1, length, afterOne) : null;
    if (entry != null && entry.clitics()) {
      return found(entry, 1);
    }
    entry = two ? find(chars, 2, length, afterTwo) : null;
    return entry != null && entry.clitics() ? found(entry, 2) : NONE;
  }

  /** True when some word of the lexicon has the length, first letter and last letter of {@code chars[from, to)}. */
  private static boolean possible(char[] chars, int from, int to) {
    int length = to - from;
    return marked(FIRST, length, chars[from]) && marked(LAST, length, chars[to - 1]);
  }

  private static Entry find(char[] chars, int from, int to, int rawHash) {
    int slot = mix(rawHash) & MASK;
    for (Entry entry = TABLE[slot]; entry != null; entry = TABLE[slot = (slot + 1) & MASK]) {
      if (equals(entry.key(), chars, from, to)) {
        return entry;
      }
    }
    return null;
  }

  /** A letter's bit: Arabic letters U+0620–U+065F are 0–63, Latin a–z 64–89, anything else 127. */
  private static int bit(char c) {
    return c >= 0x0620 && c < 0x0660 ? c - 0x0620 : c >= 'a' && c <= 'z' ? 64 + c - 'a' : 127;
  }

  private static void mark(long[] masks, int length, char c) {
    int b = bit(c);
    masks[2 * length + (b >> 6)] |= 1L << (b & 63);
  }

  private static boolean marked(long[] masks, int length, char c) {
    int b = bit(c);
    return (masks[2 * length + (b >> 6)] & (1L << (b & 63))) != 0;
  }

  private static boolean equals(char[] key, char[] chars, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** The polynomial hash {@code sum chars[i] * 31^(to - 1 - i)}, mixed as the table slots it. */
  private static int hash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 15);
  }

  /** True when the letters before {@code chars[p]} may be clitics: و ف ب ل ك, or و/ف then ب ل ك. */
  private static boolean isClitic(char[] chars, int p) {
    char first = chars[0];
    if (p == 1) {
      return first == 'و' || first == 'ف' || first == 'ب' || first == 'ل' || first == 'ك';
    }
    char second = chars[1];
    return (first == 'و' || first == 'ف') && (second == 'ب' || second == 'ل' || second == 'ك');
  }

  private static void add(List<Entry> entries, Word word, boolean clitics, String... words) {
    for (String w : words) {
      entries.add(new Entry(w.toCharArray(), word, clitics, 0, entries.size()));
    }
  }

  /** A word listed with its clitic ("ومن"): the span starts after the clitic. */
  private static void addGlued(List<Entry> entries, Word word, String... words) {
    for (String w : words) {
      entries.add(new Entry(w.toCharArray(), word, false, 1, entries.size()));
    }
  }

  private static void define(List<Entry> e) {
    // Gregorian months, Egyptian/transliterated family (and Moroccan spellings).
    String[][] egyptian = {
      {"يناير"}, {"فبراير"}, {}, {"ابريل"}, {"مايو"}, {"يونيو", "يونيه"}, {"يوليو", "يوليه", "يوليوز"},
      {"اغسطس", "اغشت", "غشت"}, {"سبتمبر", "شتنبر"}, {"اكتوبر"}, {"نوفمبر", "نونبر"}, {"ديسمبر", "دجنبر"}
    };
    for (int m = 1; m <= 12; m++) {
      add(e, new MonthName(m, false, false), CLITICS, egyptian[m - 1]);
    }
    add(e, new MonthName(3, true, false), BARE, "مارس");
    // Maghrebi family.
    add(e, new MonthName(1, false, false), CLITICS, "جانفي");
    add(e, new MonthName(2, false, false), CLITICS, "فيفري");
    add(e, new MonthName(4, false, false), CLITICS, "افريل");
    add(e, new MonthName(5, true, false), BARE, "ماي");
    add(e, new MonthName(6, true, false), CLITICS, "جوان");
    add(e, new MonthName(7, false, false), CLITICS, "جويليه");
    add(e, new MonthName(8, true, false), BARE, "اوت");
    // Syriac/Levantine family.
    add(e, MonthHead.KANUN, CLITICS, "كانون");
    add(e, MonthHead.TISHRIN, CLITICS, "تشرين");
    add(e, new MonthName(2, false, false), CLITICS, "شباط");
    add(e, new MonthName(3, false, false), CLITICS, "اذار");
    add(e, new MonthName(4, false, false), CLITICS, "نيسان");
    add(e, new MonthName(5, false, false), CLITICS, "ايار", "مايس");
    add(e, new MonthName(6, false, false), CLITICS, "حزيران");
    add(e, new MonthName(7, true, false), BARE, "تموز");
    add(e, new MonthName(8, true, false), BARE, "اب");
    add(e, new MonthName(9, false, false), CLITICS, "ايلول");
    // English months.
    String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"};
    for (int m = 1; m <= 12; m++) {
      add(e, new MonthName(m, false, true), BARE, english[m - 1]);
    }
    add(e, new MonthName(9, false, true), BARE, "sept");

    // Hijri months.
    add(e, new HijriMonthName(1), BARE, "محرم");
    add(e, new HijriMonthName(2), BARE, "صفر");
    add(e, new HijriMonthName(7), BARE, "رجب");
    add(e, new HijriMonthName(8), CLITICS, "شعبان");
    add(e, new HijriMonthName(9), CLITICS, "رمضان");
    add(e, new HijriMonthName(10), CLITICS, "شوال");
    add(e, HijriHead.RABI, BARE, "ربيع");
    add(e, HijriHead.JUMADA, CLITICS, "جمادي");
    add(e, HijriHead.DHU, BARE, "ذو", "ذي");
    add(e, MonthTail.LATER, BARE, "الاخر", "الاخره");
    add(e, MonthTail.QADA, BARE, "القعده");
    add(e, MonthTail.HIJJA, BARE, "الحجه");

    // Ordinals, both genders, with the article and without it.
    String[][] definite = {{"الاول", "الاولي"}, {"الثاني", "الثانيه"}, {"الثالث", "الثالثه"}, {"الرابع", "الرابعه"},
      {"الخامس", "الخامسه"}, {"السادس", "السادسه"}, {"السابع", "السابعه"}, {"الثامن", "الثامنه"},
      {"التاسع", "التاسعه"}, {"العاشر", "العاشره"}, {"الحادي", "الحاديه"}};
    String[][] bare = {{"اول"}, {"ثاني", "ثان"}, {"ثالث"}, {"رابع"}, {"خامس"}, {"سادس"}, {"سابع"}, {"ثامن"},
      {"تاسع"}, {"عاشر"}};
    for (int v = 1; v <= 11; v++) {
      add(e, new Ordinal(v, true), CLITICS, definite[v - 1]);
      if (v <= 10) {
        add(e, new Ordinal(v, false), BARE, bare[v - 1]);
      }
    }
    add(e, new Last(false), BARE, "اخر");
    add(e, new Last(true), CLITICS, "الاخير", "الاخيره");
    add(e, new Tens(20), CLITICS, "العشرين", "العشرون");
    add(e, new Tens(30), CLITICS, "الثلاثين", "الثلاثون");

    // Cardinals, both genders; the tens may carry the و of a compound ("خمسة وعشرين").
    add(e, new Cardinal(1, false), BARE, "واحد", "واحده");
    add(e, new Cardinal(2, false), BARE, "اثنان", "اثنتين", "اثنتان", "اثني", "اثنا");
    String[][] units = {{"ثلاث", "ثلاثه", "تلات", "تلاته"}, {"اربع", "اربعه"}, {"خمس", "خمسه"}, {"ست", "سته"},
      {"سبع", "سبعه"}, {"ثمان", "ثماني", "ثمانيه"}, {"تسع", "تسعه"}, {"عشر", "عشره"}};
    for (int v = 3; v <= 10; v++) {
      add(e, new Cardinal(v, false), BARE, units[v - 3]);
    }
    String[][] tens = {{"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين"}, {"اربعون", "اربعين"}, {"خمسون", "خمسين"},
      {"ستون", "ستين"}, {"سبعون", "سبعين"}, {"ثمانون", "ثمانين"}, {"تسعون", "تسعين"}};
    for (int v = 2; v <= 9; v++) {
      add(e, new Cardinal(v * 10, false), CLITICS, tens[v - 2]);
    }
    add(e, new Cardinal(100, false), BARE, "ميه", "مايه");
    String[][] definiteUnits = {{"الثلاثه", "الثلاث"}, {"الاربعه", "الاربع"}, {"الخمسه", "الخمس"}, {"السته"},
      {"السبعه", "السبع"}, {"الثمانيه"}, {"التسعه", "التسع"}, {"العشره", "العشر"}};
    for (int v = 3; v <= 10; v++) {
      add(e, new Cardinal(v, true), CLITICS, definiteUnits[v - 3]);
    }

    // Days relative to the reference.
    add(e, RelativeDay.TODAY, CLITICS, "اليوم");
    add(e, RelativeDay.YESTERDAY, CLITICS, "امس", "الامس", "البارحه", "مبارح", "امبارح");
    add(e, RelativeDay.TOMORROW, CLITICS, "غدا", "بكره", "بكرا");
    add(e, RelativeDay.TOMORROW_NOUN, BARE, "غد");
    add(e, RelativeDay.TOMORROW_NOUN, CLITICS, "الغد");

    // Units in their forms.
    unit(e, CalendarUnit.DAY, new String[] {"يوم", "يوما"}, new String[] {}, new String[] {"يومين", "يومان"},
        new String[] {"يومي"}, new String[] {"اليومين"}, new String[] {"ايام"}, new String[] {"الايام"},
        new String[] {});
    unit(e, CalendarUnit.WEEK, new String[] {"اسبوع", "اسبوعا"}, new String[] {"الاسبوع"},
        new String[] {"اسبوعين", "اسبوعان"}, new String[] {}, new String[] {"الاسبوعين"}, new String[] {"اسابيع"},
        new String[] {"الاسابيع"}, new String[] {"هالاسبوع", "هالجمعه"});
    unit(e, CalendarUnit.MONTH, new String[] {"شهر", "شهرا"}, new String[] {"الشهر"},
        new String[] {"شهرين", "شهران"}, new String[] {"شهري"}, new String[] {"الشهرين"},
        new String[] {"اشهر", "شهور"}, new String[] {"الاشهر", "الشهور"}, new String[] {"هالشهر"});
    unit(e, CalendarUnit.YEAR, new String[] {"عام", "سنه", "عاما"}, new String[] {"العام", "السنه"},
        new String[] {"عامين", "عامان", "سنتين", "سنتان"}, new String[] {"عامي"},
        new String[] {"العامين", "السنتين"}, new String[] {"سنوات", "اعوام", "سنين"},
        new String[] {"السنوات", "الاعوام", "السنين"}, new String[] {"هالسنه", "هالعام"});
    unit(e, CalendarUnit.DECADE, new String[] {"عقد"}, new String[] {"العقد"}, new String[] {"عقدين"},
        new String[] {}, new String[] {"العقدين"}, new String[] {"عقود"}, new String[] {"العقود"},
        new String[] {});
    unit(e, CalendarUnit.CENTURY, new String[] {"قرن"}, new String[] {"القرن"}, new String[] {"قرنين"},
        new String[] {}, new String[] {"القرنين"}, new String[] {"قرون"}, new String[] {"القرون"},
        new String[] {});

    // Modifiers.
    add(e, Modifier.PAST, CLITICS, "الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت", "الفايته",
        "الماضيين", "الماضيتين", "المنقضي", "السابق", "السابقه");
    add(e, Modifier.CURRENT, CLITICS, "الجاري", "الجاريه", "الحالي", "الحاليه");
    add(e, Modifier.NEXT, CLITICS, "المقبل", "المقبله", "القادم", "القادمه", "المقبلين", "القادمين", "المقبلتين",
        "القادمتين", "الجاي", "الجايه", "الاتي", "الاتيه");
    add(e, Modifier.FOLLOWING, CLITICS, "التالي", "التاليه");

    // Parts and fractions of periods.
    add(e, Part.BEGINNING, CLITICS, "مطلع", "بدايه", "بدايات", "اوايل", "مستهل");
    add(e, Part.MIDDLE, CLITICS, "منتصف", "اواسط");
    add(e, Part.MIDDLE, BARE, "نص", "نصف");
    add(e, Part.END, CLITICS, "نهايه", "اواخر", "ختام", "موفي");
    // With the article, after العشر: "العشر الأواخر من رمضان".
    add(e, Part.BEGINNING, BARE, "الاوايل");
    add(e, Part.MIDDLE, BARE, "الاواسط");
    add(e, Part.END, BARE, "الاواخر");
    add(e, Fraction.HALF, CLITICS, "النصف");
    add(e, Fraction.THIRD, CLITICS, "الثلث");
    add(e, Fraction.QUARTER, CLITICS, "الربع");

    // Weekdays (ISO numbering), with the article and without it.
    weekday(e, DayOfWeek.MONDAY, new String[] {"الاثنين", "الاتنين"}, "اثنين");
    weekday(e, DayOfWeek.TUESDAY, new String[] {"الثلاثاء", "الثلاثا"}, "ثلاثاء", "ثلاثا");
    weekday(e, DayOfWeek.WEDNESDAY, new String[] {"الاربعاء", "الاربعا"}, "اربعاء", "اربعا");
    weekday(e, DayOfWeek.THURSDAY, new String[] {"الخميس"}, "خميس");
    weekday(e, DayOfWeek.FRIDAY, new String[] {"الجمعه"}, "جمعه");
    weekday(e, DayOfWeek.SATURDAY, new String[] {"السبت"}, "سبت");
    weekday(e, DayOfWeek.SUNDAY, new String[] {"الاحد"}, "احد");

    // Eras.
    add(e, Era.GREGORIAN, BARE, "م", "ميلادي", "ميلاديه", "الميلادي", "الميلاديه", "ad");
    add(e, Era.HIJRI, BARE, "ه", "هجري", "هجريه", "للهجره", "الهجري", "الهجريه");

    // Context words.
    add(e, Preposition.IN, BARE, "في", "وفي", "ففي");
    add(e, Preposition.BY, BARE, "بحلول");
    add(e, Preposition.SINCE, CLITICS, "منذ");
    add(e, Preposition.DURING, CLITICS, "خلال");
    add(e, Preposition.WITHIN, BARE, "غضون");
    add(e, Preposition.BEFORE, CLITICS, "قبل");
    add(e, Preposition.AFTER, CLITICS, "بعد");
    add(e, RangeWord.FROM, CLITICS, "من");
    addGlued(e, RangeWord.FROM, "ومن", "فمن");
    add(e, RangeWord.BETWEEN, CLITICS, "بين", "مابين");
    add(e, RangeWord.TO, CLITICS, "لغايه", "غايه", "حتي", "الي");
    add(e, TimeWord.HOUR, CLITICS, "الساعه");
    add(e, TimeWord.MORNING, BARE, "ص", "صباحا", "صباح", "am");
    add(e, TimeWord.EVENING, BARE, "مساء", "مساءا", "pm");
    add(e, TimeWord.ZONE, BARE, "بتوقيت", "توقيت", "غرينتش", "غرينيتش", "جرينتش", "gmt", "utc");
    add(e, Marker.THIS, CLITICS, "هذا", "هذه");
    add(e, Marker.THIS, BARE, "هذي", "هاي", "هاد", "هادي");
    add(e, Marker.ORDINAL_SUFFIX, BARE, "st", "nd", "rd", "th");
    add(e, Marker.ARTICLE, BARE, "ال");
    add(e, Marker.AGREEING, CLITICS, "الموافق", "الموافقه");
    add(e, Marker.FIRST_DAY, CLITICS, "غره");

    // Decades: with the article they name a decade of the 1900s; without it, one of the century after them.
    String[] decades = {"العشرين", "الثلاثين", "الاربعين", "الخمسين", "الستين", "السبعين", "الثمانين", "التسعين"};
    for (int d = 2; d <= 9; d++) {
      String stem = decades[d - 2];
      String bareStem = stem.substring(2);
      add(e, new DecadeName(d * 10), CLITICS, stem + "ات", stem + "يات", bareStem + "ات", bareStem + "يات");
    }
    add(e, new SeasonName(3), CLITICS, "الربيع");
    add(e, new SeasonName(6), CLITICS, "صيف", "الصيف");
    add(e, new SeasonName(9), CLITICS, "خريف", "الخريف");

    // Tense cues.
    add(e, Cue.FUTURE, CLITICS, "سوف");
    add(e, Cue.PLANNED, CLITICS, "المقرر", "المقرره", "المنتظر", "المزمع", "المزمعه", "المرتقب", "المرتقبه",
        "المفترض", "المتوقع", "ينتظر", "يتوقع", "يرتقب", "يعتزم", "تعتزم", "يزمع", "تزمع", "ينوي", "تنوي");
    add(e, Cue.ANNOUNCING, CLITICS, "يبدا", "تبدا", "ينطلق", "تنطلق", "يعقد", "تعقد", "يقام", "تقام", "يصل", "تصل",
        "يزور", "تزور", "يلتقي", "تلتقي", "يستضيف", "تستضيف", "يتوجه", "تتوجه", "يغادر", "تغادر", "يفتتح", "تفتتح",
        "يختتم", "تختتم", "ينتهي", "تنتهي", "يجتمع", "تجتمع", "يجري", "تجري", "ينظم", "تنظم", "يستانف", "تستانف",
        "يواجه", "تواجه", "يلعب", "تلعب", "يخوض", "تخوض", "يحل", "تحل", "يحتفل", "تحتفل");
    add(e, Cue.WAS, CLITICS, "كان", "كانت", "كانوا");
    add(e, Cue.PERFECT, BARE, "قد", "وقد", "لقد", "فقد");

    // Feasts.
    add(e, FeastHead.EID, CLITICS, "عيد");
    add(e, FeastHead.NEW_YEAR, CLITICS, "راس");
    add(e, FeastHead.MAWLID, CLITICS, "المولد");
    add(e, FeastHead.ASHURA, CLITICS, "عاشوراء");
    add(e, FeastHead.CHRISTMAS, CLITICS, "الكريسماس", "الكريسمس");
    add(e, FeastHead.ISRA, CLITICS, "الاسراء");
  }

  private static void unit(List<Entry> e, CalendarUnit unit, String[] singular, String[] definite, String[] dual,
      String[] dualConstruct, String[] definiteDual, String[] plural, String[] definitePlural, String[] demonstrative) {
    add(e, new UnitWord(unit, Form.SINGULAR), CLITICS, singular);
    add(e, new UnitWord(unit, Form.DEFINITE), CLITICS, definite);
    add(e, new UnitWord(unit, Form.DUAL), CLITICS, dual);
    add(e, new UnitWord(unit, Form.DUAL_CONSTRUCT), CLITICS, dualConstruct);
    add(e, new UnitWord(unit, Form.DEFINITE_DUAL), CLITICS, definiteDual);
    add(e, new UnitWord(unit, Form.PLURAL), CLITICS, plural);
    add(e, new UnitWord(unit, Form.DEFINITE_PLURAL), CLITICS, definitePlural);
    add(e, new UnitWord(unit, Form.THIS), BARE, demonstrative);
  }

  private static void weekday(List<Entry> e, DayOfWeek day, String[] definite, String... bare) {
    add(e, new WeekdayName(day, true), CLITICS, definite);
    add(e, new WeekdayName(day, false), BARE, bare);
  }
}
