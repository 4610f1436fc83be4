package org.fahras.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.fahras.document.Article;

/**
 * A fixed, seeded query log drawn from the corpus's titles, five kinds in equal numbers: one word; two words, both
 * required; three words, any of them; a two-word "phrase"; and words with a temporal expression (a month and year in
 * the Egyptian or Levantine names, a numeric month, a year, or "last month"). Words come from one title so that a
 * query finds something, as a real one usually does.
 */
final class QueryLog {
  /** The kinds of query, in the order the log lists them. */
  enum Kind {
    SINGLE,
    AND2,
    OR3,
    PHRASE,
    TEMPORAL
  }

  /**
   * One query of the log.
   *
   * @param kind its kind
   * @param text what the user types
   * @param requireAllWords true for the AND operator
   */
  record Query(Kind kind, String text, boolean requireAllWords) {}

  private static final String[] EGYPTIAN_MONTHS = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"
  };
  private static final String[] LEVANTINE_MONTHS = {
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
    "كانون الأول"
  };
  private static final int MIN_WORD_CHARS = 3;

  private QueryLog() {}

  /**
   * {@code perKind} queries of each kind, the same for the same corpus and seed. A candidate {@code usable} rejects
   * (say, one whose only word the temporal tagger took for a time) is replaced by the next.
   */
  static List<Query> generate(List<Article> corpus, int perKind, long seed, Predicate<Query> usable) {
    SplittableRandom random = new SplittableRandom(seed);
    CharArraySet stopwords = ArabicAnalyzer.getDefaultStopSet();
    List<Query> log = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      int made = 0;
      while (made < perKind) {
        Article article = corpus.get(random.nextInt(corpus.size()));
        Query query =
            kind == Kind.PHRASE
                ? phrase(article.title(), stopwords, random)
                : make(kind, contentWords(article.title(), stopwords), article.published(), random);
        if (query != null && usable.test(query)) {
          log.add(query);
          made++;
        }
      }
    }
    return List.copyOf(log);
  }

  /** A query of {@code kind} from one title's words, or null when the title has too few. */
  private static Query make(Kind kind, List<String> words, LocalDate published, SplittableRandom random) {
    int needed = kind == Kind.OR3 ? 3 : kind == Kind.AND2 ? 2 : 1;
    if (words.size() < needed || (kind == Kind.TEMPORAL && published == null)) {
      return null;
    }
    int first = random.nextInt(words.size() - needed + 1);
    List<String> picked = words.subList(first, first + needed);
    return switch (kind) {
      case SINGLE -> new Query(kind, picked.get(0), false);
      case AND2 -> new Query(kind, String.join(" ", picked), true);
      case OR3 -> new Query(kind, String.join(" ", picked), false);
      case PHRASE -> throw new IllegalArgumentException("phrases take adjacent words: see phrase()");
      case TEMPORAL -> new Query(kind, picked.get(0) + " " + timeExpression(published, random), false);
    };
  }

  /** A quoted pair of adjacent content words of {@code title}, or null when it has none. */
  private static Query phrase(String title, CharArraySet stopwords, SplittableRandom random) {
    String[] tokens = title.split("[^\\p{IsArabic}]+");
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.length; i++) {
      if (isContentWord(tokens[i], stopwords) && isContentWord(tokens[i + 1], stopwords)) {
        starts.add(i);
      }
    }
    if (starts.isEmpty()) {
      return null;
    }
    int start = starts.get(random.nextInt(starts.size()));
    return new Query(Kind.PHRASE, "\"" + tokens[start] + " " + tokens[start + 1] + "\"", false);
  }

  /** A temporal expression naming the article's month or year in one of several forms. */
  private static String timeExpression(LocalDate published, SplittableRandom random) {
    int month = published.getMonthValue();
    int year = published.getYear();
    return switch (random.nextInt(5)) {
      case 0 -> EGYPTIAN_MONTHS[month - 1] + " " + year;
      case 1 -> LEVANTINE_MONTHS[month - 1] + " " + year;
      case 2 -> month + "/" + year;
      case 3 -> "عام " + year;
      default -> "الشهر الماضي";
    };
  }

  /** The title's Arabic words of at least {@value #MIN_WORD_CHARS} letters that are not stopwords, in order. */
  private static List<String> contentWords(String title, CharArraySet stopwords) {
    List<String> words = new ArrayList<>();
    for (String word : title.split("[^\\p{IsArabic}]+")) {
      if (isContentWord(word, stopwords)) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean isContentWord(String word, CharArraySet stopwords) {
    return word.length() >= MIN_WORD_CHARS && !stopwords.contains(word) && word.chars().allMatch(Character::isLetter);
  }
}
