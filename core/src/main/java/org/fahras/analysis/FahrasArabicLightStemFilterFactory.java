package org.fahras.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link FahrasArabicLightStemFilter}, SPI name {@value #NAME}. The optional parameter {@code protected}
 * names word files (comma-separated, one word a line, {@code #} starts a comment) whose words the stemmer leaves as
 * they are: the stem-exclusion set of {@link FahrasAnalyzer#FahrasAnalyzer(CharArraySet, CharArraySet)}. The words are
 * lower-cased and normalized as they are loaded and marked with {@link SetKeywordMarkerFilter} just before the
 * stemmer; words an earlier filter marked as keywords are left alone too. It has no {@code normalize()}: stemming a
 * wildcard or prefix query would change what it matches.
 */
public final class FahrasArabicLightStemFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
  /** The SPI name, as used by {@code CustomAnalyzer} and Solr. */
  public static final String NAME = "fahrasArabicLightStem";

  private final String protectedFiles;
  private CharArraySet protectedWords = CharArraySet.EMPTY_SET;

  /**
   * Creates the factory.
   *
   * @throws IllegalArgumentException when {@code args} holds a parameter other than {@code protected}
   */
  public FahrasArabicLightStemFilterFactory(Map<String, String> args) {
    super(args);
    protectedFiles = get(args, "protected");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Only for the SPI loader's class scan; always throws. */
  public FahrasArabicLightStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (protectedFiles != null) {
      protectedWords = WordLists.normalizedCopy(getWordSet(loader, protectedFiles, false));
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    TokenStream marked = protectedWords.isEmpty() ? input : new SetKeywordMarkerFilter(input, protectedWords);
    return new FahrasArabicLightStemFilter(marked);
  }
}
