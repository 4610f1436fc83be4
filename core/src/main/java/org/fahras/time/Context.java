package org.fahras.time;

import java.time.LocalDate;

/**
 * What every rule reads besides its own tokens: the text's tokens, the reference date, and what the text said just
 * before (the last absolute year it named, where the last mention ended). Only {@link MentionParser} changes the
 * latter, after each mention; rules only read it.
 */
final class Context {
  final Tokens tk;
  /** The date relative expressions are resolved against; null when there is none (a header line). */
  final LocalDate ref;

  private int lastYear;
  private int lastEnd = -1;
  private Granularity lastGranularity;

  Context(Tokens tk, LocalDate ref) {
    this.tk = tk;
    this.ref = ref;
  }

  /** True when token {@code t} exists and no line break separates it from the previous one. */
  boolean on(int t) {
    return tk.continuesLine(t);
  }

  /** True when relative expressions can be resolved. */
  boolean hasReference() {
    return ref != null;
  }

  /** The year of the last absolute mention, or 0: "العام التالي" counts from it. */
  int lastYear() {
    return lastYear;
  }

  /** The token just after the last mention, or -1. */
  int lastEnd() {
    return lastEnd;
  }

  /** The granularity of the last mention, or null. */
  Granularity lastGranularity() {
    return lastGranularity;
  }

  /** Records a mention that ends before token {@code end}. */
  void mentioned(Reading reading, int end) {
    if (!reading.relative() && reading.granularity() != Granularity.SPAN) {
      lastYear = reading.from().getYear();
    }
    lastEnd = end;
    lastGranularity = reading.granularity();
  }
}
