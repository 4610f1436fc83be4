package org.fahras.eval;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.fahras.analysis.ArabicStopwords;

/**
 * Makes a temporal known-item evaluation set from a dated corpus, deterministically for a seed.
 *
 * <p>A query is a few salient words of one article's title plus the article's publication month written in a month
 * family picked at random ("أيلول 2018", "سبتمبر 2018", "9/2018", "٠٩/٢٠١٨"); that article is its only relevant
 * document. A title word is <em>salient</em> when it is at least three letters, not a stopword, occurs in at least
 * {@link Options#minOtherMonthDocuments} other articles published in other months — so the words alone are ambiguous
 * and only the date singles the article out — and in no more than {@link Options#maxDocumentFraction} of the corpus
 * (title or text), so it still says something. Other-month articles count when the word is in their title or text,
 * or, with {@link Options#competitorsByTitle}, only in their title: a title match weighs more than a body match, so
 * only competitors with the words in their titles make the words truly ambiguous to a ranking. Articles with fewer than
 * {@link Options#minWords} salient title words, or without a date, are never picked.
 *
 * <p>Words are maximal runs of letters and combining marks, taken verbatim: no normalization, so a query is what a
 * reader would type after reading the title.
 */
public final class KnownItemGenerator {

  private KnownItemGenerator() {}

  /**
   * What to generate and how strict the selection is.
   *
   * @param seed the seed of every random choice
   * @param queries how many queries to make at most (fewer when fewer articles qualify)
   * @param minWords the fewest salient title words in a query (≥ 1)
   * @param maxWords the most salient title words in a query (≥ minWords)
   * @param minOtherMonthDocuments how many other articles, of other months, must contain each query word
   * @param maxDocumentFraction the largest share of the corpus a query word may occur in (0 to 1]
   * @param stopword which words never go into a query
   * @param competitorsByTitle true to count only other-month articles with the word in their title
   */
  public record Options(
      long seed,
      int queries,
      int minWords,
      int maxWords,
      int minOtherMonthDocuments,
      double maxDocumentFraction,
      Predicate<String> stopword,
      boolean competitorsByTitle) {

    /** Validates the ranges. */
    public Options {
      Objects.requireNonNull(stopword, "stopword");
      if (queries < 0 || minWords < 1 || maxWords < minWords || minOtherMonthDocuments < 1
          || !(maxDocumentFraction > 0 && maxDocumentFraction <= 1)) {
        throw new IllegalArgumentException("need queries >= 0, 1 <= minWords <= maxWords, minOtherMonthDocuments"
            + " >= 1 and 0 < maxDocumentFraction <= 1");
      }
    }

    /** Options counting competitors in title or text. */
    public Options(long seed, int queries, int minWords, int maxWords, int minOtherMonthDocuments,
        double maxDocumentFraction, Predicate<String> stopword) {
      this(seed, queries, minWords, maxWords, minOtherMonthDocuments, maxDocumentFraction, stopword, false);
    }

    /**
     * Options for a news corpus: 1–2 words, each in the titles of at least 20 articles of other months and in at most
     * 5% of the corpus, Fahras's curated stopwords ({@link ArabicStopwords}) excluded: a function word is never what
     * singles an article out.
     *
     * <p>Why so few words: on the ANT corpus (31,525 articles), two or three title words single an article out by
     * themselves (stock analyzers reach MRR@10 0.62–0.86 without looking at dates), so the date would hardly matter.
     * With these options stock {@code standard} reached 0.36 and {@code lucene-arabic} 0.27 without the date, and
     * 0.51 and 0.44 with the engine's default temporal intent (seed 20260101, 200 queries, November 2026 engine).
     */
    public static Options defaults(long seed, int queries) {
      return new Options(seed, queries, 1, 2, 20, 0.05, ArabicStopwords::contains, true);
    }
  }

  /** An eligible article: its id, month and distinct candidate title words in title order. */
  private record TitleWords(String id, YearMonth month, List<String> words) {}

  /** How many articles contain a word, and how many contain it where competitors count, overall and by month. */
  private static final class WordCounts {
    int documents;
    int competitors;
    final Map<YearMonth, Integer> competitorsByMonth = new HashMap<>();
  }

