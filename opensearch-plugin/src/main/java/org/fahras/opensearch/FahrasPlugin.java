package org.fahras.opensearch;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.fahras.analysis.ArabicStopwords;
import org.fahras.analysis.FahrasAnalyzer;
import org.fahras.analysis.FahrasArabicLightStemFilter;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;

/**
 * The Fahras plugin for OpenSearch. It registers, under snake_case names (OpenSearch calls constructors; it does not
 * read Lucene's SPI):
 *
 * <ul>
 *   <li>token filters {@value #NORMALIZATION}, {@value #STOP} and {@value #LIGHT_STEM}, to build custom chains;
 *   <li>analyzers {@value #ANALYZER} (the stemmed chain), {@value #EXACT_ANALYZER} (unstemmed, for exact words and
 *       phrases) and {@value #GRAMS_ANALYZER} (stem 3-grams), the three chains of a Fahras index;
 *   <li>the ingest processor {@value FahrasDatesProcessor#TYPE};
 *   <li>the query {@value FahrasQueryBuilder#NAME}.
 * </ul>
 */
public final class FahrasPlugin extends Plugin implements AnalysisPlugin, SearchPlugin, IngestPlugin {
  /** Token filter: Fahras's Arabic orthographic normalization. */
  public static final String NORMALIZATION = "fahras_arabic_normalization";
  /** Token filter: Fahras's Arabic stopwords, spelled as the normalization filter leaves them. */
  public static final String STOP = "fahras_arabic_stop";
  /** Token filter: Fahras's Arabic light stemmer. */
  public static final String LIGHT_STEM = "fahras_arabic_light_stem";
  /** Analyzer: the whole stemmed chain, as {@code ./fahras analyze} shows it. */
  public static final String ANALYZER = "fahras_arabic";
  /** Analyzer: the chain without the stemmer. */
  public static final String EXACT_ANALYZER = "fahras_arabic_exact";
  /** Analyzer: the stemmed chain cut into character 3-grams of each stem. */
  public static final String GRAMS_ANALYZER = "fahras_arabic_grams";

  /** Created by OpenSearch when it loads the plugin. */
  public FahrasPlugin() {}

  /** The three Fahras token filters. */
  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        NORMALIZATION,
        (index, environment, name, settings) -> new FahrasNormalizationFilterFactory(index, name, settings),
        STOP,
        (index, environment, name, settings) ->
            new FahrasTokenFilterFactory(
                index, name, settings, input -> new StopFilter(input, ArabicStopwords.normalizedSet())),
        LIGHT_STEM,
        (index, environment, name, settings) ->
            new FahrasTokenFilterFactory(index, name, settings, FahrasArabicLightStemFilter::new));
  }

  /** The three Fahras analyzers. */
  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        ANALYZER,
        (index, environment, name, settings) -> new FahrasAnalyzerProvider(index, name, settings, new FahrasAnalyzer()),
        EXACT_ANALYZER,
        (index, environment, name, settings) -> new FahrasAnalyzerProvider(index, name, settings, FahrasAnalyzer.exact()),
        GRAMS_ANALYZER,
        (index, environment, name, settings) ->
            new FahrasAnalyzerProvider(index, name, settings, FahrasAnalyzer.stemGrams()));
  }

  /** The {@code fahras} query. */
  @Override
  public List<QuerySpec<?>> getQueries() {
    return List.of(new QuerySpec<>(FahrasQueryBuilder.NAME, FahrasQueryBuilder::new, FahrasQueryBuilder::fromXContent));
  }

  /** The {@code fahras_dates} ingest processor. */
  @Override
  public Map<String, Processor.Factory> getProcessors(Processor.Parameters parameters) {
    return Map.of(FahrasDatesProcessor.TYPE, new FahrasDatesProcessor.Factory());
  }
}
