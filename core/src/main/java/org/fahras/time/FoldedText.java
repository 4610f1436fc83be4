package org.fahras.time;

/**
 * A text folded for matching, with a map back to the original offsets.
 *
 * <p>Folding, one character at a time:
 *
 * <ul>
 *   <li>أ إ آ ٱ → ا; ة → ه; ى and Persian ی → ي; Persian ک → ك
 *   <li>Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII digits
 *   <li>Latin letters → lower case (by ASCII/Unicode rules, never the default locale)
 *   <li>harakat, tanween, dagger alef, tatweel and bidi/zero-width marks are dropped; they stay
 *       attached to the preceding folded character, so a span never separates a mark from its base
 *   <li>no-break and other Unicode spaces → ' '
 * </ul>
 */
final class FoldedText {
  private final char[] chars;
  private final int[] originalStart;
  private final int[] originalEnd;
  private final int length;

  private FoldedText(char[] chars, int[] originalStart, int[] originalEnd, int length) {
    this.chars = chars;
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
    this.length = length;
  }

  /** Folds {@code text}; one pass, three arrays of the text's length. */
  static FoldedText of(CharSequence text) {
    int n = text.length();
    char[] chars = new char[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char folded = fold(text.charAt(i));
      if (folded == 0) {
        if (len > 0) {
          ends[len - 1] = i + 1;
        }
        continue;
      }
      chars[len] = folded;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
    }
    return new FoldedText(chars, starts, ends, len);
  }

  /** The folded form of {@code c}, or 0 when it is a mark to drop. */
  static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640) {
      return 0;
    }
    if (c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c == 0xFEFF) {
      return 0;
    }
    if (c >= 0x0660 && c <= 0x0669) {
      return (char) ('0' + c - 0x0660);
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
      return (char) ('0' + c - 0x06F0);
    }
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ة' -> 'ه';
      case 'ى', 'ی' -> 'ي';
      case 'ک' -> 'ك';
      case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F' -> ' ';
      case '\u060C' -> ',';
      default -> Character.isUpperCase(c) ? Character.toLowerCase(c) : c;
    };
  }

  char charAt(int i) {
    return chars[i];
  }

  char[] chars() {
    return chars;
  }

  int length() {
    return length;
  }

  /** Original offset of folded character {@code i}. */
  int originalStart(int i) {
    return originalStart[i];
  }

  /** Original offset just after folded character {@code i} and the marks that follow it. */
  int originalEnd(int i) {
    return originalEnd[i];
  }
}
