package org.fahras.benchmarks;

import java.util.Locale;

/** One-line progress messages on standard error, so a long run shows where it is. */
final class Progress {
  private Progress() {}

  /** Prints {@code format} (with {@link Locale#ROOT}) on its own line. */
  static void say(String format, Object... args) {
    System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
  }
}
