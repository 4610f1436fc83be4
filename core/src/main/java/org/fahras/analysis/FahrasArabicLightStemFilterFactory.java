package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link FahrasArabicLightStemFilter}, SPI name {@value #NAME}. Takes no parameters. It has no
 * {@code normalize()}: stemming a wildcard or prefix query would change what it matches.
 */
public final class FahrasArabicLightStemFilterFactory extends TokenFilterFactory {
  /** The SPI name, as used by {@code CustomAnalyzer} and Solr. */
  public static final String NAME = "fahrasArabicLightStem";

  /**
   * Creates the factory.
   *
   * @throws IllegalArgumentException when {@code args} holds any parameter
   */
  public FahrasArabicLightStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Only for the SPI loader's class scan; always throws. */
  public FahrasArabicLightStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasArabicLightStemFilter(input);
  }
}
