package org.fahras.time;

/**
 * The words the tagger anchors on, in folded form (see {@link FoldedText}), in a character trie.
 *
 * <p>A lookup walks the trie over a token's characters without allocating. Each word maps to a
 * code {@code kind * 100 + value}. Words whose {@link #PREFIXABLE} flag is set are also found
 * behind the clitics news glues on (و ف ب ل ك and their pairs: "وفي أيلول", "بسبتمبر"); short or
 * ambiguous words (آب "father", ماي, أوت, تموز, مارس "he practised") never are, so "باب" is a door.
 */
final class Lexicon {
  static final int NONE = -1;

  // Kinds. The value part is given per kind.
  /** Gregorian month that needs no context; value 1–12. */
  static final int MONTH = 1;
  /** Gregorian month name that is also a common word; value 1–12. */
  static final int WEAK_MONTH = 2;
  /** First word of a two-word Gregorian month: كانون (1), تشرين (2). */
  static final int MONTH_HEAD = 3;
  /** Hijri month; value 1–12. */
  static final int HIJRI_MONTH = 4;
  /** First word of a two-word Hijri month: ربيع (1), جمادى (2), ذو/ذي (3). */
  static final int HIJRI_HEAD = 5;
  /** Ordinal word: الاول 1 … العاشر 10, الحادي 11 (first of a compound). */
  static final int ORDINAL = 6;
  /** عشر, the "-teen" of ordinal compounds. */
  static final int TEEN = 7;
  /** Ordinal tens: العشرين 20, الثلاثين 30. */
  static final int TENS = 8;
  /** Second word of a Hijri/Gregorian month: الاخر/الاخره 2 (the later), القعده 11, الحجه 12. */
  static final int MONTH_TAIL = 9;
  /** Relative day: 1 today, 2 yesterday, 3 tomorrow, 4 اول (before امس), 5 غد (after بعد). */
  static final int RELATIVE_DAY = 10;
  /** Calendar unit with the article: 1 week, 2 month, 3 year. */
  static final int UNIT = 11;
  /** Modifier: 1 past, 2 current, 3 next, 4 following (narrative-relative). */
  static final int MODIFIER = 12;
  /** Part of a period: 1 beginning, 2 middle, 3 end. */
  static final int PART = 13;
  /** Year word: 1 عام/سنه (with or without article), 2 the dual عامي. */
  static final int YEAR_WORD = 14;
  /** Month word: 1 شهر, 2 the dual شهري. */
  static final int MONTH_WORD = 15;
  /** Weekday, value = ISO day of week 1 (Monday) – 7 (Sunday). */
  static final int WEEKDAY = 16;
  /** Day word: 1 يوم, 2 the dual يومي. */
  static final int DAY_WORD = 17;
  /** Era marker: 1 Gregorian (م، ميلادي), 2 Hijri (هـ، هجري، للهجرة). */
  static final int ERA = 18;
  /** Preposition that makes a bare year or an ambiguous month a date: في، منذ، حتى… */
  static final int PREPOSITION = 19;
  /** Start of a range: 1 من, 2 بين. */
  static final int RANGE_START = 20;
  /** End of a range: الى، حتى، لغاية. */
  static final int RANGE_END = 21;
  /** الساعة. */
  static final int HOUR_WORD = 22;
  /** Half of day: 1 morning (ص، صباحا، am), 2 evening (مساء، pm). */
  static final int DAY_HALF = 23;
  /** Time zone words: بتوقيت، غرينتش، gmt، utc. */
  static final int ZONE = 24;
  /** English month name; value 1–12. */
  static final int LATIN_MONTH = 25;
  /** Demonstrative هذا/هذه. */
  static final int THIS = 26;
  /** English ordinal suffix st/nd/rd/th. */
  static final int ORDINAL_SUFFIX = 27;
  /** The bare article ال of "الـ29". */
  static final int ARTICLE = 28;
  /** Decade word, value = decade within the century (التسعينات 90). */
  static final int DECADE = 29;

  /** Flag bit (above the code) marking words that may carry a glued clitic. */
  private static final int PREFIXABLE = 1 << 20;

