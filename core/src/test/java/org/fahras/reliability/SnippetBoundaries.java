package org.fahras.reliability;

import java.util.ArrayList;
import java.util.List;
import org.fahras.search.Snippet;

/**
 * Checks that a snippet's highlights never cut a word: every span starts and ends on a word boundary, so no letter,
 * digit or combining mark (an Arabic diacritic) sits just outside a span, and no span starts on a mark (it would be
 * cut from its base letter).
 */
final class SnippetBoundaries {
  private SnippetBoundaries() {}

  /** What is wrong with the snippet's highlights; empty when every highlight is a whole word. */
  static List<String> problems(Snippet snippet) {
    List<String> problems = new ArrayList<>();
    String text = snippet.text();
    for (Snippet.Span span : snippet.highlights()) {
      int start = span.start();
      int end = span.end();
      if (start > 0 && isWordPart(text.codePointBefore(start))) {
        problems.add("a highlight starts inside a word at " + start + ": " + around(text, start));
      }
      if (isMark(text.codePointAt(start))) {
        problems.add("a highlight starts on a combining mark at " + start + ": " + around(text, start));
      }
      if (end < text.length() && isWordPart(text.codePointAt(end))) {
        problems.add("a highlight ends inside a word at " + end + ": " + around(text, end));
      }
    }
    return problems;
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

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 15), Math.min(text.length(), at + 20));
  }
}
