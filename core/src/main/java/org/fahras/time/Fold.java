package org.fahras.time;

import org.fahras.analysis.ArabicNormalizer;

/**
 * How the tagger compares text: one character at a time, through a table, so words are matched without building a
 * folded copy of the text.
 *
 * <ul>
 *   <li>Arabic letters, digits and marks as the analyzer folds them ({@link ArabicNormalizer#fold(char)}: أ إ آ ٱ → ا,
 *       ؤ → و, ئ → ي, ة → ه, ى and Persian ی → ي, Persian ک → ك, both Eastern digit sets → ASCII), one character for
 *       one, so spans point into the original text; the tagger's word lists are written in this folded form
 *   <li>Latin letters → lower case (by ASCII/Unicode rules, never the default locale)
 *   <li>what normalization deletes (harakat, tanween, dagger alef, tatweel inside a word, bidi and zero-width marks),
 *       and the zero-width space, are {@link #MARK}s: skipped, and kept with the letter before them, so a span never
 *       separates a mark from its base
 *   <li>no-break and other Unicode spaces → ' '; the Arabic comma → ','; hyphens, en dash and minus → '-'
 * </ul>
 *
 * <p>A tatweel that does not follow a letter (" ــ ") is drawn as a dash; {@link Tokens} reads it as one.
 */
final class Fold {
  /** What {@link #fold} returns for a character that is skipped. */
  static final char MARK = 0;

  /** Classes of characters, as the tokenizer needs them. */
  static final byte SKIP = 0;
  static final byte SPACE = 1;
  static final byte NEWLINE = 2;
  static final byte DIGIT = 3;
  static final byte LETTER = 4;
  static final byte OTHER = 5;

  /**
   * Class and folded form of U+0000–U+07FF (ASCII, Latin-1, Arabic) in one int each, {@code class << 16 | folded}, so
   * the tokenizer reads both with one load; the rest goes through {@link #slow}.
   */
  private static final int[] TABLE = new int[0x0800];

  static {
    for (char c = 0; c < TABLE.length; c++) {
      TABLE[c] = slowClass(c) << 16 | slow(c);
    }
  }

  private Fold() {}

  /** The folded form of {@code c}, or {@link #MARK} when it is a mark to skip. */
  static char fold(char c) {
    return c < TABLE.length ? (char) TABLE[c] : slow(c);
  }

  /** {@code classOf(c) << 16 | fold(c)}: both at once. */
  static int code(char c) {
    return c < TABLE.length ? TABLE[c] : slowClass(c) << 16 | slow(c);
  }

  /**
   * The class of {@code c}: {@link #SKIP} for a mark, {@link #NEWLINE} for a line break, {@link #SPACE} for other
   * white space, {@link #DIGIT} for a digit of any of the three sets, {@link #LETTER}, or {@link #OTHER}.
   */
  static byte classOf(char c) {
    return c < TABLE.length ? (byte) (TABLE[c] >>> 16) : slowClass(c);
  }

  private static byte slowClass(char c) {
    char f = slow(c);
    if (f == MARK) {
      return SKIP;
    }
    if (c == '\n' || c == '\r') {
      return NEWLINE;
    }
    if (Character.isWhitespace(f) || Character.isSpaceChar(f)) {
      return SPACE;
    }
    if (f >= '0' && f <= '9') {
      return DIGIT;
    }
    return Character.isLetter(f) ? LETTER : OTHER;
  }

  /** True when {@code c} is a tatweel (kashida): a mark inside a word, a dash elsewhere. */
  static boolean isTatweel(char c) {
    return c == 'ـ';
  }

  private static char slow(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    char f = switch (c) {
      case '\u200B' -> MARK; // zero-width space: the analyzer's tokenizer splits there; inside a phrase, nothing
      case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F' -> ' ';
      case '\u060C' -> ',';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> '-';
      default -> ArabicNormalizer.fold(c);
    };
    if (f == ArabicNormalizer.DELETED) {
      return MARK;
    }
    return Character.isUpperCase(f) ? Character.toLowerCase(f) : f;
  }

  /** {@code text} folded, marks dropped: for comparing a line with a list of labels. */
  static String string(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c != MARK) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