  private static final String[] WORDS = {
    // Gregorian months, Egyptian/transliterated family (and Moroccan spellings).
    "يناير 1 1 p", "فبراير 1 2 p", "ابريل 1 4 p", "مايو 1 5 p", "يونيو 1 6 p", "يونيه 1 6 p",
    "يوليو 1 7 p", "يوليه 1 7 p", "يوليوز 1 7 p", "اغسطس 1 8 p", "اغشت 1 8 p", "غشت 1 8 p",
    "سبتمبر 1 9 p", "شتنبر 1 9 p", "اكتوبر 1 10 p", "نوفمبر 1 11 p", "نونبر 1 11 p",
    "ديسمبر 1 12 p", "دجنبر 1 12 p", "مارس 2 3 -",
    // Maghrebi family.
    "جانفي 1 1 p", "فيفري 1 2 p", "افريل 1 4 p", "ماي 2 5 -", "جوان 1 6 p", "جويليه 1 7 p",
    "اوت 2 8 -",
    // Syriac/Levantine family.
    "كانون 3 1 p", "شباط 1 2 p", "اذار 1 3 p", "نيسان 1 4 p", "ايار 1 5 p", "مايس 1 5 p",
    "حزيران 1 6 p", "تموز 2 7 -", "اب 2 8 -", "ايلول 1 9 p", "تشرين 3 2 p",
    // Hijri.
    "محرم 4 1 -", "صفر 4 2 -", "ربيع 5 1 -", "جمادي 5 2 p", "ذو 5 3 -", "ذي 5 3 -",
    "رجب 4 7 -", "شعبان 4 8 p", "رمضان 4 9 p", "شوال 4 10 p",
    "الاخر 9 2 -", "الاخره 9 2 -", "الاخيره 9 2 -", "القعده 9 11 -", "الحجه 9 12 -",
    // Ordinals (days, and second words of months).
    "الاول 6 1 p", "الاولي 6 1 p", "اول 6 1 -", "الثاني 6 2 p", "الثانيه 6 2 p", "ثاني 6 2 -",
    "الثالث 6 3 p", "الرابع 6 4 p", "الخامس 6 5 p", "السادس 6 6 p", "السابع 6 7 p",
    "الثامن 6 8 p", "التاسع 6 9 p", "العاشر 6 10 p", "الحادي 6 11 p",
    "عشر 7 10 -", "العشرين 8 20 p", "الثلاثين 8 30 p",
    // Relative days.
    "اليوم 10 1 p", "امس 10 2 p", "الامس 10 2 p", "البارحه 10 2 p", "غدا 10 3 p",
    "غد 10 5 -",
    // Units, modifiers, parts.
    "الاسبوع 11 1 p", "الشهر 11 2 p", "العام 11 3 p", "السنه 11 3 p",
    "الماضي 12 1 p", "الماضيه 12 1 p", "المنصرم 12 1 p", "المنصرمه 12 1 p", "الفائت 12 1 p",
    "الماضيين 12 1 p", "المنقضي 12 1 p",
    "الجاري 12 2 p", "الجاريه 12 2 p", "الحالي 12 2 p", "الحاليه 12 2 p",
    "المقبل 12 3 p", "المقبله 12 3 p", "القادم 12 3 p", "القادمه 12 3 p", "المقبلين 12 3 p",
    "القادمين 12 3 p", "المقبلتين 12 3 p",
    "التالي 12 4 p", "التاليه 12 4 p",
    "مطلع 13 1 p", "بدايه 13 1 p", "بدايات 13 1 p", "اوائل 13 1 p", "مستهل 13 1 p",
    "منتصف 13 2 p", "اواسط 13 2 p", "نهايه 13 3 p", "اواخر 13 3 p", "ختام 13 3 p",
    "موفي 13 3 p", "اخر 13 3 -",
    "عام 14 1 p", "سنه 14 1 p", "عامي 14 2 p", "شهر 15 1 p", "شهري 15 2 p",
    // Weekdays (ISO numbering).
    "الاثنين 16 1 p", "الاتنين 16 1 p", "الثلاثاء 16 2 p", "الاربعاء 16 3 p",
    "الخميس 16 4 p", "الجمعه 16 5 p", "السبت 16 6 p", "الاحد 16 7 p",
    "يوم 17 1 p", "يومي 17 2 p",
    // Eras.
    "م 18 1 -", "ميلادي 18 1 -", "ميلاديه 18 1 -", "ه 18 2 -", "هجري 18 2 -", "هجريه 18 2 -",
    "للهجره 18 2 -", "الهجري 18 2 -", "ad 18 1 -",
    // Context words.
    "في 19 1 -", "وفي 19 1 -", "ففي 19 1 -", "منذ 19 1 p", "خلال 19 1 p", "بحلول 19 1 -",
    "قبل 19 1 p", "بعد 19 1 p", "لغايه 21 1 p", "غايه 21 1 p", "حتي 21 1 p", "الي 21 1 p",
    "من 20 1 p", "بين 20 2 p", "مابين 20 2 p",
    "الساعه 22 1 p", "ص 23 1 -", "صباحا 23 1 -", "صباح 23 1 -", "am 23 1 -",
    "مساء 23 2 -", "مساءا 23 2 -", "pm 23 2 -",
    "بتوقيت 24 1 -", "توقيت 24 1 -", "غرينتش 24 1 -", "غرينيتش 24 1 -", "جرينتش 24 1 -",
    "gmt 24 1 -", "utc 24 1 -",
    "هذا 26 1 p", "هذه 26 1 p",
    "st 27 1 -", "nd 27 1 -", "rd 27 1 -", "th 27 1 -", "ال 28 1 -",
    // English months.
    "january 25 1 -", "february 25 2 -", "march 25 3 -", "april 25 4 -", "may 25 5 -",
    "june 25 6 -", "july 25 7 -", "august 25 8 -", "september 25 9 -", "sept 25 9 -",
    "october 25 10 -", "november 25 11 -", "december 25 12 -",
    // Decades.
    "العشرينات 29 20 p", "الثلاثينات 29 30 p", "الاربعينات 29 40 p", "الخمسينات 29 50 p",
    "الستينات 29 60 p", "السبعينات 29 70 p", "الثمانينات 29 80 p", "التسعينات 29 90 p",
    "العشرينيات 29 20 p", "الثلاثينيات 29 30 p", "الاربعينيات 29 40 p", "الخمسينيات 29 50 p",
    "الستينيات 29 60 p", "السبعينيات 29 70 p", "الثمانينيات 29 80 p", "التسعينيات 29 90 p",
  };

