package org.fahras.opensearch;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * A Fahras token filter that changes words beyond spelling (stopwords, the stemmer), wrapped the way OpenSearch builds
 * filters: by calling the filter's constructor. It takes no options, and it is not offered to normalizers.
 */
final class FahrasTokenFilterFactory extends AbstractTokenFilterFactory {
  private final UnaryOperator<TokenStream> filter;

  /** @param filter wraps a stream in the filter */
  FahrasTokenFilterFactory(IndexSettings index, String name, Settings settings, UnaryOperator<TokenStream> filter) {
    super(index, name, settings);
    this.filter = filter;
  }

  @Override
  public TokenStream create(TokenStream input) {
    return filter.apply(input);
  }
}