  /**
   * Generates a known-item set from {@code corpus}, which is iterated twice (titles first, then word counts).
   * Articles whose id was already seen are ignored, so every query has exactly one relevant document.
   */
  public static KnownItemSet generate(Iterable<DatedItem> corpus, Options options) {
    List<TitleWords> titles = new ArrayList<>();
    Map<String, WordCounts> counts = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (DatedItem item : corpus) {
      if (item.published() != null && ids.add(item.id())) {
        List<String> words = new ArrayList<>(words(item.title()));
        words.removeIf(word -> word.codePointCount(0, word.length()) < 3 || options.stopword().test(word));
        titles.add(new TitleWords(item.id(), YearMonth.from(item.published()), words));
        words.forEach(word -> counts.computeIfAbsent(word, w -> new WordCounts()));
      }
    }
    int corpusSize = countDocuments(corpus, counts, options.competitorsByTitle());
    List<TitleWords> candidates = new ArrayList<>();
    for (TitleWords title : titles) {
      List<String> salient = salientWords(title, counts, corpusSize, options);
      if (salient.size() >= options.minWords()) {
        candidates.add(new TitleWords(title.id(), title.month(), salient));
      }
    }
    // Sorting by id makes the result independent of the corpus order, not only of the seed.
    candidates.sort(Comparator.comparing(TitleWords::id));
    SplittableRandom random = new SplittableRandom(options.seed());
    shuffle(candidates, random);
    int count = Math.min(options.queries(), candidates.size());
    String idFormat = "tki-%0" + Math.max(3, String.valueOf(count).length()) + "d";
    List<KnownItem> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      TitleWords pick = candidates.get(i);
      MonthFamily family = MonthFamily.values()[random.nextInt(MonthFamily.values().length)];
      String query = String.join(" ", chooseWords(pick.words(), options, random)) + " " + family.format(pick.month());
      items.add(new KnownItem(String.format(Locale.ROOT, idFormat, i + 1), query, pick.id(), family));
    }
    return new KnownItemSet(items);
  }

  /**
   * Second pass: counts, for each candidate word, the distinct dated articles containing it, and the competitors
   * (those with it in the title when {@code byTitle}). Returns the number of articles.
   */
  private static int countDocuments(Iterable<DatedItem> corpus, Map<String, WordCounts> counts, boolean byTitle) {
    Set<String> ids = new HashSet<>();
    for (DatedItem item : corpus) {
      if (item.published() != null && ids.add(item.id())) {
        YearMonth month = YearMonth.from(item.published());
        Set<String> inTitle = words(item.title());
        Set<String> seen = new HashSet<>(inTitle);
        seen.addAll(words(item.text()));
        for (String word : seen) {
          WordCounts wordCounts = counts.get(word);
          if (wordCounts != null) {
            wordCounts.documents++;
            if (!byTitle || inTitle.contains(word)) {
              wordCounts.competitors++;
              wordCounts.competitorsByMonth.merge(month, 1, Integer::sum);
            }
          }
        }
      }
    }
    return ids.size();
  }

  private static List<String> salientWords(
      TitleWords title, Map<String, WordCounts> counts, int corpusSize, Options options) {
    List<String> salient = new ArrayList<>();
    for (String word : title.words()) {
      WordCounts wordCounts = counts.get(word);
      int otherMonths = wordCounts.competitors - wordCounts.competitorsByMonth.getOrDefault(title.month(), 0);
      if (otherMonths >= options.minOtherMonthDocuments()
          && wordCounts.documents <= options.maxDocumentFraction() * corpusSize) {
        salient.add(word);
      }
    }
    return salient;
  }

  /** Picks minWords to maxWords of the salient words at random and keeps them in title order, as a reader would. */
  private static List<String> chooseWords(List<String> salient, Options options, SplittableRandom random) {
    int wanted = options.minWords() + random.nextInt(options.maxWords() - options.minWords() + 1);
    List<String> shuffled = new ArrayList<>(salient);
    shuffle(shuffled, random);
    Set<String> chosen = new HashSet<>(shuffled.subList(0, Math.min(wanted, shuffled.size())));
    return salient.stream().filter(chosen::contains).toList();
  }

  /** Fisher–Yates with the given generator ({@code Collections.shuffle} needs a {@code java.util.Random}). */
  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }

  /** Returns the distinct words of {@code text} in order of first occurrence: runs of letters and combining marks. */
  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int codePoint = i < text.length() ? text.codePointAt(i) : ' ';
      boolean wordPart = Character.isLetter(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
      if (wordPart && start < 0) {
        start = i;
      } else if (!wordPart && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
      i += i < text.length() ? Character.charCount(codePoint) : 1;
    }
    return words;
  }
}