  private static final Node ROOT = build();

  private Lexicon() {}

  /** A trie node: children in parallel arrays, searched linearly (they are few). */
  private static final class Node {
    char[] keys = new char[0];
    Node[] children = new Node[0];
    int code = NONE;

    Node child(char c) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    Node add(char c) {
      Node existing = child(c);
      if (existing != null) {
        return existing;
      }
      keys = java.util.Arrays.copyOf(keys, keys.length + 1);
      children = java.util.Arrays.copyOf(children, children.length + 1);
      Node node = new Node();
      keys[keys.length - 1] = c;
      children[children.length - 1] = node;
      return node;
    }
  }

  private static Node build() {
    Node root = new Node();
    for (String row : WORDS) {
      String[] f = row.split(" ");
      Node node = root;
      for (int i = 0; i < f[0].length(); i++) {
        node = node.add(f[0].charAt(i));
      }
      int code = Integer.parseInt(f[1]) * 100 + Integer.parseInt(f[2]);
      node.code = "p".equals(f[3]) ? code | PREFIXABLE : code;
    }
    return root;
  }

  static int kind(int code) {
    return code < 0 ? 0 : code / 100;
  }

  static int value(int code) {
    return code < 0 ? 0 : code % 100;
  }

  /**
   * Looks up {@code chars[from, to)}, first as a whole word, then behind one or two glued clitics.
   * Returns {@code code | (prefixLength << 16)}, or {@link #NONE}.
   */
  static int lookup(char[] chars, int from, int to) {
    int exact = walk(ROOT, chars, from, to);
    if (exact != NONE) {
      return exact & ~PREFIXABLE;
    }
    if (to - from >= 4 && chars[from] == 'ل' && chars[from + 1] == 'ل') {
      // "للعام" is ل + العام with the article's alef elided.
      Node afterAlef = ROOT.child('ا');
      int code = afterAlef == null ? NONE : walk(afterAlef, chars, from + 1, to);
      if (code != NONE && (code & PREFIXABLE) != 0) {
        return code & ~PREFIXABLE;
      }
    }
    for (int p = 1; p <= 2 && to - from - p >= 3; p++) {
      if (!isClitic(chars, from, p)) {
        break;
      }
      int code = walk(ROOT, chars, from + p, to);
      if (code != NONE && (code & PREFIXABLE) != 0) {
        return (code & ~PREFIXABLE) | (p << 16);
      }
    }
    return NONE;
  }

  private static boolean isClitic(char[] chars, int from, int p) {
    char first = chars[from];
    if (p == 1) {
      return first == 'و' || first == 'ف' || first == 'ب' || first == 'ل' || first == 'ك';
    }
    char second = chars[from + 1];
    return (first == 'و' || first == 'ف') && (second == 'ب' || second == 'ل' || second == 'ك');
  }

  private static int walk(Node start, char[] chars, int from, int to) {
    Node node = start;
    for (int i = from; i < to && node != null; i++) {
      node = node.child(chars[i]);
    }
    return node == null ? NONE : node.code;
  }
}
