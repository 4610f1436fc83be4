package org.fahras.reliability;

import java.util.Random;

/**
 * Generates hostile query strings, deterministically from a seed: random code points from every Unicode plane (lone
 * surrogates included), unbalanced quotes and parentheses, only stopwords, only diacritics, only dates (valid and
 * absurd), unknown fields, out-of-range dates, thousands of terms, a megabyte of text, and punctuation-glued words that
 * analyze into many terms.
 */
final class HostileQueries {
  /** How many kinds of query {@link #next} cycles through. */
  static final int KINDS = 14;

  private static final String[] STOPWORDS = {"في", "من", "على", "إلى", "عن", "و", "أو", "ثم", "هذا", "التي", "الذي", "مع"};
  private static final String[] WORDS = {"الحكومة", "وزير", "قوات", "التحالف", "انسحاب", "النفط", "والكتاب", "بالقاهرة"};
  private static final String[] DATES = {
    "2024-13-45", "2024-02-30", "0000-00-00", "9999-99-99", "سبتمبر 2025", "أيلول ٢٠٢٥", "9/2025", "13/2025",
    "الشهر الماضي", "العام المقبل", "أمس", "قبل 999999999 يوما", "عام 999999999", "سنة 0", "١٩/١٩/١٩١٩", "31/2/2024",
    "في 45 سبتمبر 2024", "بعد 1000000 سنة", "منذ ٩٩٩٩٩٩٩٩٩٩٩٩٩٩ شهرا", "يناير -5", "+999999999-12-31"
  };
  private static final String[] FIELDS = {
    "after:", "before:", "source:", "sort:", "title:", "body:", "id:", "foo:", "AFTER:", "_:", "after:\"", "source:\""
  };
  private static final String[] FIELD_VALUES = {
    "2024", "2024-09", "2024-09-01", "2024-13-45", "99999", "-1", "+999999999", "٢٠٢٤-٠٩", "date", "relevance", "x",
    "\"", "\"رويترز\"", "", "0000", "9999-12-31", "2024-9-1", "۲۰۲۴"
  };
  private static final String SYNTAX = "\"()-:*?~^[]{}\\/!&|+";

  private final Random random;

  HostileQueries(long seed) {
    this.random = new Random(seed);
  }

  /** The {@code n}-th query: kind {@code n % KINDS}, content from the seed. */
  String next(int n) {
    return switch (n % KINDS) {
      case 0 -> randomCodePoints(1 + random.nextInt(40));
      case 1 -> syntaxSoup(1 + random.nextInt(30));
      case 2 -> repeat(STOPWORDS, 1 + random.nextInt(12), " ");
      case 3 -> diacritics(1 + random.nextInt(20));
      case 4 -> repeat(DATES, 1 + random.nextInt(4), " ");
      case 5 -> fields(1 + random.nextInt(5));
      case 6 -> mixed(1 + random.nextInt(15));
      case 7 -> repeat(WORDS, 100 + random.nextInt(60), " ");
      case 8 -> repeat(WORDS, 1 + random.nextInt(1000), random.nextBoolean() ? "," : ".");
      case 9 -> repeat(WORDS, 1 + random.nextInt(700), " -");
      case 10 -> "\"" + repeat(WORDS, 1 + random.nextInt(700), random.nextBoolean() ? " " : "،") + "\"";
      case 11 -> repeat(WORDS, 1 + random.nextInt(200), " OR ");
      case 12 -> randomCodePoints(3000 + random.nextInt(2000));
      default -> mixed(1 + random.nextInt(8)) + (random.nextBoolean() ? "\"" : "(");
    };
  }

  /** A query of {@code terms} words separated by spaces. */
  static String terms(int terms) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < terms; i++) {
      query.append(WORDS[i % WORDS.length]).append(' ');
    }
    return query.toString();
  }

  private String randomCodePoints(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int plane = random.nextInt(17);
      int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x800) : plane * 0x10000 + random.nextInt(0x10000);
      if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
        text.append((char) codePoint); // a lone surrogate: a broken string a caller may still pass
      } else {
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString();
  }

  private String syntaxSoup(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(3)) {
        case 0 -> text.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
        case 1 -> text.append(WORDS[random.nextInt(WORDS.length)]);
        default -> text.append(' ');
      }
    }
    return text.toString();
  }

  private String diacritics(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append((char) (0x064B + random.nextInt(8)));
      if (random.nextInt(5) == 0) {
        text.append(random.nextBoolean() ? ' ' : '\u0670');
      }
    }
    return text.toString();
  }

  private String fields(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(FIELDS[random.nextInt(FIELDS.length)])
          .append(FIELD_VALUES[random.nextInt(FIELD_VALUES.length)])
          .append(' ');
    }
    return text.toString();
  }

  private String mixed(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(6)) {
        case 0 -> text.append(WORDS[random.nextInt(WORDS.length)]);
        case 1 -> text.append(DATES[random.nextInt(DATES.length)]);
        case 2 -> text.append(FIELDS[random.nextInt(FIELDS.length)]).append(FIELD_VALUES[random.nextInt(FIELD_VALUES.length)]);
        case 3 -> text.append(random.nextBoolean() ? "-" : "OR");
        case 4 -> text.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
        default -> text.append(randomCodePoints(1 + random.nextInt(3)));
      }
      text.append(random.nextInt(4) == 0 ? "" : " ");
    }
    return text.toString();
  }

  private String repeat(String[] pool, int count, String separator) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(separator);
      }
      text.append(pool[random.nextInt(pool.length)]);
    }
    return text.toString();
  }
}
