package org.fahras.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words whose first letter has the shape of a bare proclitic (the conjunctions و ف, the prepositions ب ل ك) but
 * belongs to the word: وزير, وجود, برنامج, بيروت, لبنان, واشنطن, فيلم, فرنسا. {@link ArabicLightStemmer} keeps such a letter; without this
 * list light stemming turns وزير into زير while الوزير becomes وزير, so the commonest forms of a word never meet.
 *
 * <p>The list is the resource {@code proclitic-lookalikes.txt} beside this class, in the form the stemmer sees a word
 * when it looks at its first letter: normalized, suffixes removed (بريطاني for بريطانيا). It was derived from news text
 * by {@link Deriver}, from two kinds of evidence that need no dictionary: the article attaches to the word (الوزير; an
 * article never stands before a conjunction or a preposition, so the letter after it is the word's own), or the word
 * without its first letter is (almost) never written on its own (يروت, رنامج).
 */
public final class ProcliticLookalikes {
  private static final String RESOURCE = "proclitic-lookalikes.txt";

  private ProcliticLookalikes() {}

  /** True when {@code s[offset..offset+length)} is on the list. */
  static boolean contains(char[] s, int offset, int length) {
    return Holder.SET.contains(s, offset, length);
  }

  /** Loads the list the first time the stemmer needs it. */
  private static final class Holder {
    static final CharArraySet SET = WordLists.loadNormalized(ProcliticLookalikes.class, RESOURCE);
  }

  /**
   * Derives the list from text: feed it articles with {@link #add}, then take {@link #lookalikes}. A word qualifies
   * when the stemmer would remove its first letter as a bare proclitic, it occurs at least {@value #MIN_COUNT} times,
   * and either its article form is common (at least {@value #MIN_ARTICLE_COUNT} times and {@value
   * #MIN_ARTICLE_SHARE} of its own count) or what is left without the letter is rare (under {@value
   * #MAX_REMAINDER_SHARE} of its count, with or without the article). Counts are of stemmer-shaped forms: normalized,
   * article chains taken apart, suffixes removed.
   *
   * <p>Not thread-safe.
   */
  public static final class Deriver {
    static final int MIN_COUNT = 3;
    static final int MIN_ARTICLE_COUNT = 3;
    static final double MIN_ARTICLE_SHARE = 0.02;
    static final double MAX_REMAINDER_SHARE = 0.1;

    /** Tokenized and normalized as the Fahras chain does, but with stopwords kept: a remainder may be one (حتى). */
    private final Analyzer words =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(
                source, new FahrasArabicNormalizationFilter(new LowerCaseFilter(source)));
          }
        };

    /** Forms with no prefix the stemmer would take off, counted. */
    private final Map<String, int[]> bare = new HashMap<>();
    /** Forms after a plain article ال, counted. */
    private final Map<String, int[]> afterArticle = new HashMap<>();

    /** Counts the words of {@code text}. */
    public void add(String text) {
      try (TokenStream stream = words.tokenStream("", text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          count(term.buffer(), term.length());
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot analyze text held in memory", e);
      }
    }

    private void count(char[] s, int length) {
      int start = ArabicLightStemmer.prefixEnd(s, length);
      boolean article = start == 2 && s[0] == 'ا' && s[1] == 'ل';
      if (start > 0 && !article) {
        return; // a conjunction, preposition or future prefix before: not a form either count is about
      }
      int end = ArabicLightStemmer.suffixStart(s, start, length);
      (article ? afterArticle : bare).computeIfAbsent(new String(s, start, end - start), k -> new int[1])[0]++;
    }

    /** The words that qualify, sorted. */
    public List<String> lookalikes() {
      List<String> found = new ArrayList<>();
      for (Map.Entry<String, int[]> entry : bare.entrySet()) {
        String word = entry.getKey();
        int count = entry.getValue()[0];
        char[] chars = word.toCharArray();
        if (count < MIN_COUNT || !ArabicLightStemmer.looksLikeBareProclitic(chars, 0, chars.length)) {
          continue;
        }
        int withArticle = countOf(afterArticle, word);
        String rest = word.substring(1);
        int remainder = countOf(bare, rest) + countOf(afterArticle, rest);
        if (withArticle >= Math.max(MIN_ARTICLE_COUNT, MIN_ARTICLE_SHARE * count)
            || remainder < MAX_REMAINDER_SHARE * count) {
          found.add(word);
        }
      }
      found.sort(null);
      return found;
    }

    private static int countOf(Map<String, int[]> counts, String word) {
      int[] count = counts.get(word);
      return count == null ? 0 : count[0];
    }
  }
}
