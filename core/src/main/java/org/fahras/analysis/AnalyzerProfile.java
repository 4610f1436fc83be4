package org.fahras.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analysis chains Fahras can index and search with, chosen by name everywhere (API and CLI).
 *
 * <p>An index records the profile it was built with; index and query time always use the same one.
 */
public enum AnalyzerProfile {
  /** Lucene's {@link StandardAnalyzer}: Unicode word breaking and lower-casing, nothing Arabic. */
  STANDARD("standard"),
  /** Lucene's stock {@link ArabicAnalyzer}: the baseline Fahras is measured against. */
  LUCENE_ARABIC("lucene-arabic"),
  /** Fahras's own chain ({@link FahrasAnalyzer}) with every view, stem 3-grams included: the default. */
  FAHRAS("fahras"),
  /**
   * Fahras's own chain without the gram view: stems and exact words only. It indexes faster and writes a smaller index
   * at some cost in matching word forms light stemming keeps apart; a choice for archives that take more writes than
   * searches.
   */
  FAHRAS_LEAN("fahras-lean");

  private final String id;

  AnalyzerProfile(String id) {
    this.id = id;
  }

  /** The name users type: {@code standard}, {@code lucene-arabic}, {@code fahras} or {@code fahras-lean}. */
  public String id() {
    return id;
  }

  /** A new analyzer for this profile's stemmed (main) text fields. Analyzers are thread-safe. */
  public Analyzer newAnalyzer() {
    return switch (this) {
      case STANDARD -> new StandardAnalyzer();
      case LUCENE_ARABIC -> new ArabicAnalyzer();
      case FAHRAS, FAHRAS_LEAN -> new FahrasAnalyzer();
    };
  }

  /**
   * A new analyzer for this profile's unstemmed field (exact and phrase matching): the same tokenizer, normalization and
   * stopwords as {@link #newAnalyzer()}, without stemming. For {@code standard}, which never stems, that is the same
   * analyzer; for {@code lucene-arabic} it is {@code ArabicAnalyzer}'s chain minus {@code ArabicStemFilter}; for
   * {@code fahras} it is {@link FahrasAnalyzer#exact()}.
   */
  public Analyzer newExactAnalyzer() {
    return switch (this) {
      case STANDARD -> new StandardAnalyzer();
      case LUCENE_ARABIC -> new StockArabicExactAnalyzer();
      case FAHRAS, FAHRAS_LEAN -> FahrasAnalyzer.exact();
    };
  }

  /**
   * A new analyzer for this profile's broad-match field, or empty when the profile has none. Only {@code fahras} has
   * one (stem 3-grams, {@link FahrasAnalyzer#stemGrams()}); {@code fahras-lean} leaves it out, and the stock profiles
   * stay as Lucene ships them, so they remain honest baselines.
   */
  public Optional<Analyzer> newGramAnalyzer() {
    return this == FAHRAS ? Optional.of(FahrasAnalyzer.stemGrams()) : Optional.empty();
  }

  /**
   * Looks a profile up by its {@link #id()}.
   *
   * @throws IllegalArgumentException naming the valid choices when {@code name} is unknown
   */
  public static AnalyzerProfile byId(String name) {
    String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (AnalyzerProfile profile : values()) {
      if (profile.id.equals(wanted)) {
        return profile;
      }
    }
    throw new IllegalArgumentException(
        "unknown analyzer profile '" + name + "'; choose one of " + ids());
  }

  /** The valid profile names, comma separated, for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(AnalyzerProfile::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
