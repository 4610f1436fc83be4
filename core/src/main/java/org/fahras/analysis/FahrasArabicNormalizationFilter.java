package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies {@link ArabicNormalizer} to each term. Offsets are left untouched, so they still slice the original text even
 * when a ligature expands the term (ﻻ → لا).
 */
public final class FahrasArabicNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /** Normalizes the terms of {@code input}. */
  public FahrasArabicNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = termAtt.buffer();
    int length = termAtt.length();
    int needed = ArabicNormalizer.requiredCapacity(buffer, length);
    if (needed > buffer.length) {
      buffer = termAtt.resizeBuffer(needed);
    }
    termAtt.setLength(ArabicNormalizer.normalize(buffer, length));
    return true;
  }
}
