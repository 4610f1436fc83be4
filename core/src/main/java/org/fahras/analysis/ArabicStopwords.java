package org.fahras.analysis;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Fahras's curated Arabic stopwords (resource {@code stopwords.txt} beside this class: UTF-8, one word a line,
 * {@code #} starts a comment), normalized with {@link ArabicNormalizer} as they are loaded. Because the list is
 * normalized the same way as the text, a stop filter placed after normalization removes على whether it was written
 * على or علي; it must run before stemming, which would turn a stopword into something else.
 */
public final class ArabicStopwords {
  private static final String RESOURCE = "stopwords.txt";

  private ArabicStopwords() {}

  /** The normalized stopwords, as an unmodifiable set shared by all callers. */
  public static CharArraySet normalizedSet() {
    return Holder.SET;
  }

  /**
   * True when {@code word}, normalized, is a stopword: for tools that choose words (an evaluation's query generator),
   * not for analysis, where the stop filter does this without allocating.
   */
  public static boolean contains(CharSequence word) {
    return Holder.SET.contains(WordLists.normalized(word));
  }

  /** Loads the list the first time it is needed. */
  private static final class Holder {
    static final CharArraySet SET = WordLists.loadNormalized(ArabicStopwords.class, RESOURCE);
  }
}
