package org.fahras.time;

import java.util.Arrays;

/**
 * The text cut into words, digit runs and single punctuation marks in one pass over its characters, each word
 * looked up in the {@link Lexicon} as it is read; and the <em>anchors</em>, the tokens an expression may start at
 * (digit runs and anchor words), so the parser visits those alone.
 *
 * <p>Nothing is copied: offsets are the text's own, folding happens character by character through {@link Fold}, and
 * a word is hashed only when it is short enough to be a lexicon word. Parallel arrays, no object per token. A letter
 * run glued to a digit run ("و2019", "2024م") becomes two tokens with {@link #glued} set on the second; marks
 * (harakat, tatweel inside a word) belong to the token they follow.
 */
final class Tokens {
  private static final int WORD = 1;
  private static final int NUMBER = 2;
  private static final int PUNCT = 3;
  /** Bits of {@link #flags}: the type (two bits), then glued, newline before, and the clitic's length (two bits). */
  private static final int TYPE = 3;
  private static final int GLUED = 4;
  private static final int NEWLINE = 8;
  private static final int CLITIC_SHIFT = 4;

  private final CharSequence text;
  private int size;
  private int[] start;
  private int[] end;
  /** Folded letters (or digits) of the token, clitics included, at most 127. */
  private byte[] letters;
  private byte[] flags;
  private Word[] words;
  private int[] anchors = new int[16];
  private int anchorCount;

  private final char[] buffer = new char[Lexicon.MAX_LENGTH];
  private final char[] scratch = new char[Lexicon.MAX_LENGTH];

  Tokens(CharSequence text) {
    this.text = text;
    int capacity = text.length() / 4 + 16;
    start = new int[capacity];
    end = new int[capacity];
    letters = new byte[capacity];
    flags = new byte[capacity];
    words = new Word[capacity];
    split();
  }

  private void split() {
    int n = text.length();
    int i = 0;
    boolean sawSpace = true;
    boolean sawNewline = false;
    while (i < n) {
      char c = text.charAt(i);
      int cls = Fold.code(c) >>> 16;
      switch (cls) {
        case Fold.SPACE -> {
          sawSpace = true;
          i++;
          continue;
        }
        case Fold.NEWLINE -> {
          sawSpace = true;
          sawNewline = true;
          i++;
          continue;
        }
        case Fold.SKIP -> {
          if (Fold.isTatweel(c) && (i == 0 || Fold.classOf(text.charAt(i - 1)) != Fold.LETTER
              && !Fold.isTatweel(text.charAt(i - 1)))) {
            // Tatweel after a space is drawn as a dash ("من 4 ــ 6 ذي الحجة"); a run of it is one.
            int j = i + 1;
            while (j < n && Fold.isTatweel(text.charAt(j))) {
              j++;
            }
            add(i, j, 1, PUNCT, null, 0, !sawSpace, sawNewline);
            i = j;
          } else {
            if (size > 0 && end[size - 1] == i) {
              end[size - 1] = i + 1;
            }
            i++;
            continue;
          }
        }
        case Fold.DIGIT -> i = number(i, n, !sawSpace, sawNewline);
        case Fold.LETTER -> i = word(i, n, !sawSpace, sawNewline);
        default -> {
          add(i, i + 1, 1, PUNCT, null, 0, !sawSpace, sawNewline);
          i++;
        }
      }
      sawSpace = false;
      sawNewline = false;
    }
  }

  private int number(int from, int n, boolean isGlued, boolean newline) {
    int j = from + 1;
    while (j < n && Fold.classOf(text.charAt(j)) == Fold.DIGIT) {
      j++;
    }
    add(from, j, j - from, NUMBER, null, 0, isGlued, newline);
    addAnchor(size - 1);
    return j;
  }

  private int word(int from, int n, boolean isGlued, boolean newline) {
    int j = from;
    int length = 0;
    while (j < n) {
      int code = Fold.code(text.charAt(j));
      int cls = code >>> 16;
      if (cls == Fold.LETTER) {
        if (length < buffer.length) {
          buffer[length] = (char) code;
        }
        length++;
      } else if (cls != Fold.SKIP) {
        break;
      }
      j++;
    }
    int found = length <= buffer.length ? Lexicon.lookup(buffer, length, scratch) : Lexicon.NONE;
    Word word = Lexicon.word(found);
    add(from, j, length, WORD, word, Lexicon.clitic(found), isGlued, newline);
    if (word != null && word.anchor()) {
      addAnchor(size - 1);
    }
    return j;
  }

