package org.fahras.index;

import org.apache.lucene.util.BytesRef;

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
 * <p>Folding: letters and digits only, marks and tatweel dropped, أ إ آ ٱ → ا, ة → ه, ى → ي, Arabic-Indic digits →
 * ASCII. Stateless and thread-safe.
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
  private static final String[] PREFIXES = {"وال", "بال", "فال", "كال", "لل", "ال", "و"};
  private static final int MIN_STEM = 3;

  private NearDuplicateSignature() {}

  /** The signature of {@code text}: {@link #BYTES} bytes. */
  public static byte[] of(CharSequence text) {
    int[] minima = new int[SLOTS];
    java.util.Arrays.fill(minima, EMPTY);
    char[] word = new char[MAX_WORD];
    int length = 0;
    long previous = 0;
    int words = 0;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? fold(text.charAt(i)) : ' ';
      if (c == 0) {
        continue; // a mark inside a word: ignored
      }
      if (Character.isLetterOrDigit(c)) {
        if (length < MAX_WORD) {
          word[length++] = c;
        }
      } else if (length > 0) {
        long hash = hashStem(word, length);
        if (words++ > 0) {
          add(minima, mix(previous * 31 + hash));
        }
        previous = hash;
        length = 0;
      }
    }
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

  /** FNV-1a of the word without its و/article prefix, when enough of it is left. */
  private static long hashStem(char[] word, int length) {
    int start = 0;
    for (String prefix : PREFIXES) {
      if (length - prefix.length() >= MIN_STEM && startsWith(word, prefix)) {
        start = prefix.length();
        break;
      }
    }
    long hash = FNV_OFFSET;
    for (int i = start; i < length; i++) {
      hash = (hash ^ word[i]) * FNV_PRIME;
    }
    return hash;
  }

  private static boolean startsWith(char[] word, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (word[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
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

  /** Folds one character; returns 0 for a character to skip (combining marks, tatweel). */
  private static char fold(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return switch (c) {
      case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
      case '\u0629' -> '\u0647';
      case '\u0649' -> '\u064A';
      case '\u0640' -> 0;
      default -> Character.getType(c) == Character.NON_SPACING_MARK ? 0 : c;
    };
  }
}
