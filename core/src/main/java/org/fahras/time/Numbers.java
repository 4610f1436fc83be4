package org.fahras.time;

import org.fahras.time.Word.Cardinal;
import org.fahras.time.Word.Last;
import org.fahras.time.Word.Ordinal;
import org.fahras.time.Word.Tens;

/**
 * Numbers written in words or digits: cardinals that count ("ثلاثة أيام", "خمسة وعشرين عاماً", "٣ أسابيع") and
 * ordinals that name a day or a century ("السابع عشر", "الحادية والعشرين", "الثالث والعشرون").
 */
final class Numbers {
  private Numbers() {}

  /**
   * A number read at a token.
   *
   * @param end the token after it
   * @param value its value
   */
  record Count(int end, int value) {}

  /**
   * A cardinal: a digit run of up to four digits, or number words of either gender: a unit (ثلاثة، خمس), a teen
   * (ثلاثة عشر), a compound (خمسة وعشرين), a ten (عشرين) or a hundred (مئة). Null when there is none.
   */
  static Count cardinal(Tokens tk, int t) {
    if (tk.isNumber(t)) {
      int value = tk.number(t);
      return tk.length(t) <= 4 && value > 0 && !tk.continuesNumber(t + 1) ? new Count(t + 1, value) : null;
    }
    int first = bareCardinal(tk, t);
    if (first < 0 && tk.isWord(t, "احد") && isTen(tk, t + 1)) {
      return new Count(t + 2, 11);
    }
    if (first < 0) {
      return null;
    }
    int k = t + 1;
    if (first < 10 && tk.continuesLine(k)) {
      if (first >= 2 && isTen(tk, k)) {
        return new Count(k + 1, first + 10);
      }
      int j = tk.isLetter(k, 'و') ? k + 1 : k;
      boolean joined = j > k || tk.firstLetter(k) == 'و' && tk.hasClitic(k);
      if (joined && tk.word(j) instanceof Cardinal tens && !tens.definite() && tens.value() >= 20
          && tens.value() < 100 && tk.continuesLine(j)) {
        return new Count(j + 1, first + tens.value());
      }
    }
    return new Count(k, first);
  }

  /** The value of a cardinal word without the article or a clitic, or -1. */
  private static int bareCardinal(Tokens tk, int t) {
    return tk.word(t) instanceof Cardinal c && !c.definite() && !tk.hasClitic(t) ? c.value() : -1;
  }

  /** True for عشر/عشرة, the "-teen" of compounds. */
  static boolean isTen(Tokens tk, int t) {
    return tk.continuesLine(t) && bareCardinal(tk, t) == 10;
  }

  /**
   * A definite ordinal as a day or a century names it: الأول … العاشر, الحادي عشر … التاسع عشر (also الثالثة عشرة),
   * العشرين, الحادي والعشرين … الحادي والثلاثين, either gender. Null when there is none; a clitic on the first word
   * ("والسابع") makes it none.
   */
  static Count ordinal(Tokens tk, int t) {
    if (tk.hasClitic(t)) {
      return null;
    }
    if (tk.word(t) instanceof Tens tens) {
      return new Count(t + 1, tens.value());
    }
    if (!(tk.word(t) instanceof Ordinal o) || !o.definite()) {
      return null;
    }
    int units = o.value();
    int k = t + 1;
    if (units >= 2 && units != 10 && isTen(tk, k)) {
      return new Count(k + 1, (units == 11 ? 1 : units) + 10);
    }
    int j = tk.isLetter(k, 'و') ? k + 1 : k;
    boolean joined = j > k || tk.firstLetter(k) == 'و' && tk.hasClitic(k);
    if (units != 10 && joined && tk.continuesLine(j) && tk.word(j) instanceof Tens tens) {
      return new Count(j + 1, (units == 11 ? 1 : units) + tens.value());
    }
    return units <= 10 ? new Count(k, units) : null;
  }

  /**
   * A rank written after its noun: الأخير/الأخيرة (0, the last) or a definite ordinal ("اليوم الثالث", "الخميس
   * الثاني", "الأسبوع الأول"); null when there is none.
   */
  static Count rank(Tokens tk, int k) {
    if (tk.word(k) instanceof Last l && l.definite()) {
      return new Count(k + 1, 0);
    }
    return ordinal(tk, k);
  }
}