  private void add(int from, int to, int count, int t, Word word, int clitic, boolean isGlued, boolean newline) {
    if (size == start.length) {
      int capacity = size * 2;
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      letters = Arrays.copyOf(letters, capacity);
      flags = Arrays.copyOf(flags, capacity);
      words = Arrays.copyOf(words, capacity);
    }
    start[size] = from;
    end[size] = to;
    letters[size] = (byte) Math.min(count, Byte.MAX_VALUE);
    flags[size] = (byte) (t | (isGlued ? GLUED : 0) | (newline ? NEWLINE : 0) | clitic << CLITIC_SHIFT);
    words[size] = word;
    size++;
  }

  private void addAnchor(int t) {
    if (anchorCount == anchors.length) {
      anchors = Arrays.copyOf(anchors, anchorCount * 2);
    }
    anchors[anchorCount++] = t;
  }

  /** The number of tokens. */
  int size() {
    return size;
  }

  /** How many tokens an expression may start at. */
  int anchorCount() {
    return anchorCount;
  }

  /** The token index of the {@code i}-th anchor, in text order. */
  int anchor(int i) {
    return anchors[i];
  }

  private boolean exists(int t) {
    return t >= 0 && t < size;
  }

  private int type(int t) {
    return flags[t] & TYPE;
  }

  private int clitic(int t) {
    return flags[t] >>> CLITIC_SHIFT & 3;
  }

  boolean isNumber(int t) {
    return exists(t) && type(t) == NUMBER;
  }

  boolean isWord(int t) {
    return exists(t) && type(t) == WORD;
  }

  /** The lexicon meaning of token {@code t}, or null (unknown word, digits, punctuation, out of range). */
  Word word(int t) {
    return exists(t) ? words[t] : null;
  }

  /** True when token {@code t} is the lexicon word {@code meaning} (an enum constant). */
  boolean is(int t, Word meaning) {
    return exists(t) && words[t] == meaning;
  }

  /** True when token {@code t}, after any glued clitic, is exactly the folded {@code word}. */
  boolean isWord(int t, String word) {
    if (!isWord(t)) {
      return false;
    }
    int k = 0;
    for (int i = contentStart(t); i < end[t]; i++) {
      char c = Fold.fold(text.charAt(i));
      if (c == Fold.MARK) {
        continue;
      }
      if (k == word.length() || c != word.charAt(k)) {
        return false;
      }
      k++;
    }
    return k == word.length();
  }

  /** True when token {@code t} is one of the folded {@code words}. */
  boolean isAnyWord(int t, String... candidates) {
    if (!isWord(t)) {
      return false;
    }
    for (String candidate : candidates) {
      if (isWord(t, candidate)) {
        return true;
      }
    }
    return false;
  }

  /** True when word token {@code t}, clitics included, starts with the folded {@code prefix}. */
  boolean startsWith(int t, String prefix) {
    if (!isWord(t) || letters[t] < prefix.length()) {
      return false;
    }
    int k = 0;
    for (int i = start[t]; i < end[t] && k < prefix.length(); i++) {
      char c = Fold.fold(text.charAt(i));
      if (c == Fold.MARK) {
        continue;
      }
      if (c != prefix.charAt(k)) {
        return false;
      }
      k++;
    }
    return k == prefix.length();
  }

  /** True when word token {@code t}, clitics included, ends with the folded {@code suffix}. */
  boolean endsWith(int t, String suffix) {
    if (!isWord(t) || letters[t] < suffix.length()) {
      return false;
    }
    int k = suffix.length() - 1;
    for (int i = end[t] - 1; i >= start[t] && k >= 0; i--) {
      char c = Fold.fold(text.charAt(i));
      if (c == Fold.MARK) {
        continue;
      }
      if (c != suffix.charAt(k)) {
        return false;
      }
      k--;
    }
    return k < 0;
  }

