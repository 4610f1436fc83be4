package org.fahras.time;

import static org.fahras.time.Lexicon.DAY_HALF;
import static org.fahras.time.Lexicon.ERA;
import static org.fahras.time.Lexicon.HOUR_WORD;
import static org.fahras.time.Lexicon.ZONE;

import java.time.LocalTime;

/**
 * A time of day written after a date, with ص/م, صباحا/مساء, am/pm and a zone (بتوقيت غرينتش,
 * GMT). It sets {@link MentionValue#time} and widens the span; the date stays the value.
 */
final class TimeOfDayRule {
  private TimeOfDayRule() {}

  /**
   * An optional time after a day: "، 18:04", "@01:10:57 GMT", "الساعة 11:13 بتوقيت غرينتش",
   * ": 12:22 ص". Returns the index after it, or {@code e} when there is none.
   */
  static int parse(Tokens tk, int e, MentionValue v) {
    int k = e;
    if (tk.isPunct(k, ',') || tk.isPunct(k, '@') || tk.isPunct(k, '-') || tk.isPunct(k, ':')
        || tk.isWord(k, "t") && tk.glued(k)) {
      k++;
    }
    if (tk.is(k, HOUR_WORD) && tk.continuesLine(k)) {
      k++;
    }
    if (!tk.continuesLine(k) || !tk.isNumber(k) || tk.length(k) > 2 || !tk.isPunct(k + 1, ':')
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
    // After a time, a lone م is مساءً (p.m.), not the Gregorian era.
    boolean eveningLetter = tk.is(k, ERA) && tk.length(k) == 1 && tk.value(k) == 1;
    if (tk.continuesLine(k) && (tk.is(k, DAY_HALF) || eveningLetter)) {
      boolean evening = eveningLetter || tk.value(k) == 2;
      if (evening && hour < 12) {
        hour += 12;
      } else if (!evening && hour == 12) {
        hour = 0;
      }
      k++;
    }
    while (tk.continuesLine(k) && tk.is(k, ZONE)) {
      k++;
    }
    if (tk.isWord(k, "z") && tk.glued(k)) {
      k++;
    }
    v.time = LocalTime.of(hour, minute, second);
    return k;
  }
}
