package org.fahras.time;

/**
 * A rule's result: the token just after the expression it read, and what it read. Rules return null for no match.
 *
 * @param end the index of the first token after the expression
 * @param reading the interval read; null only for a {@link #rejected} match
 */
record Match(int end, Reading reading) {

  /** A match, or null when {@code reading} is (the calendar had no such date). */
  static Match of(int end, Reading reading) {
    return reading == null ? null : new Match(end, reading);
  }

  /**
   * An expression that looked like a date the calendar does not have ("30 فبراير 2024"): no mention, and none of its
   * parts may be read either, up to {@code end}.
   */
  static Match rejected(int end) {
    return new Match(end, null);
  }

  /** True for a {@link #rejected} match. */
  boolean rejected() {
    return reading == null;
  }

  /** Another reading over the same tokens, or null when it is null. */
  Match with(Reading other) {
    return of(end, other);
  }
}
