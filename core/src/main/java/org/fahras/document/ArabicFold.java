package org.fahras.document;

import org.fahras.analysis.ArabicNormalizer;

/**
 * Folds a line of text for tolerant matching of page furniture ("إقرأ أيضاً:" and "اقرا ايضا" are the same marker).
 * Only used to compare lines with known phrases; the text that is kept is never folded.
 *
 * <ul>
 *   <li>each character as the analyzer folds it ({@link ArabicNormalizer#fold(char)}): harakat, tatweel and invisible
 *       marks removed; أ إ آ ٱ → ا, ؤ → و, ئ → ي, ة → ه, ى ی → ي, ک → ك, Eastern digits → ASCII;
 *   <li>Latin capitals become small (per character, independent of any locale);
 *   <li>every run of white space (including no-break and zero-width spaces) becomes one space, trimmed at both ends;
 *   <li>punctuation around the line ({@code : . … - | • *} and the like) is removed; inside it, it is kept.
 * </ul>
 */
final class ArabicFold {

  private ArabicFold() {}

  /** Folds {@code line} as described in the class comment. */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean pendingSpace = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (isIgnorable(c)) {
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(letter(c));
    }
    return trimPunctuation(out);
  }

  /** Whether {@code c} separates words: white space, no-break spaces and the zero-width space. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** Removes {@link #isSpace} characters at both ends of {@code line} (unlike {@code String.strip}, NBSP included). */
  static String strip(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && isSpace(line.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(line.charAt(to - 1))) {
      to--;
    }
    return line.substring(from, to);
  }

  private static boolean isIgnorable(char c) {
    return c >= 128 && ArabicNormalizer.fold(c) == ArabicNormalizer.DELETED;
  }

  private static char letter(char c) {
    return c < 128 ? Character.toLowerCase(c) : ArabicNormalizer.fold(c);
  }

  private static String trimPunctuation(StringBuilder s) {
    int from = 0;
    int to = s.length();
    while (from < to && isEdgePunctuation(s.charAt(from))) {
      from++;
    }
    while (to > from && isEdgePunctuation(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isEdgePunctuation(char c) {
    return c == ' ' || c == ':' || c == '.' || c == '…' || c == '-' || c == '–' || c == '—' || c == '|' || c == '•'
        || c == '·' || c == '*' || c == '،' || c == '؛' || c == '!' || c == '>' || c == '»' || c == '«';
  }
}
