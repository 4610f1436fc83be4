package org.fahras.eval;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The ways Arabic news writes a month and year, used to phrase known-item queries. The month-name lists are the
 * Levantine (Syriac), Egyptian (Gulf and Egypt, from the French/English names) and Maghrebi (from French) calendars.
 */
public enum MonthFamily {
  /** Levantine month names and Western digits: {@code أيلول 2018}. */
  LEVANTINE(List.of("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
      "تشرين الثاني", "كانون الأول")),
  /** Egyptian month names and Western digits: {@code سبتمبر 2018}. */
  EGYPTIAN(List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
      "نوفمبر", "ديسمبر")),
  /** Maghrebi month names and Western digits: {@code جوان 2018}. */
  MAGHREBI(List.of("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
      "ديسمبر")),
  /** Month number and year in Western digits: {@code 9/2018}. */
  NUMERIC(List.of()),
  /** Two-digit month and year in Arabic-Indic digits: {@code ٠٩/٢٠١٨}. */
  ARABIC_INDIC(List.of());

  private final List<String> monthNames;

  MonthFamily(List<String> monthNames) {
    this.monthNames = monthNames;
  }

  /** Writes {@code month} the way this family does. */
  public String format(YearMonth month) {
    return switch (this) {
      case NUMERIC -> month.getMonthValue() + "/" + month.getYear();
      case ARABIC_INDIC ->
          toArabicIndic(String.format(Locale.ROOT, "%02d/%d", month.getMonthValue(), month.getYear()));
      default -> monthNames.get(month.getMonthValue() - 1) + " " + month.getYear();
    };
  }

  private static String toArabicIndic(String westernDigits) {
    StringBuilder out = new StringBuilder(westernDigits.length());
    for (int i = 0; i < westernDigits.length(); i++) {
      char c = westernDigits.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
    }
    return out.toString();
  }
}
