package org.fahras.time;

import org.fahras.time.Word.Form;
import org.fahras.time.Word.HijriHead;
import org.fahras.time.Word.HijriMonthName;
import org.fahras.time.Word.Last;
import org.fahras.time.Word.MonthHead;
import org.fahras.time.Word.MonthName;
import org.fahras.time.Word.MonthTail;
import org.fahras.time.Word.Ordinal;
import org.fahras.time.Word.UnitWord;

/**
 * Month names: Gregorian ones of every family, alone or paired ("يونيو/حزيران", "أيلول (سبتمبر)"), a month number
 * after شهر ("شهر 9"), and Hijri ones ("ربيع الأول", "ذو الحجة").
 */
final class MonthPhrases {
  private MonthPhrases() {}

  /**
   * A month name read at a token.
   *
   * @param end the token after it
   * @param month 1–12
   * @param weak true when the name alone is also a common word and needs context
   * @param paired true when two names of the same month were written together
   * @param latin true for an English name
   */
  record MonthRef(int end, int month, boolean weak, boolean paired, boolean latin) {}

  /** True for شهر, the word that may stand before a month's name. */
  static boolean isMonthWord(Tokens tk, int t) {
    return tk.word(t) instanceof UnitWord u && u.unit() == CalendarUnit.MONTH && u.form() == Form.SINGULAR;
  }

  /** Where the month's name starts after an optional شهر, or -1 when شهر is followed by nothing on its line. */
  static int afterMonthWord(Context c, int t) {
    if (isMonthWord(c.tk, t)) {
      return c.on(t + 1) ? t + 1 : -1;
    }
    return t;
  }

  /** A Gregorian month name, optionally paired with another name of the same month; null when there is none. */
  static MonthRef gregorian(Context c, int t) {
    Tokens tk = c.tk;
    MonthRef first = name(tk, t);
    if (first == null) {
      return null;
    }
    int p = first.end();
    if (c.on(p) && (tk.isPunct(p, '/') || tk.isPunct(p, '(') || tk.isPunct(p, '-') || tk.isPunct(p, '\\'))) {
      MonthRef second = name(tk, p + 1);
      if (second != null && second.month() == first.month() && c.on(p + 1)) {
        int end = second.end();
        if (tk.isPunct(p, '(') && tk.isPunct(end, ')')) {
          end++;
        }
        return new MonthRef(end, first.month(), false, true, first.latin());
      }
    } else if (c.on(p) && !tk.hasClitic(p)) {
      MonthRef second = name(tk, p);
      if (second != null && second.month() == first.month()) {
        return new MonthRef(second.end(), first.month(), false, true, first.latin());
      }
    }
    return first;
  }

  /**
   * "شهر 9", "شهر عشرة": a month by its number after شهر, in digits (1–12) or words (3–12: "شهر واحد" and "شهر اثنين"
   * count rather than name); null when there is none.
   */
  static MonthRef numbered(Context c, int t) {
    Tokens tk = c.tk;
    if (!isMonthWord(tk, t) || !c.on(t + 1)) {
      return null;
    }
    if (tk.isNumber(t + 1)) {
      if (tk.length(t + 1) > 2 || tk.continuesNumber(t + 2)) {
        return null;
      }
      int month = tk.number(t + 1);
      return month >= 1 && month <= 12 ? new MonthRef(t + 2, month, false, false, false) : null;
    }
    Numbers.Count words = Numbers.cardinal(tk, t + 1);
    return words != null && words.value() >= 3 && words.value() <= 12
        ? new MonthRef(words.end(), words.value(), false, false, false) : null;
  }

  /** One month name: كانون الثاني، سبتمبر، September; null when there is none. */
  static MonthRef name(Tokens tk, int t) {
    if (tk.word(t) instanceof MonthName m) {
      return new MonthRef(t + 1, m.month(), m.weak(), false, m.latin());
    }
    if (tk.word(t) instanceof MonthHead head && tk.continuesLine(t + 1)
        && tk.word(t + 1) instanceof Ordinal o && !tk.hasClitic(t + 1) && (o.value() == 1 || o.value() == 2)) {
      // "كانون الثاني", and "تشرين أول" as Levantine papers also write it.
      boolean kanun = head == MonthHead.KANUN;
      int month = kanun ? (o.value() == 2 ? 1 : 12) : (o.value() == 1 ? 10 : 11);
      return new MonthRef(t + 2, month, false, false, false);
    }
    return null;
  }

  /** A Hijri month name: رمضان، ربيع الأول، جمادى الآخرة، ذو الحجة; null when there is none. */
  static MonthRef hijri(Tokens tk, int t) {
    if (tk.word(t) instanceof HijriMonthName m) {
      return new MonthRef(t + 1, m.month(), false, false, false);
    }
    if (!(tk.word(t) instanceof HijriHead head) || !tk.continuesLine(t + 1)) {
      return null;
    }
    Word second = tk.word(t + 1);
    boolean first = second instanceof Ordinal o && o.definite() && o.value() == 1;
    boolean later = second instanceof Ordinal o && o.definite() && o.value() == 2
        || second == MonthTail.LATER || second instanceof Last l && l.definite();
    int month = switch (head) {
      case RABI -> first ? 3 : later ? 4 : 0;
      case JUMADA -> first ? 5 : later ? 6 : 0;
      case DHU -> second == MonthTail.QADA ? 11 : second == MonthTail.HIJJA ? 12 : 0;
    };
    return month == 0 ? null : new MonthRef(t + 2, month, false, false, false);
  }
}
