package org.fahras.opensearch;

import org.fahras.analysis.FahrasAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** Hands OpenSearch one of the Fahras analyzers; they take no options. */
final class FahrasAnalyzerProvider extends AbstractIndexAnalyzerProvider<FahrasAnalyzer> {
  private final FahrasAnalyzer analyzer;

  FahrasAnalyzerProvider(IndexSettings index, String name, Settings settings, FahrasAnalyzer analyzer) {
    super(index, name, settings);
    this.analyzer = analyzer;
  }

  @Override
  public FahrasAnalyzer get() {
    return analyzer;
  }
}
