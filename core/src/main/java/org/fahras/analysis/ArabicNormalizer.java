package org.fahras.analysis;

import java.text.Normalizer;

/**
 * Orthographic normalization of Arabic, in place on a {@code char[]}, so that the spellings a writer, a keyboard or a
 * Quranic edition chooses meet in one form. The rules, each applied to every character:
 *
 * <ol>
 *   <li><b>Presentation forms</b> (U+FB50–U+FDFF, U+FE70–U+FEFF), including the lam-alef ligatures, become their
 *       compatibility decomposition (NFKC), which then goes through the rules below; ﻻ becomes لا, so a token can
 *       grow. Ligatures of whole phrases (ﷺ, ﷻ) are left alone: they are symbols, not words.
 *   <li><b>Alef with hamza, madda or wasla</b>: آ أ إ ٱ ٲ ٳ ٵ become ا.
 *   <li><b>Hamza on a seat</b>: ؤ ٶ become و; ئ ٸ become ي.
 *   <li><b>Alef maqsura</b> ى becomes ي.
 *   <li><b>Teh marbuta</b> ة and its Persian/Urdu look-alikes (ۀ ہ ۂ ۃ ە) become ه.
 *   <li><b>Persian/Urdu keyboards</b>: ی ې ے ۓ become ي; ک ڪ become ك.
 *   <li><b>Digits</b>: Arabic-Indic (٠–٩) and Persian (۰–۹) digits become ASCII, so ٢٠٢٤ meets 2024.
 *   <li><b>Tatweel</b> ـ is deleted.
 *   <li><b>Harakat and other combining marks</b> (U+064B–U+065F), superscript alef U+0670, and the Quranic annotation
 *       marks (U+0610–U+061A, U+06D6–U+06ED) are deleted; so are the combining maddah and hamza above/below
 *       (U+0653–U+0655), which is why ا followed by U+0654 ends where أ does.
 *   <li><b>Invisible format characters</b> inside words (ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings and isolates, BOM,
 *       soft hyphen) are deleted.
 * </ol>
 *
 * <p>Every rule maps one character to at most one character, except rule 1, whose results are precomputed. The class
 * is stateless and thread-safe.
 *
 * <p>These rules are Fahras's one Arabic fold: the temporal tagger, the page-furniture matcher of the readers and the
 * near-duplicate signature read text through {@link #fold(char)}. They differ only where they must: they work on one
 * character at a time over the original text (their offsets and spans point into it), so a presentation form that
 * stands for several letters (ﻻ) stays one character there; and each adds what its job needs on top (the tagger
 * lower-cases Latin and reads dashes and spaces, the readers compare whole lines).
 */
public final class ArabicNormalizer {

  /**
   * What {@link #fold(char)} returns for a character normalization deletes. U+FFFF is a noncharacter, so no text needs
   * it kept.
   */
  public static final char DELETED = '\uFFFF';

  /** Marks a character in {@link #FOLD} that is deleted. */
  private static final char DELETE = DELETED;

  private static final char FIRST_PRESENTATION = '\uFB50';
  private static final char LAST_PRESENTATION = '\uFEFF';

  /** What each BMP character becomes under rules 2–10 ({@link #DELETE}: nothing). */
  private static final char[] FOLD = buildFoldTable();

  /** What each presentation form becomes (rule 1), already folded; {@code null} when it stays as it is. */
  private static final char[][] PRESENTATION = buildPresentationTable();

  private ArabicNormalizer() {}

  /**
   * The buffer length {@link #normalize(char[], int)} needs for {@code s[0..len)}: more than {@code len} only when a
   * presentation form expands (ﻻ → لا). Callers grow the buffer to this first (a filter via
   * {@code CharTermAttribute.resizeBuffer}).
   */
  public static int requiredCapacity(char[] s, int len) {
    return len + growth(s, len);
  }

  /**
   * Normalizes {@code s[0..len)} in place and returns the new length.
   *
   * @param s the characters; its length must be at least {@link #requiredCapacity(char[], int)}
   * @param len how many characters of {@code s} to normalize
   * @return the normalized length; the result is in {@code s[0..return)}
   * @throws IllegalArgumentException when {@code s} is too short for the expansion the text needs
   */
  public static int normalize(char[] s, int len) {
    int growth = growth(s, len);
    if (growth > 0) {
      if (s.length < len + growth) {
        throw new IllegalArgumentException(
            "buffer of " + s.length + " chars is too short; normalizing needs " + (len + growth));
      }
      // Move the input right so the write position never overtakes the read position (it trails by the growth
      // still to come).
      System.arraycopy(s, 0, s, growth, len);
    }
    int write = 0;
    for (int read = growth; read < len + growth; read++) {
      char c = s[read];
      if (c >= FIRST_PRESENTATION && c <= LAST_PRESENTATION && PRESENTATION[c - FIRST_PRESENTATION] != null) {
        char[] expansion = PRESENTATION[c - FIRST_PRESENTATION];
        System.arraycopy(expansion, 0, s, write, expansion.length);
        write += expansion.length;
      } else {
        char folded = FOLD[c];
        if (folded != DELETE) {
          s[write++] = folded;
        }
      }
    }
    return write;
  }

