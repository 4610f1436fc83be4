package org.fahras.analysis;

import java.util.Arrays;
import org.apache.lucene.util.ArrayUtil;

/**
 * The set of terms one token stream has seen so far: open addressing over one growing pool of chars. {@link #clear()}
 * keeps every array, so a filter that reuses one set across streams allocates only while its largest stream grows it.
 *
 * <p>Not thread-safe: one per token stream, like the stream's attributes.
 */
final class TermSet {
  private char[] pool = new char[1024];
  private int poolUsed;
  private int[] starts = new int[64];
  private int[] lengths = new int[64];
  private int size;
  /** Entry number + 1 per slot; 0 marks an empty slot. Its length is a power of two, at least twice {@link #size}. */
  private int[] slots = new int[128];

  /**
   * Adds {@code term[0, length)}.
   *
   * @return true when it was not in the set yet
   */
  boolean add(char[] term, int length) {
    int mask = slots.length - 1;
    int slot = hash(term, 0, length) & mask;
    while (slots[slot] != 0) {
      int entry = slots[slot] - 1;
      if (Arrays.equals(pool, starts[entry], starts[entry] + lengths[entry], term, 0, length)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    if (size == starts.length) {
      starts = ArrayUtil.grow(starts);
      lengths = ArrayUtil.grow(lengths, starts.length);
    }
    pool = ArrayUtil.grow(pool, poolUsed + length);
    System.arraycopy(term, 0, pool, poolUsed, length);
    starts[size] = poolUsed;
    lengths[size] = length;
    poolUsed += length;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return true;
  }

  /** Forgets every term and keeps the arrays for the next stream. */
  void clear() {
    Arrays.fill(slots, 0);
    size = 0;
    poolUsed = 0;
  }

  /** The number of distinct terms added since the last {@link #clear()}. */
  int size() {
    return size;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    int mask = capacity - 1;
    for (int entry = 0; entry < size; entry++) {
      int slot = hash(pool, starts[entry], lengths[entry]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry + 1;
    }
  }

  private static int hash(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    // Spread the low bits, which pick the slot: Arabic letters differ mostly in their low bits already, but short terms
    // of similar letters would otherwise crowd neighbouring slots.
    return hash ^ (hash >>> 16);
  }
}
