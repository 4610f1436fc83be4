package org.fahras.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The as-of date of a command: the one given, or today in UTC. The CLI is the only place that reads the clock. */
public final class AsOf {
  private AsOf() {}

  public static LocalDate parse(String value, String option, Clock clock) {
    if (value == null) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " takes a date as YYYY-MM-DD, not '" + value + "'");
    }
  }
}
