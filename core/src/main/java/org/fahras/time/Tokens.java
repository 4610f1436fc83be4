package org.fahras.time;

/**
 * The folded text cut into words, digit runs and single punctuation marks, with each word's
 * {@link Lexicon} code: the candidate anchors, found in one pass.
 *
 * <p>Parallel int arrays, no object per token. A letter run glued to a digit run ("و2019",
 * "2024م") becomes two tokens with {@link #glued} set on the second.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte PUNCT = 3;

  private final FoldedText text;
  private int size;
  private int[] start;
  private int[] end;
  private byte[] type;
  private int[] code;
  private boolean[] glued;
  private boolean[] newlineBefore;

  Tokens(FoldedText text) {
    this.text = text;
    int capacity = Math.max(8, text.length() / 3);
    start = new int[capacity];
    end = new int[capacity];
    type = new byte[capacity];
    code = new int[capacity];
    glued = new boolean[capacity];
    newlineBefore = new boolean[capacity];
    split();
  }

  private void split() {
    char[] chars = text.chars();
    int n = text.length();
    int i = 0;
    boolean sawSpace = true;
    boolean sawNewline = false;
    while (i < n) {
      char c = chars[i];
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        sawSpace = true;
        sawNewline |= c == '\n' || c == '\r';
        i++;
        continue;
      }
      int j = i + 1;
      byte t;
      if (isDigit(c)) {
        t = NUMBER;
        while (j < n && isDigit(chars[j])) {
          j++;
        }
      } else if (Character.isLetter(c)) {
        t = WORD;
        while (j < n && Character.isLetter(chars[j])) {
          j++;
        }
      } else {
        t = PUNCT;
      }
      add(i, j, t, !sawSpace, sawNewline);
      sawSpace = false;
      sawNewline = false;
      i = j;
    }
  }

  private void add(int from, int to, byte t, boolean isGlued, boolean newline) {
    if (size == start.length) {
      int capacity = size * 2;
      start = java.util.Arrays.copyOf(start, capacity);
      end = java.util.Arrays.copyOf(end, capacity);
      type = java.util.Arrays.copyOf(type, capacity);
      code = java.util.Arrays.copyOf(code, capacity);
      glued = java.util.Arrays.copyOf(glued, capacity);
      newlineBefore = java.util.Arrays.copyOf(newlineBefore, capacity);
    }
    start[size] = from;
    end[size] = to;
    type[size] = t;
    code[size] = t == WORD ? Lexicon.lookup(text.chars(), from, to) : Lexicon.NONE;
    glued[size] = isGlued;
    newlineBefore[size] = newline;
    size++;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  int size() {
    return size;
  }

  boolean isNumber(int t) {
    return t >= 0 && t < size && type[t] == NUMBER;
  }

  boolean isWord(int t) {
    return t >= 0 && t < size && type[t] == WORD;
  }

  /** True when token {@code t} is the punctuation character {@code c}. */
  boolean isPunct(int t, char c) {
    return t >= 0 && t < size && type[t] == PUNCT && text.charAt(start[t]) == c;
  }

  /** Number of characters (digits for a number) of token {@code t}. */
  int length(int t) {
    return end[t] - start[t];
  }

  /** The value of a digit run, or -1 when it is longer than 9 digits. */
  int number(int t) {
    if (!isNumber(t) || length(t) > 9) {
      return -1;
    }
    int v = 0;
    for (int i = start[t]; i < end[t]; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  /** Lexicon kind of token {@code t}, 0 when it is not a known word or out of range. */
  int kind(int t) {
    return t < 0 || t >= size ? 0 : Lexicon.kind(code[t] & 0xFFFF);
  }

  /** Lexicon value of token {@code t}. */
  int value(int t) {
    return t < 0 || t >= size ? 0 : Lexicon.value(code[t] & 0xFFFF);
  }

  /** True when token {@code t} is a known word of {@code kind}. */
  boolean is(int t, int kind) {
    return kind(t) == kind;
  }

  /** True when token {@code t} was found behind a glued clitic. */
  boolean hasClitic(int t) {
    return t >= 0 && t < size && code[t] >= 0 && (code[t] >>> 16) > 0;
  }

  /** True when token {@code t} is the single letter {@code c} standing alone (e.g. و). */
  boolean isLetter(int t, char c) {
    return t >= 0 && t < size && type[t] == WORD && length(t) == 1 && text.charAt(start[t]) == c;
  }

  /** True when token {@code t} touches the previous token (no space between them). */
  boolean glued(int t) {
    return t >= 0 && t < size && glued[t];
  }

  /** True when a line break separates token {@code t} from the previous one. */
  boolean newlineBefore(int t) {
    return t >= 0 && t < size && newlineBefore[t];
  }

  /** Folded offset where token {@code t}'s own text starts, after any glued clitic. */
  int contentStart(int t) {
    return start[t] + (code[t] >= 0 ? code[t] >>> 16 : 0);
  }

  int end(int t) {
    return end[t];
  }

  int start(int t) {
    return start[t];
  }
}
