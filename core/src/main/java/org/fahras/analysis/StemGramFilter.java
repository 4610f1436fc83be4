package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeSource;

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
 * indexing path. Here the term's attributes are copied into one {@link AttributeSource} made once per filter and
 * copied back before each gram, so nothing is allocated once the word buffer has grown to the longest term.
 */
public final class StemGramFilter extends TokenFilter {
  private final int size;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  /** The current word's attributes, in impls made once (see {@link #saveWord()}). */
  private AttributeSource saved;
  private char[] word = new char[32];
  private int wordLength;
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
    if (Character.codePointCount(term.buffer(), 0, length) <= size) {
      return true; // too short to cut: the term is its own only gram
    }
    word = ArrayUtil.grow(word, length);
    System.arraycopy(term.buffer(), 0, word, 0, length);
    wordLength = length;
    saveWord();
    nextGram = 0;
    emitGram();
    return true;
  }

  /**
   * Copies the word's attributes aside. The copy is made on first use and made again in the rare case that an attribute
   * was added to the chain since (Lucene's test framework adds one to a reused stream): copying into it then fails.
   */
  private void saveWord() {
    if (saved != null) {
      try {
        copyTo(saved);
        return;
      } catch (IllegalArgumentException attributeAddedSince) {
        // fall through to a fresh copy
      }
    }
    saved = cloneAttributes();
  }

  /**
   * Restores the word's attributes with the gram at {@link #nextGram} as the term, and moves on to the next gram. The
   * first gram keeps the word's position increment; the others stand at the same position.
   */
  private void emitGram() {
    if (nextGram > 0) {
      saved.copyTo(this);
      position.setPositionIncrement(0);
    }
    int end = Character.offsetByCodePoints(word, 0, wordLength, nextGram, size);
    term.copyBuffer(word, nextGram, end - nextGram);
    nextGram = end == wordLength ? -1 : Character.offsetByCodePoints(word, 0, wordLength, nextGram, 1);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    nextGram = -1;
  }
}
