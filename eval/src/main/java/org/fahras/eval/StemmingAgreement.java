package org.fahras.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Measures how often an analyzer reduces a word to its gold light stem, on a segmentation file in the Farasa format of
 * the WikiNews test set: a header line, then one token a line, {@code segments<TAB>tags}, both split on {@code +}
 * ({@code و+ال+تلفزيون	CONJ+DET+NOUN}).
 *
 * <p>The definition (under it, Lucene's ArabicNormalizationFilter + ArabicStemFilter after a StandardTokenizer score
 * 4297/6349 = 67.7% on the WikiNews dev file, close to the 67.3% quoted for that chain):
 *
 * <ul>
 *   <li><b>Which tokens</b>: those with a noun, adjective or verb segment ({@code NOUN}, {@code ADJ}, {@code V});
 *       lines whose segment and tag counts differ are skipped.
 *   <li><b>The gold stem</b>: the word without its leading clitics ({@code CONJ PREP DET FUT_PART PART}) and trailing
 *       suffixes ({@code NSUFF PRON CASE}), normalized with the analyzer under test's own {@link
 *       Analyzer#normalize(String, String)}, so each analyzer is judged on stemming, not on spelling conventions it
 *       does not share with the gold.
 *   <li><b>The word</b> the analyzer sees is the segments joined, except that Farasa restores the article's alef in
 *       {@code ل+ال}, which is written لل; the alef is dropped again.
 *   <li><b>Agreement</b>: the analyzer emits exactly one token, equal to the gold stem. A word it removes as a
 *       stopword, or splits into several tokens, counts as a disagreement: the token is in the denominator either way.
 * </ul>
 */
public final class StemmingAgreement {
  private static final String FIELD = "text";
  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "ADJ", "V");
  private static final Set<String> PREFIX_TAGS = Set.of("CONJ", "PREP", "DET", "FUT_PART", "PART");
  private static final Set<String> SUFFIX_TAGS = Set.of("NSUFF", "PRON", "CASE");

  private StemmingAgreement() {}

  /**
   * Runs {@code analyzer} over every noun, adjective and verb of {@code goldTsv} and counts agreements.
   *
   * @throws IOException when the file cannot be read
   */
  public static StemmingResult measure(Path goldTsv, Analyzer analyzer) throws IOException {
    int tokens = 0;
    int agreeing = 0;
    try (BufferedReader reader = Files.newBufferedReader(goldTsv, StandardCharsets.UTF_8)) {
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 2) {
          continue;
        }
        String[] segments = columns[0].split("\\+", -1);
        String[] tags = columns[1].split("\\+", -1);
        if (segments.length != tags.length || !hasContent(tags)) {
          continue;
        }
        tokens++;
        String gold = analyzer.normalize(FIELD, goldStem(segments, tags)).utf8ToString();
        if (analyzesToExactly(analyzer, surface(columns[0]), gold)) {
          agreeing++;
        }
      }
    }
    return new StemmingResult(tokens, agreeing, tokens == 0 ? 0 : agreeing / (double) tokens);
  }

  private static boolean hasContent(String[] tags) {
    for (String tag : tags) {
      if (CONTENT_TAGS.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  private static String goldStem(String[] segments, String[] tags) {
    int first = 0;
    while (first < tags.length && PREFIX_TAGS.contains(tags[first])) {
      first++;
    }
    int last = tags.length;
    while (last > first && SUFFIX_TAGS.contains(tags[last - 1])) {
      last--;
    }
    return String.join("", Arrays.asList(segments).subList(first, last));
  }

  /** The word as written: Farasa's {@code ل+ال} is the written لل. */
  private static String surface(String segmented) {
    return segmented.replace("ل+ال+", "لل").replace("+", "");
  }

  private static boolean analyzesToExactly(Analyzer analyzer, String word, String expected) throws IOException {
    try (TokenStream stream = analyzer.tokenStream(FIELD, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      int count = 0;
      boolean firstMatches = false;
      while (stream.incrementToken()) {
        count++;
        firstMatches |= count == 1 && expected.contentEquals(term);
      }
      stream.end();
      return count == 1 && firstMatches;
    }
  }
}