  /** True when word token {@code t} ends in a teh marbuta (ة), which folding merges with ه. */
  boolean endsWithTehMarbuta(int t) {
    if (!isWord(t)) {
      return false;
    }
    for (int i = end[t] - 1; i >= start[t]; i--) {
      char c = text.charAt(i);
      if (Fold.fold(c) != Fold.MARK) {
        return c == 'ة';
      }
    }
    return false;
  }

  /** The {@code i}-th folded letter of word token {@code t}, clitics included, or 0 past its end. */
  char letterAt(int t, int i) {
    if (!isWord(t)) {
      return 0;
    }
    int k = 0;
    for (int j = start[t]; j < end[t]; j++) {
      char c = Fold.fold(text.charAt(j));
      if (c != Fold.MARK && k++ == i) {
        return c;
      }
    }
    return 0;
  }

  /** The folded first letter of word token {@code t}, clitics included, or 0. */
  char firstLetter(int t) {
    return isWord(t) ? Fold.fold(text.charAt(start[t])) : 0;
  }

  /** True when token {@code t} exists and no line break separates it from the previous one. */
  boolean continuesLine(int t) {
    return exists(t) && (flags[t] & NEWLINE) == 0;
  }

  /** True when a line break separates token {@code t} from the previous one. */
  boolean newlineBefore(int t) {
    return exists(t) && (flags[t] & NEWLINE) != 0;
  }

  /** True when token {@code t} touches the previous token (no space between them). */
  boolean glued(int t) {
    return exists(t) && (flags[t] & GLUED) != 0;
  }

  /** True when token {@code t} is a date separator: / - or a dot. */
  boolean isNumberSeparator(int t) {
    return isPunct(t, '/') || isPunct(t, '-') || isPunct(t, '.');
  }

  /** True when token {@code k} continues a number: "2024/13", "2019.5", "12:30", "2000%". */
  boolean continuesNumber(int k) {
    return (isNumberSeparator(k) || isPunct(k, ':')) && isNumber(k + 1) && glued(k + 1) || isPunct(k, '%');
  }

  /** True when token {@code t} is the punctuation character {@code c} (folded). */
  boolean isPunct(int t, char c) {
    return exists(t) && type(t) == PUNCT && punct(t) == c;
  }

  /** The folded character of punctuation token {@code t}. */
  char punct(int t) {
    return Fold.isTatweel(text.charAt(start[t])) ? '-' : Fold.fold(text.charAt(start[t]));
  }

  /** True when token {@code t} is punctuation that ends a sentence or a clause: . ؟ ! ؛ : */
  boolean endsClause(int t) {
    if (!exists(t) || type(t) != PUNCT) {
      return false;
    }
    char c = punct(t);
    return c == '.' || c == '؟' || c == '?' || c == '!' || c == '؛' || c == ';' || c == ':';
  }

  /** Folded letters of a word, digits of a number, 1 for punctuation. */
  int length(int t) {
    return letters[t];
  }

  /** The value of a digit run, or -1 when it is longer than 9 digits. */
  int number(int t) {
    if (!isNumber(t) || letters[t] > 9) {
      return -1;
    }
    int v = 0;
    for (int i = start[t]; i < end[t]; i++) {
      v = v * 10 + (Fold.fold(text.charAt(i)) - '0');
    }
    return v;
  }

  /** True when token {@code t} was found behind a glued clitic. */
  boolean hasClitic(int t) {
    return isWord(t) && clitic(t) > 0;
  }

  /** True when token {@code t} is the single letter {@code c} standing alone (e.g. و). */
  boolean isLetter(int t, char c) {
    return isWord(t) && letters[t] == 1 && Fold.fold(text.charAt(start[t])) == c;
  }

  /** Offset in the text where token {@code t}'s own text starts, after any glued clitic. */
  int contentStart(int t) {
    int clitic = clitic(t);
    if (clitic == 0) {
      return start[t];
    }
    int letter = 0;
    for (int i = start[t]; i < end[t]; i++) {
      if (Fold.fold(text.charAt(i)) != Fold.MARK && letter++ == clitic) {
        return i;
      }
    }
    return start[t];
  }

  /** Offset in the text just after token {@code t} and the marks that follow it. */
  int end(int t) {
    return end[t];
  }
}
