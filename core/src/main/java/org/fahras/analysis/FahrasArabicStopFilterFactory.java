package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for Lucene's {@link StopFilter} with Fahras's Arabic stopwords ({@link ArabicStopwords#normalizedSet()}),
 * SPI name {@value #NAME}. Takes no parameters. The words are normalized, so put it after
 * {@code fahrasArabicNormalization} and before {@code fahrasArabicLightStem}.
 */
public final class FahrasArabicStopFilterFactory extends TokenFilterFactory {
  /** The SPI name, as used by {@code CustomAnalyzer} and Solr. */
  public static final String NAME = "fahrasArabicStop";

  /**
   * Creates the factory.
   *
   * @throws IllegalArgumentException when {@code args} holds any parameter
   */
  public FahrasArabicStopFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Only for the SPI loader's class scan; always throws. */
  public FahrasArabicStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, ArabicStopwords.normalizedSet());
  }
}
