package org.fahras.cli;

import java.util.Locale;

/** Reads durations written as {@code 30d}, {@code 2w}, {@code 6m} (months of 30 days), {@code 1y} or plain days. */
public final class Durations {
  private Durations() {}

  /** Days in {@code text}; {@code 0} turns a feature off. */
  public static double days(String text, String option) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(option + " needs a duration such as 30d");
    }
    char unit = value.charAt(value.length() - 1);
    double perUnit =
        switch (unit) {
          case 'd' -> 1;
          case 'w' -> 7;
          case 'm' -> 30;
          case 'y' -> 365;
          default -> Character.isDigit(unit) ? 1 : -1;
        };
    String number = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
    try {
      double amount = Double.parseDouble(number);
      if (perUnit < 0 || !(amount >= 0) || Double.isInfinite(amount)) {
        throw new NumberFormatException();
      }
      return amount * perUnit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " takes a duration such as 30d, 2w, 6m or 1y (0 turns it off), not '" + text + "'");
    }
  }
}
