package org.fahras.internal.index;

import org.apache.lucene.util.BytesRef;
import org.fahras.analysis.ArabicNormalizer;

/**
 * A MinHash signature of a text's word bigrams, for finding syndicated copies of one story.
 *
 * <p>Syndicated Arabic news is rarely a byte copy: outlets translate one wire report each in their own words, so
 * long shingles miss them. Adjacent word pairs, after folding spelling variants and stripping the conjunction و and
 * the article family (ال، وال، بال، لل…), still overlap strongly: two translations of one Reuters report share about
 * a quarter of their pairs, unrelated news articles under a tenth (measured on the seeds and a sample of the ANT
 * corpus).
 *
 * <p>One-permutation MinHash (Li, Owen and Zhang, "One Permutation Hashing", NIPS 2012): each pair's 64-bit hash
 * picks one of {@value #SLOTS} slots by its top bits and competes for that slot's minimum with its low 16 bits. One
 * hash per word keeps it cheap enough for every indexed article. The share of filled slots two signatures agree on
 * estimates the Jaccard similarity of their pair sets.
 *
 * <p>Folding: letters and digits only, each as the analyzer folds it ({@link ArabicNormalizer#fold(char)}: hamza
 * forms, ta marbuta, alef maqsura, Persian letters, both Eastern digit sets; marks, tatweel and zero-width joiners
 * dropped, so a word written with a ZWNJ inside stays one word); combining marks of other scripts dropped too.
 * Stateless and thread-safe.
 */
public final class NearDuplicateSignature {
  /** Slots per signature. */
  public static final int SLOTS = 128;
  /** Bytes per signature: one unsigned 16-bit minimum per slot. */
  public static final int BYTES = SLOTS * 2;
  /** Estimated pair similarity from which two articles are taken for copies of one story. */
  public static final double DUPLICATE_THRESHOLD = 0.15;

  private static final int EMPTY = 0xFFFF; // larger than any minimum
  private static final int MAX_WORD = 48;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final int MIN_STEM = 3;
  private static final char ALEF = '\u0627';
  private static final char BEH = '\u0628';
  private static final char FEH = '\u0641';
  private static final char KAF = '\u0643';
  private static final char LAM = '\u0644';
  private static final char WAW = '\u0648';
  /** In {@link #FOLD}: a character skipped inside a word (combining marks, tatweel). */
  private static final char SKIP = 0;
  /** In {@link #FOLD}: a character that ends a word (neither letter nor digit once folded). */
  private static final char BREAK = '\uFFFF';
  /** What each UTF-16 unit reads as: its folded letter or digit, {@link #SKIP} or {@link #BREAK}. */
  private static final char[] FOLD = foldTable();

  private NearDuplicateSignature() {}

  /** The signature of {@code text}: {@link #BYTES} bytes. */
  public static byte[] of(CharSequence text) {
    return of(text, null);
  }

  /**
   * The signature of an article: the same bytes as {@code of(title + "\n" + body)}, without copying the text into one
   * string first.
   */
  public static byte[] of(CharSequence title, CharSequence body) {
    Pairs pairs = new Pairs();
    pairs.read(title);
    if (body != null) {
      pairs.endWord(); // the line break between title and body
      pairs.read(body);
    }
    return pairs.signature();
  }

  /** The word pairs of a text as they are read, folded into the slot minima. */
  private static final class Pairs {
    private final int[] minima = new int[SLOTS];
    private final char[] word = new char[MAX_WORD];
    private int length;
    private long previous;
    private int words;

    Pairs() {
      java.util.Arrays.fill(minima, EMPTY);
    }

    void read(CharSequence text) {
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = FOLD[text.charAt(i)];
        if (c == SKIP) {
          continue; // a mark inside a word: ignored
        }
        if (c != BREAK) {
          if (length < MAX_WORD) {
            word[length++] = c;
          }
        } else {
          endWord();
        }
      }
    }

    void endWord() {
      if (length > 0) {
        long hash = hashStem(word, length);
        if (words++ > 0) {
          add(minima, mix(previous * 31 + hash));
        }
        previous = hash;
        length = 0;
      }
    }

    byte[] signature() {
      endWord();
      if (words == 1) {
        add(minima, mix(previous * 31)); // a one-word text still gets a signature
      }
      byte[] bytes = new byte[BYTES];
      for (int slot = 0; slot < SLOTS; slot++) {
        bytes[slot * 2] = (byte) (minima[slot] >>> 8);
        bytes[slot * 2 + 1] = (byte) minima[slot];
      }
      return bytes;
    }
  }

  /** FNV-1a of the word without its و/article prefix, when enough of it is left. */
  private static long hashStem(char[] word, int length) {
    long hash = FNV_OFFSET;
    for (int i = prefixLength(word, length); i < length; i++) {
      hash = (hash ^ word[i]) * FNV_PRIME;
    }
    return hash;
  }

  /**
   * The length of the first of وال بال فال كال لل ال و that begins the word and leaves at least {@value #MIN_STEM}
   * letters, or 0. The three-letter prefixes differ in their first letter only, so the word's first letter picks the one
   * to test.
   */
  private static int prefixLength(char[] word, int length) {
    char first = word[0];
    if (length - 3 >= MIN_STEM
        && (first == WAW || first == BEH || first == FEH || first == KAF)
        && word[1] == ALEF
        && word[2] == LAM) {
      return 3;
    }
    if (length - 2 >= MIN_STEM && word[1] == LAM && (first == LAM || first == ALEF)) {
      return 2;
    }
    return first == WAW && length - 1 >= MIN_STEM ? 1 : 0;
  }

  /**
   * The estimated Jaccard similarity of two signatures' pair sets, from 0 to 1: the share of slots, among those either
   * text filled, where both hold the same minimum.
   */
  public static double similarity(BytesRef a, BytesRef b) {
    if (a.length != BYTES || b.length != BYTES) {
      throw new IllegalArgumentException("not a signature: " + a.length + " and " + b.length + " bytes");
    }
    int filled = 0;
    int same = 0;
    for (int slot = 0; slot < SLOTS; slot++) {
      int x = read(a, slot);
      int y = read(b, slot);
      if (x != EMPTY || y != EMPTY) {
        filled++;
        if (x == y) {
          same++;
        }
      }
    }
    return filled == 0 ? 0 : (double) same / filled;
  }

  private static int read(BytesRef ref, int slot) {
    int at = ref.offset + slot * 2;
    return (ref.bytes[at] & 0xFF) << 8 | (ref.bytes[at + 1] & 0xFF);
  }

  private static void add(int[] minima, long hash) {
    int slot = (int) (hash >>> (64 - 7));
    int value = (int) (hash & 0xFFFF);
    if (value < minima[slot]) {
      minima[slot] = value;
    }
  }
  /** A 64-bit finalizer (SplitMix64's) so nearby shingle hashes spread over all slots. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static char[] foldTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char folded = fold((char) c);
      table[c] = folded == 0 ? SKIP : Character.isLetterOrDigit(folded) ? folded : BREAK;
    }
    return table;
  }

  /**
   * Folds one character as the analyzer does ({@link ArabicNormalizer#fold(char)}); returns 0 for a character to skip:
   * what normalization deletes, and the combining marks of other scripts.
   */
  static char fold(char c) {
    char folded = ArabicNormalizer.fold(c);
    return folded == ArabicNormalizer.DELETED || Character.getType(folded) == Character.NON_SPACING_MARK ? 0 : folded;
  }
}
