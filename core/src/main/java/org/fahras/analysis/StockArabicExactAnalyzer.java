package org.fahras.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The unstemmed twin of Lucene's {@link ArabicAnalyzer}: the same tokenizer, filters and stopwords in the same order
 * (stopwords before normalization, as Lucene has it), minus {@code ArabicStemFilter}. Thread-safe.
 */
final class StockArabicExactAnalyzer extends StopwordAnalyzerBase {

  StockArabicExactAnalyzer() {
    super(ArabicAnalyzer.getDefaultStopSet());
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new DecimalDigitFilter(result);
    result = new StopFilter(result, stopwords);
    result = new ArabicNormalizationFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
  }
}
