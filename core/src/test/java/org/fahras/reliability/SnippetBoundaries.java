package org.fahras.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a highlighted snippet never cuts a word: every {@code <b>} opens and every {@code </b>} closes on a word
 * boundary, so no letter, digit or combining mark (an Arabic diacritic) sits on the outer side of a tag, and no mark
 * starts a highlight (it would be cut from its base letter).
 */
final class SnippetBoundaries {
  private static final String OPEN = "<b>";
  private static final String CLOSE = "</b>";

  private SnippetBoundaries() {}

  /** What is wrong with the snippet's tags; empty when every highlight is a whole word. */
  static List<String> problems(String snippet) {
    List<String> problems = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = snippet.indexOf(OPEN, at);
      if (open < 0) {
        return problems;
      }
      int close = snippet.indexOf(CLOSE, open);
      if (close < 0) {
        problems.add("unclosed <b> at " + open);
        return problems;
      }
      int start = open + OPEN.length();
      int after = close + CLOSE.length();
      if (start == close) {
        problems.add("empty highlight at " + open);
      }
      if (open > 0 && isWordPart(snippet.codePointBefore(open))) {
        problems.add("<b> opens inside a word at " + open + ": " + around(snippet, open));
      }
      if (start < close && isMark(snippet.codePointAt(start))) {
        problems.add("<b> opens on a combining mark at " + open + ": " + around(snippet, open));
      }
      if (after < snippet.length() && isWordPart(snippet.codePointAt(after))) {
        problems.add("</b> closes inside a word at " + close + ": " + around(snippet, close));
      }
      at = after;
    }
  }

  private static boolean isWordPart(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String around(String snippet, int at) {
    return snippet.substring(Math.max(0, at - 15), Math.min(snippet.length(), at + 20));
  }
}
