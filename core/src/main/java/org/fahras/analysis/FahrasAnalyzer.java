package org.fahras.analysis;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Fahras's Arabic analyzer:
 *
 * <ol>
 *   <li>{@link StandardTokenizer} (Unicode word breaking; it keeps marks, tatweel, ZWNJ and presentation forms inside
 *       a word, so normalizing after it loses nothing and offsets slice the original text);
 *   <li>{@link LowerCaseFilter}, for Latin words in Arabic text;
 *   <li>{@link FahrasArabicNormalizationFilter};
 *   <li>{@link StopFilter} with {@link ArabicStopwords#normalizedSet()}: after normalization, so the list and the text
 *       are spelled alike, and before stemming, so a stopword is recognized before it is cut;
 *   <li>{@link FahrasArabicLightStemFilter}, left out by {@link #exact()};
 *   <li>for {@link #stemGrams()} only: {@link StemGramFilter} cutting each stem into its character 3-grams (a stem of
 *       three letters or fewer is its own only gram).
 * </ol>
 *
 * <p>Why stem 3-grams: light stemming strips affixes but leaves derivations of one root apart (الانتخابات → انتخاب,
 * ينتخب → ينتخب); their stems still share 3-letter runs (نتخ). Character n-grams are a long-known remedy in Arabic
 * retrieval (Mustafa and Al-Radaideh, "Using N-grams for Arabic text searching", JASIST 2004; Darwish and Oard, TREC
 * 2002). As a low-weighted field beside the stemmed one, stem 3-grams raised MRR@10 on the ARCD passages from 0.818 to
 * 0.844 and MAP@100 on Qur'an QA from 0.270 to 0.281 (plain BM25 over title and text; 4-grams and 5-grams gained
 * less).
 *
 * <p>Like Lucene's {@code ArabicAnalyzer}, the stemmed chain takes a stopword set of your own and a stem-exclusion set
 * (words the stemmer leaves as they are, marked with {@link SetKeywordMarkerFilter} just before it; a word another
 * filter already marked as a keyword is left alone too). Both are lower-cased and normalized as they are given, so
 * أحمد in the set matches احمد in the text. The {@link org.fahras.Fahras} engine always uses the default sets, so the
 * documents and queries of an index are analysed alike; the options are for your own Lucene fields.
 *
 * <p>{@link #normalize} (wildcards, prefixes) applies steps 2–3 only. Thread-safe, like every {@link Analyzer}.
 *
 * <pre>{@code
 * AnalyzedToken.listOf(new FahrasAnalyzer(), "body", "وبالكتاب"); // one token: كتاب
 * CharArraySet keep = new CharArraySet(List.of("الجزيرة"), false); // a name, not a word to stem
 * new FahrasAnalyzer(FahrasAnalyzer.getDefaultStopSet(), keep);
 * }</pre>
 */
public final class FahrasAnalyzer extends Analyzer {
  /** Length of the stem n-grams of {@link #stemGrams()}. */
  public static final int GRAM = 3;

  /** What the chain emits for each word. */
  private enum Form {
    STEM,
    EXACT,
    STEM_GRAMS
  }

  private final Form form;
  private final CharArraySet stopwords;
  private final CharArraySet stemExclusions;

  /** The stemmed chain, for the main text fields, with Fahras's stopwords and no stem exclusions. */
  public FahrasAnalyzer() {
    this(Form.STEM, ArabicStopwords.normalizedSet(), CharArraySet.EMPTY_SET);
  }

  /** The stemmed chain with {@code stopwords} instead of Fahras's own (an empty set keeps every word). */
  public FahrasAnalyzer(CharArraySet stopwords) {
    this(stopwords, CharArraySet.EMPTY_SET);
  }

  /**
   * The stemmed chain with {@code stopwords} instead of Fahras's own, and the words of {@code stemExclusionSet} left
   * unstemmed.
   */
  public FahrasAnalyzer(CharArraySet stopwords, CharArraySet stemExclusionSet) {
    this(
        Form.STEM,
        WordLists.normalizedCopy(Objects.requireNonNull(stopwords, "stopwords")),
        WordLists.normalizedCopy(Objects.requireNonNull(stemExclusionSet, "stemExclusionSet")));
  }

  private FahrasAnalyzer(Form form, CharArraySet stopwords, CharArraySet stemExclusions) {
    this.form = form;
    this.stopwords = stopwords;
    this.stemExclusions = stemExclusions;
  }

  /** Fahras's own stopwords, normalized: the default set, to extend or replace. */
  public static CharArraySet getDefaultStopSet() {
    return ArabicStopwords.normalizedSet();
  }

  /** The same chain without the stemmer, for exact and phrase matching on an unstemmed field. */
  public static FahrasAnalyzer exact() {
    return new FahrasAnalyzer(Form.EXACT, ArabicStopwords.normalizedSet(), CharArraySet.EMPTY_SET);
  }

  /** The stemmed chain cut into character 3-grams of each stem, for a low-weighted broad-match field. */
  public static FahrasAnalyzer stemGrams() {
    return new FahrasAnalyzer(Form.STEM_GRAMS, ArabicStopwords.normalizedSet(), CharArraySet.EMPTY_SET);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new FahrasArabicNormalizationFilter(result);
    result = new StopFilter(result, stopwords);
    if (form != Form.EXACT && !stemExclusions.isEmpty()) {
      result = new SetKeywordMarkerFilter(result, stemExclusions);
    }
    result =
        switch (form) {
          case EXACT -> result;
          case STEM -> stems(result);
          case STEM_GRAMS -> grams(stems(result));
        };
    return new TokenStreamComponents(source, result);
  }

  /**
   * Step 5 over a stream of words: the stemming filter. The index replays a text's words through this same method, so
   * it and the analyzer cannot drift apart.
   */
  public static TokenStream stems(TokenStream words) {
    return new FahrasArabicLightStemFilter(words);
  }

  /** Step 6 over a stream of stems: their 3-grams. The index replays a text's stems through this same method. */
  public static TokenStream grams(TokenStream stems) {
    return new StemGramFilter(stems, GRAM);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FahrasArabicNormalizationFilter(new LowerCaseFilter(in));
  }
}
