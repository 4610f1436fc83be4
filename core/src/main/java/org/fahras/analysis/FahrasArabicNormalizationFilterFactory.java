package org.fahras.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link FahrasArabicNormalizationFilter}, SPI name {@value #NAME}. Takes no parameters. Also used for
 * multi-term queries (wildcards, prefixes), where normalizing is safe.
 */
public final class FahrasArabicNormalizationFilterFactory extends TokenFilterFactory {
  /** The SPI name, as used by {@code CustomAnalyzer} and Solr. */
  public static final String NAME = "fahrasArabicNormalization";

  /**
   * Creates the factory.
   *
   * @throws IllegalArgumentException when {@code args} holds any parameter
   */
  public FahrasArabicNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Only for the SPI loader's class scan; always throws. */
  public FahrasArabicNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasArabicNormalizationFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
