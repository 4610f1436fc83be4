package org.fahras.opensearch;

import org.apache.lucene.analysis.TokenStream;
import org.fahras.analysis.FahrasArabicNormalizationFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * {@link FahrasArabicNormalizationFilter} for OpenSearch. It only respells characters, so it is also safe in keyword
 * normalizers and for wildcard and prefix terms (hence {@link NormalizingTokenFilterFactory}).
 */
final class FahrasNormalizationFilterFactory extends AbstractTokenFilterFactory
    implements NormalizingTokenFilterFactory {

  FahrasNormalizationFilterFactory(IndexSettings index, String name, Settings settings) {
    super(index, name, settings);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FahrasArabicNormalizationFilter(input);
  }
}
