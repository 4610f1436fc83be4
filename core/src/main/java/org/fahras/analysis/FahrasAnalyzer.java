package org.fahras.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Fahras's Arabic analyzer:
 *
 * <ol>
 *   <li>{@link StandardTokenizer} (Unicode word breaking; it keeps marks, tatweel, ZWNJ and presentation forms inside
 *       a word, so normalizing after it loses nothing and offsets slice the original text);
 *   <li>{@link LowerCaseFilter}, for Latin words in Arabic text;
 *   <li>{@link FahrasArabicNormalizationFilter};
 *   <li>{@link StopFilter} with {@link ArabicStopwords#normalizedSet()}: after normalization, so the list and the text
 *       are spelled alike, and before stemming, so a stopword is recognized before it is cut;
 *   <li>{@link FahrasArabicLightStemFilter}, left out by {@link #exact()}.
 * </ol>
 *
 * <p>{@link #normalize} (wildcards, prefixes) applies steps 2–3 only. Thread-safe, like every {@link Analyzer}.
 *
 * <pre>{@code
 * AnalyzedToken.listOf(new FahrasAnalyzer(), "body", "وبالكتاب"); // one token: كتاب
 * }</pre>
 */
public final class FahrasAnalyzer extends Analyzer {
  private final boolean stem;

  /** The stemmed chain, for the main text fields. */
  public FahrasAnalyzer() {
    this(true);
  }

  private FahrasAnalyzer(boolean stem) {
    this.stem = stem;
  }

  /** The same chain without the stemmer, for exact and phrase matching on an unstemmed field. */
  public static FahrasAnalyzer exact() {
    return new FahrasAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new FahrasArabicNormalizationFilter(result);
    result = new StopFilter(result, ArabicStopwords.normalizedSet());
    if (stem) {
      result = new FahrasArabicLightStemFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FahrasArabicNormalizationFilter(new LowerCaseFilter(in));
  }
}
