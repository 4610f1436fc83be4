package org.fahras.document;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes the metadata lines a scraped page puts above an article: timestamps, "published on" lines, breadcrumbs,
 * dispatch lines naming the outlet, bylines and outlet labels. They are furniture only in the header: the same shapes
 * inside the article (a paragraph starting with "بغداد/") are text, so {@link ScrapedPage} only asks about header
 * lines. Patterns are general (seen across outlets), not tied to one site. Dates are not parsed here: the temporal
 * tagger reads them from the raw text.
 */
final class HeaderLines {

  private static final Pattern NUMBER = Pattern.compile("[0-9٠-٩]+(st|nd|rd|th)?");
  private static final Pattern DATE_PUNCTUATION = Pattern.compile("[-/:.,@+()،؛]+");
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[>»›]\\s+");
  private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9٠-٩].*");

  /** Words a timestamp line may hold beside its numbers: weekdays, month names of every family, time zones. */
  private static final Set<String> DATE_WORDS =
      Set.of(
          "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "يناير", "فبراير", "مارس", "ابريل",
          "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "الثاني", "الاول",
          "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "جانفي", "فيفري", "افريل", "ماي",
          "جوان", "جويليه", "اوت", "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "gmt", "utc", "am", "pm", "ص", "م", "صباحا", "مساء", "الساعه", "بتوقيت",
          "غرينتش", "غرينيتش", "مكه", "المكرمه");

  /** Labels of "published/updated on" lines. */
  private static final String[] PUBLICATION_LABELS = {
    "تاريخ النشر", "تم النشر", "نشر في", "نشر بتاريخ", "تاريخ التحديث", "تم التحديث", "اخر تحديث", "اخر تعديل",
    "نشر", "التاريخ", "published", "updated", "last updated"
  };

  /** The other side of a dispatch line such as "الغد برس/ متابعة" or "خاص/ المدى". */
  private static final Set<String> DISPATCH_WORDS = Set.of("متابعه", "خاص", "وكالات", "تقرير", "ترجمه", "رصد");

  /** Labels of bylines ("بقلم: فلان", "كتب: فلان"). */
  private static final String[] BYLINE_LABELS = {"بقلم", "كتب", "كتبت", "اعداد", "تحرير"};

  private static final String SOURCE_LABEL = "المصدر";
  private static final int MAX_TIMESTAMP_WORDS = 14;
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_BYLINE_WORDS = 6;

  private HeaderLines() {}

  /**
   * A timestamp alone on its line: numbers with date punctuation and at most weekday, month and time-zone words
   * ("6-09-2024, 18:04", "2025-03-29@01:10:57 GMT", "الأحد 5 مايو 2024").
   */
  static boolean isTimestamp(String folded) {
    int numbers = 0;
    int words = 0;
    for (String token : DATE_PUNCTUATION.matcher(folded).replaceAll(" ").split(" ")) {
      if (token.isEmpty()) {
        continue;
      }
      if (NUMBER.matcher(token).matches()) {
        numbers++;
      } else if (DATE_WORDS.contains(token)) {
        words++;
      } else {
        return false;
      }
    }
    return numbers >= 2 || (numbers == 1 && words >= 1);
  }

  /**
   * A "published on" or "updated on" line with a number in it ("تاريخ النشر: 24th, September 2024 GMT",
   * "تم النشر: 2021/06/05 الساعة 11:13", "نشر في: 1 أغسطس, 2024"). A one-word label needs its colon, so that a
   * sentence starting with "نشر" is not taken for one.
   */
  static boolean isPublicationLine(String folded) {
    if (wordCount(folded) > MAX_TIMESTAMP_WORDS || !HAS_DIGIT.matcher(folded).matches()) {
      return false;
    }
    for (String label : PUBLICATION_LABELS) {
      if (folded.startsWith(label)) {
        String rest = folded.substring(label.length());
        if (rest.startsWith(":") || rest.startsWith(" :") || (label.indexOf(' ') > 0 && rest.startsWith(" "))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The segments of a breadcrumb line ("جريدة المدى > سياسية > العنوان"), or null when the line is not one: segments
   * separated by '>', '»' or '›' with spaces around (a guillemet inside a sentence quotes, it does not separate), every
   * segment but the last (often the headline) a short name. The first segment is the site's name.
   */
  static String[] breadcrumb(String line) {
    String[] segments = BREADCRUMB_SEPARATOR.split(line);
    if (segments.length < 2) {
      return null;
    }
    for (int i = 0; i < segments.length - 1; i++) {
      if (!isOutletName(ArabicFold.strip(segments[i]))) {
        return null;
      }
    }
    return segments;
  }

  /**
   * The outlet a dispatch line names ("الغد برس/ متابعة" gives "الغد برس", "خاص/ المدى" gives "المدى", "بغداد اليوم -
   * متابعة" gives "بغداد اليوم"), or null when the line is not one: a short line split by '/' or a dash, one side a
   * dispatch word (متابعة، خاص، وكالات، تقرير، ترجمة، رصد).
   */
  static String dispatchSource(String line) {
    if (line.split("\\s+").length > MAX_BYLINE_WORDS) {
      return null;
    }
    int slash = line.indexOf('/');
    int dash = indexOfDash(line);
    int at = slash >= 0 && (dash < 0 || slash < dash) ? slash : dash;
    if (at < 0) {
      return null;
    }
    String left = ArabicFold.strip(line.substring(0, at));
    String right = ArabicFold.strip(line.substring(at + 1));
    if (left.isEmpty() || right.isEmpty()) {
      return null;
    }
    if (DISPATCH_WORDS.contains(ArabicFold.fold(right))) {
      return left;
    }
    if (DISPATCH_WORDS.contains(ArabicFold.fold(left))) {
      return right;
    }
    return null;
  }

  private static int indexOfDash(String line) {
    for (int i = 1; i < line.length() - 1; i++) {
      char c = line.charAt(i);
      if ((c == '-' || c == '–' || c == '—') && ArabicFold.isSpace(line.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  /** A byline: "بقلم فلان", "كتب: فلان" and similar, at most six words. */
  static boolean isByline(String folded) {
    if (wordCount(folded) > MAX_BYLINE_WORDS) {
      return false;
    }
    for (String label : BYLINE_LABELS) {
      if (folded.startsWith(label + ":")
          || folded.startsWith(label + " :")
          || (label.equals("بقلم") && folded.startsWith(label + " "))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The outlet an "outlet:" line names ("الحرة:" gives "الحرة"), or null: a short name without digits, ending with a
   * colon and nothing after it, as aggregators print above the article they copied.
   */
  static String colonOutlet(String line) {
    if (!line.endsWith(":")) {
      return null;
    }
    String name = ArabicFold.strip(line.substring(0, line.length() - 1));
    return isOutletName(name) ? name : null;
  }

  /**
   * Whether {@code line} can be an outlet's name: at most four words, no digits, no sentence punctuation. Only a hint:
   * {@link ScrapedPage} takes it as the outlet when it stands beside a timestamp ("عربي بوست" over "تم النشر: …").
   */
  static boolean isOutletName(String line) {
    if (line.isEmpty() || line.split("\\s+").length > MAX_NAME_WORDS || HAS_DIGIT.matcher(line).matches()) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (".،؛:؟?!\"«»()".indexOf(line.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The outlet an "المصدر: …" line names ("المصدر: الحرة" gives "الحرة"), or null when the line is not a short source
   * label.
   */
  static String sourceLabel(String line, String folded) {
    if (!folded.startsWith(SOURCE_LABEL)) {
      return null;
    }
    int colon = line.indexOf(':');
    if (colon < 0 || !ArabicFold.fold(line.substring(0, colon)).equals(SOURCE_LABEL)) {
      return null;
    }
    String name = ArabicFold.strip(line.substring(colon + 1));
    return !name.isEmpty() && name.split("\\s+").length <= MAX_NAME_WORDS ? name : null;
  }

  /** Words in a folded line. */
  static int wordCount(String folded) {
    if (folded.isEmpty()) {
      return 0;
    }
    int words = 1;
    for (int i = 0; i < folded.length(); i++) {
      if (folded.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }
}
