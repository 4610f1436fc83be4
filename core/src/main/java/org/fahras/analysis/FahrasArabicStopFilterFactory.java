package org.fahras.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for Lucene's {@link StopFilter} with Arabic stopwords, SPI name {@value #NAME}. By default the words are
 * Fahras's own ({@link ArabicStopwords#normalizedSet()}); the optional parameter {@code words} names word files of your
 * own instead (comma-separated, one word a line, {@code #} starts a comment, as Lucene's {@code stop} filter reads
 * them). Every word is lower-cased and normalized as it is loaded, so put the filter after
 * {@code fahrasArabicNormalization} and before {@code fahrasArabicLightStem}.
 */
public final class FahrasArabicStopFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
  /** The SPI name, as used by {@code CustomAnalyzer} and Solr. */
  public static final String NAME = "fahrasArabicStop";

  private final String wordFiles;
  private CharArraySet stopwords = ArabicStopwords.normalizedSet();

  /**
   * Creates the factory.
   *
   * @throws IllegalArgumentException when {@code args} holds a parameter other than {@code words}
   */
  public FahrasArabicStopFilterFactory(Map<String, String> args) {
    super(args);
    wordFiles = get(args, "words");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Only for the SPI loader's class scan; always throws. */
  public FahrasArabicStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (wordFiles != null) {
      stopwords = WordLists.normalizedCopy(getWordSet(loader, wordFiles, false));
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, stopwords);
  }
}
