package org.fahras.cli;

import java.io.Console;
import java.util.Map;

/**
 * How standard output is shown: on a terminal, or into a pipe or a file.
 *
 * <p>On a terminal, text for people: Arabic lines start with a right-to-left mark (U+200F) so bidi-aware terminals lay
 * them out right to left, ids, dates and numbers are isolated left to right (U+2066 … U+2069) so they keep their order,
 * and matched words are bold. Into a pipe or a file, text for scripts: none of these invisible characters, so an id
 * printed is the id stored ({@code fahras search … | awk} gives ids {@code fahras delete} takes), and no escape codes.
 *
 * @param bidi whether to add direction marks and isolates
 * @param bold whether to mark matched words with the terminal's bold (off under {@code NO_COLOR} or {@code TERM=dumb})
 */
record Terminal(boolean bidi, boolean bold) {
  /** Plain text: a pipe or a file. */
  static final Terminal NONE = new Terminal(false, false);
  /** A terminal that shows bold. */
  static final Terminal ANSI = new Terminal(true, true);

  private static final String RLM = "\u200F";
  private static final String LRI = "\u2066";
  private static final String PDI = "\u2069";
  private static final String BOLD = "\u001B[1m";
  private static final String NORMAL = "\u001B[22m";

  /**
   * The terminal the process writes to. Java tells whether standard input and output are both a terminal, not
   * standard output alone: {@link System#console()} is null when either is redirected on JDK 21, and on JDK 22 and
   * later {@code Console.isTerminal()} says so. Text is therefore plain whenever output goes into a pipe or a file
   * (what matters for scripts), and also when only input is redirected, where plain text costs nothing.
   */
  static Terminal detect(Map<String, String> environment) {
    if (!isTerminal(System.console())) {
      return NONE;
    }
    String noColor = environment.get("NO_COLOR");
    boolean bold = (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    return new Terminal(true, bold);
  }

  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      // Console.isTerminal() exists from JDK 22 on; the CLI is compiled for 21.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only when both streams are a terminal
    }
  }

  /** A line of Arabic text, marked right to left on a terminal. */
  String rtl(String line) {
    return bidi ? RLM + line : line;
  }

  /** Left-to-right text (an id, a date, a number) inside Arabic text, isolated on a terminal. */
  String ltr(String text) {
    return bidi ? LRI + text + PDI : text;
  }

  /** A matched word: bold on a terminal that shows it, as it is elsewhere. */
  String highlight(String text) {
    return bold ? BOLD + text + NORMAL : text;
  }
}
