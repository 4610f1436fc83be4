package org.fahras.document;

/**
 * Folds a line of text for tolerant matching of page furniture ("إقرأ أيضاً:" and "اقرا ايضا" are the same marker).
 * Only used to compare lines with known phrases; the text that is kept is never folded.
 *
 * <ul>
 *   <li>harakat, tanween, shadda, sukun, dagger alif and tatweel are removed;
 *   <li>alif with hamza or madda (أ إ آ ٱ) becomes bare alif (ا); hamza on waw (ؤ) becomes و, on ya (ئ) becomes ي;
 *   <li>ta marbuta (ة) becomes ha (ه); alif maqsura (ى) and Persian ya (ی) become ya (ي); keheh (ک) becomes kaf (ك);
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
    return (c >= '\u064B' && c <= '\u065F') // harakat, tanween, shadda, sukun, hamza marks
        || c == '\u0670' // dagger alif
        || c == '\u0640' // tatweel
        || (c >= '\u200C' && c <= '\u200F') // zero-width joiners and direction marks
        || c == '\u061C'; // Arabic letter mark
  }

  private static char letter(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ؤ' -> 'و';
      case 'ئ', 'ى', 'ی' -> 'ي';
      case 'ة' -> 'ه';
      case 'ک' -> 'ك';
      default -> c < 128 ? Character.toLowerCase(c) : c;
    };
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