  /**
   * What normalization makes of {@code c} on its own: its folded letter or digit, {@link #DELETED} when it is deleted
   * (marks, tatweel, invisible format characters), or {@code c} itself. A presentation form becomes its one letter
   * (ﺑ → ب, ﻷ stays as it is: it stands for two letters, which only {@link #normalize} can write).
   */
  public static char fold(char c) {
    if (c >= FIRST_PRESENTATION && c <= LAST_PRESENTATION) {
      char[] expansion = PRESENTATION[c - FIRST_PRESENTATION];
      if (expansion != null) {
        return expansion.length == 0 ? DELETED : expansion.length == 1 ? expansion[0] : c;
      }
    }
    return FOLD[c];
  }

  /** How many characters the presentation forms in {@code s[0..len)} add when expanded. */
  private static int growth(char[] s, int len) {
    int growth = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (c >= FIRST_PRESENTATION && c <= LAST_PRESENTATION) {
        char[] expansion = PRESENTATION[c - FIRST_PRESENTATION];
        if (expansion != null && expansion.length > 1) {
          growth += expansion.length - 1;
        }
      }
    }
    return growth;
  }

  /** Rules 2–10 for one character: its replacement, or {@link #DELETE}. */
  private static char foldRule(char c) {
    return switch (c) {
      case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673', '\u0675' -> '\u0627'; // alef forms -> ا
      case '\u0624', '\u0676' -> '\u0648'; // hamza on waw -> و
      case '\u0626', '\u0678' -> '\u064A'; // hamza on yeh -> ي
      case '\u0649' -> '\u064A'; // alef maqsura -> ي
      case '\u0629', '\u06C0', '\u06C1', '\u06C2', '\u06C3', '\u06D5' -> '\u0647'; // teh marbuta and look-alikes -> ه
      case '\u06CC', '\u06D0', '\u06D2', '\u06D3' -> '\u064A'; // Persian/Urdu yeh -> ي
      case '\u06A9', '\u06AA' -> '\u0643'; // keheh, swash kaf -> ك
      case '\u0640' -> DELETE; // tatweel
      case '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
          '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD' -> DELETE; // invisible format characters
      default -> {
        if (c >= '\u0660' && c <= '\u0669') {
          yield (char) ('0' + (c - '\u0660')); // Arabic-Indic digits
        } else if (c >= '\u06F0' && c <= '\u06F9') {
          yield (char) ('0' + (c - '\u06F0')); // Persian digits
        } else if ((c >= '\u064B' && c <= '\u065F') // harakat, maddah, hamza above/below, other marks
            || c == '\u0670' // superscript alef
            || (c >= '\u0610' && c <= '\u061A') // Quranic honorifics and small marks
            || (c >= '\u06D6' && c <= '\u06ED')) { // Quranic annotation marks
          yield DELETE;
        }
        yield c;
      }
    };
  }

  private static char[] buildFoldTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = foldRule((char) c);
    }
    return table;
  }

  private static char[][] buildPresentationTable() {
    char[][] table = new char[LAST_PRESENTATION - FIRST_PRESENTATION + 1][];
    for (char c = FIRST_PRESENTATION; c <= LAST_PRESENTATION; c++) {
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      StringBuilder folded = new StringBuilder(decomposed.length());
      for (int i = 0; i < decomposed.length(); i++) {
        char d = decomposed.charAt(i);
        char f = d == ' ' ? DELETE : FOLD[d];
        if (f != DELETE) {
          folded.append(f);
        }
      }
      boolean phrase = decomposed.indexOf(' ') >= 0 && !folded.isEmpty();
      if (!phrase && !decomposed.equals(String.valueOf(c))) {
        table[c - FIRST_PRESENTATION] = folded.toString().toCharArray();
      } else if (FOLD[c] == DELETE) {
        table[c - FIRST_PRESENTATION] = new char[0];
      }
    }
    return table;
  }
}
