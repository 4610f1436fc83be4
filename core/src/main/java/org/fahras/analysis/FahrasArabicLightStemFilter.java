package org.fahras.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Applies {@link ArabicLightStemmer} to each term not marked as a keyword. Expects normalized input (put a
 * {@link FahrasArabicNormalizationFilter} before it).
 */
public final class FahrasArabicLightStemFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  /** Stems the terms of {@code input}. */
  public FahrasArabicLightStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(ArabicLightStemmer.stem(termAtt.buffer(), termAtt.length()));
    }
    return true;
  }
}
