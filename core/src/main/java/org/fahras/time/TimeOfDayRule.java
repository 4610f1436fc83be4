package org.fahras.time;

import java.time.LocalTime;
import org.fahras.time.Word.Era;
import org.fahras.time.Word.TimeWord;

/**
 * A time of day written after a date, with ص/م, صباحا/مساء, am/pm and a zone (بتوقيت غرينتش,
 * GMT). It adds the time to the {@link Reading} and widens the span; the date stays the value.
 */
final class TimeOfDayRule {
  private TimeOfDayRule() {}

  /**
   * An optional time after a day: "، 18:04", "@01:10:57 GMT", "الساعة 11:13 بتوقيت غرينتش",
   * ": 12:22 ص". Returns the day with its time and the longer span, or {@code day} when there is none.
   */
  static Match parse(Tokens tk, Match day) {
    int e = day.end();
    int k = e;
    if (tk.isPunct(k, ',') || tk.isPunct(k, '@') || tk.isPunct(k, '-') || tk.isPunct(k, ':')
        || tk.isWord(k, "t") && tk.glued(k)) {
      k++;
    }
    if (tk.is(k, TimeWord.HOUR) && tk.continuesLine(k)) {
      k++;
    }
    if (!tk.continuesLine(k) || !tk.isNumber(k) || tk.length(k) > 2 || !tk.isPunct(k + 1, ':')
        || !tk.isNumber(k + 2) || tk.length(k + 2) != 2 || !tk.glued(k + 2)) {
      return day;
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
      return day;
    }
    // After a time, a lone م is مساءً (p.m.), not the Gregorian era.
    boolean eveningLetter = tk.is(k, Era.GREGORIAN) && tk.length(k) == 1;
    boolean half = tk.is(k, TimeWord.MORNING) || tk.is(k, TimeWord.EVENING);
    if (tk.continuesLine(k) && (half || eveningLetter)) {
      boolean evening = eveningLetter || tk.is(k, TimeWord.EVENING);
      if (evening && hour < 12) {
        hour += 12;
      } else if (!evening && hour == 12) {
        hour = 0;
      }
      k++;
    }
    while (tk.continuesLine(k) && tk.is(k, TimeWord.ZONE)) {
      k++;
    }
    if (tk.isWord(k, "z") && tk.glued(k)) {
      k++;
    }
    return new Match(k, day.reading().at(LocalTime.of(hour, minute, second)));
  }
}
