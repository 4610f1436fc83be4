package org.fahras.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.AnalyzedToken;
import org.opensearch.Version;
import org.opensearch.cluster.metadata.IndexMetadata;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.junit.jupiter.api.Test;

/** The names the plugin registers are the ones the docs and the mapping use. */
class FahrasPluginTest {
  private final FahrasPlugin plugin = new FahrasPlugin();

  @Test
  void registersTheDocumentedNames() {
    assertEquals(
        Set.of("fahras_arabic_normalization", "fahras_arabic_stop", "fahras_arabic_light_stem"),
        plugin.getTokenFilters().keySet());
    assertEquals(Set.of("fahras_arabic", "fahras_arabic_exact", "fahras_arabic_grams"), plugin.getAnalyzers().keySet());
    assertEquals(Set.of("fahras_dates"), plugin.getProcessors(null).keySet());
    assertEquals(1, plugin.getQueries().size());
    assertEquals("fahras", plugin.getQueries().get(0).getName().getPreferredName());
  }

  @Test
  void analyzersAreTheFahrasChains() throws IOException {
    assertEquals(List.of("كتاب"), terms(FahrasPlugin.ANALYZER, "وبالكتاب"));
    assertEquals(List.of("وبالكتاب"), terms(FahrasPlugin.EXACT_ANALYZER, "وبالكتاب"));
    assertEquals(List.of("كتا", "تاب"), terms(FahrasPlugin.GRAMS_ANALYZER, "وبالكتاب")); // the stem's 3-grams only
  }

  @Test
  void filtersChainLikeTheAnalyzer() throws IOException {
    IndexSettings index = index();
    TokenStream stream = new WhitespaceTokenizer();
    ((Tokenizer) stream).setReader(new StringReader("إلى وبالكتابِ"));
    for (String filter : List.of(FahrasPlugin.NORMALIZATION, FahrasPlugin.STOP, FahrasPlugin.LIGHT_STEM)) {
      stream = plugin.getTokenFilters().get(filter).get(index, null, filter, Settings.EMPTY).create(stream);
    }
    List<String> terms = new ArrayList<>();
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    stream.reset();
    while (stream.incrementToken()) {
      terms.add(term.toString());
    }
    stream.end();
    stream.close();
    assertEquals(List.of("كتاب"), terms, "stopword dropped, diacritic and clitics gone");
  }

  private static IndexSettings index() {
    Settings settings =
        Settings.builder()
            .put(IndexMetadata.SETTING_VERSION_CREATED, Version.CURRENT)
            .put(IndexMetadata.SETTING_NUMBER_OF_SHARDS, 1)
            .put(IndexMetadata.SETTING_NUMBER_OF_REPLICAS, 0)
            .build();
    return new IndexSettings(IndexMetadata.builder("articles").settings(settings).build(), Settings.EMPTY);
  }

  private List<String> terms(String analyzer, String text) throws IOException {
    Analyzer chain = plugin.getAnalyzers().get(analyzer).get(index(), null, analyzer, Settings.EMPTY).get();
    return AnalyzedToken.listOf(chain, "body", text).stream().map(AnalyzedToken::term).toList();
  }
}
