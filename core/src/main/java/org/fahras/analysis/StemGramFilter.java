package org.fahras.analysis;

import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeImpl;

/**
 * Cuts each term into its character n-grams of one size, all at the term's position and with its offsets; a term of at
 * most {@code size} code points is its own only gram and is emitted once, as it is. For example, with size 3, {@code
 * انتخاب} becomes {@code انت نتخ تخا خاب} and {@code كتب} stays {@code كتب}.
 *
 * <p>The whole term is not emitted beside its grams: in Fahras's gram view it would repeat the stemmed view at a lower
 * weight, and leaving it out makes the view about a quarter smaller (a gram weight of 0.4 instead of 0.3 keeps the
 * evaluation sets where they were).
 *
 * <p>Lucene's {@code NGramTokenFilter(in, 3, 3, false)} emits the same grams but drops a term shorter than the gram
 * size, and it captures the attribute state of every term into a new {@code State}, which allocates per token on the
 * indexing path. Here the term's attributes are copied into copies of the chain's attribute impls, made once per filter
 * (again only if an attribute was added since), and copied back before each gram, impl to impl: nothing is allocated
 * once the word buffer has grown to the longest term, and no attribute is looked up by class per gram (as {@code
 * AttributeSource.copyTo} and {@code restoreState} do, through a hash map). A word without surrogate pairs, which is
 * every Arabic word, is cut by char index, without counting code points.
 */
public final class StemGramFilter extends TokenFilter {
  private final int size;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  /** The chain's attribute impls, in the order {@link #getAttributeImplsIterator()} gives them. */
  private AttributeImpl[] live = new AttributeImpl[0];
  /** The current word's attributes: a copy of each of {@link #live}, made once (see {@link #saveWord()}). */
  private AttributeImpl[] saved = new AttributeImpl[0];
  private char[] word = new char[32];
  private int wordLength;
  /** True when {@link #word} holds no surrogate, so that its code points are its chars. */
  private boolean charsAreCodePoints;
  /** Char index in {@link #word} of the next gram's start, or -1 when the word's grams are all out. */
  private int nextGram = -1;

  /**
   * Filters {@code input}.
   *
   * @param size the length of the grams in code points, at least 1
   */
  public StemGramFilter(TokenStream input, int size) {
    super(input);
    if (size < 1) {
      throw new IllegalArgumentException("gram size must be at least 1: " + size);
    }
    this.size = size;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextGram >= 0) {
      emitGram();
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    char[] buffer = term.buffer();
    boolean bmp = true;
    for (int i = 0; i < length; i++) {
      if (Character.isSurrogate(buffer[i])) {
        bmp = false;
        break;
      }
    }
    if ((bmp ? length : Character.codePointCount(buffer, 0, length)) <= size) {
      return true; // too short to cut: the term is its own only gram
    }
    word = ArrayUtil.grow(word, length);
    System.arraycopy(buffer, 0, word, 0, length);
    wordLength = length;
    charsAreCodePoints = bmp;
    saveWord();
    nextGram = 0;
    emitGram();
    return true;
  }

  /**
   * Copies the word's attributes aside. The copies are made on first use and made again in the rare case that an
   * attribute was added to the chain since (Lucene's test framework adds one to a reused stream), which {@link #reset()}
   * checks.
   */
  private void saveWord() {
    if (saved.length != live.length) {
      saved = new AttributeImpl[live.length];
      for (int i = 0; i < live.length; i++) {
        saved[i] = live[i].clone();
      }
      return;
    }
    for (int i = 0; i < live.length; i++) {
      live[i].copyTo(saved[i]);
    }
  }

  /** Takes the chain's attribute impls afresh when one was added since they were last taken. */
  private void takeLiveImpls() {
    int count = 0;
    boolean same = true;
    for (Iterator<AttributeImpl> impls = getAttributeImplsIterator(); impls.hasNext(); count++) {
      AttributeImpl impl = impls.next();
      same &= count < live.length && live[count] == impl;
    }
    if (same && count == live.length) {
      return;
    }
    live = new AttributeImpl[count];
    int i = 0;
    for (Iterator<AttributeImpl> impls = getAttributeImplsIterator(); impls.hasNext(); ) {
      live[i++] = impls.next();
    }
    saved = new AttributeImpl[0];
  }

  /**
   * Restores the word's attributes with the gram at {@link #nextGram} as the term, and moves on to the next gram. The
   * first gram keeps the word's position increment; the others stand at the same position.
   */
  private void emitGram() {
    if (nextGram > 0) {
      for (int i = 0; i < live.length; i++) {
        saved[i].copyTo(live[i]);
      }
      position.setPositionIncrement(0);
    }
    int end;
    int next;
    if (charsAreCodePoints) {
      end = nextGram + size;
      next = nextGram + 1;
    } else {
      end = Character.offsetByCodePoints(word, 0, wordLength, nextGram, size);
      next = end == wordLength ? -1 : Character.offsetByCodePoints(word, 0, wordLength, nextGram, 1);
    }
    term.copyBuffer(word, nextGram, end - nextGram);
    nextGram = end == wordLength ? -1 : next;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    nextGram = -1;
    takeLiveImpls();
  }
}
