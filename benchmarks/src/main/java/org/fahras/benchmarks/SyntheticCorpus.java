package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.fahras.document.Article;

/**
 * A seeded synthetic Arabic news corpus, for machines without the shared one: words drawn from the seed articles'
 * vocabulary with a Zipf-like skew (as real text is), dates between 2012 and 2018, and now and then a written date
 * ("12 سبتمبر 2016") so the temporal tagger has work. The same seed gives the same corpus.
 */
final class SyntheticCorpus {
  private static final String[] MONTHS = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول"
  };
  private static final String[] SOURCES = {"synthetic-a", "synthetic-b", "synthetic-c", "synthetic-d"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
  private static final int DAYS = 7 * 365;

  private final String[] vocabulary;
  private final long seed;

  private SyntheticCorpus(String[] vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.seed = seed;
  }

  /** A generator over the Arabic words of every {@code .txt} file in {@code seeds}, in first-seen order. */
  static SyntheticCorpus fromSeeds(Path seeds, long seed) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(seeds, "*.txt")) {
      found.forEach(files::add);
    }
    files.sort(null);
    for (Path file : files) {
      for (String word : Files.readString(file, StandardCharsets.UTF_8).split("[^\\p{IsArabic}]+")) {
        if (word.length() >= 2) {
          words.add(word);
        }
      }
    }
    if (words.size() < 50) {
      throw new IOException("the seed articles in " + seeds + " hold too few Arabic words for a synthetic corpus");
    }
    return new SyntheticCorpus(words.toArray(String[]::new), seed);
  }

  /** The first {@code count} articles of this seed's corpus. */
  List<Article> articles(int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Article> articles = new ArrayList<>(count);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
      text.setLength(0);
      appendWords(random, 5 + random.nextInt(8), text);
      String title = text.toString();
      text.setLength(0);
      int paragraphs = 2 + random.nextInt(6);
      for (int p = 0; p < paragraphs; p++) {
        if (p > 0) {
          text.append("\n\n");
        }
        appendWords(random, 30 + random.nextInt(90), text);
        if (random.nextInt(4) == 0) {
          LocalDate mentioned = published.minusDays(random.nextInt(400));
          text.append(" في ")
              .append(mentioned.getDayOfMonth())
              .append(' ')
              .append(MONTHS[random.nextInt(MONTHS.length)])
              .append(' ')
              .append(mentioned.getYear());
        }
        text.append('.');
      }
      articles.add(
          Article.builder("syn-" + i)
              .title(title)
              .body(text.toString())
              .source(SOURCES[random.nextInt(SOURCES.length)])
              .published(published)
              .build());
    }
    return articles;
  }

  /** Appends {@code count} words, space separated. */
  private void appendWords(SplittableRandom random, int count, StringBuilder text) {
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        text.append(' ');
      }
      text.append(vocabulary[zipf(random)]);
    }
  }

  /** An index skewed toward the first words: rank ~ n^u for uniform u, close to Zipf's law. */
  private int zipf(SplittableRandom random) {
    return (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(vocabulary.length, random.nextDouble())) - 1);
  }
}
