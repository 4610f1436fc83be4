package org.fahras.cli;

/** Counts in words: "1 article", "2 articles", "0 articles". */
final class Plural {
  private Plural() {}

  /** {@code count} and the noun, singular for exactly one. */
  static String of(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** {@code count} and the noun with an s for any other count than one. */
  static String of(long count, String one) {
    return of(count, one, one + "s");
  }
}
