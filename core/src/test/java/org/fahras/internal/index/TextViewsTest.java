package org.fahras.internal.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.tests.util.TestUtil;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.analysis.FahrasAnalyzer;

/**
 * {@link TextViews} replays exactly what each profile's analyzers emit (terms, offsets, increments, final offset), with
 * one instance reused over many texts, and follows the token stream contract (Lucene's checks of clearing attributes,
 * reset and end). JUnit 4: it runs under the vintage engine.
 */
public class TextViewsTest extends BaseTokenStreamTestCase {
  private static final Path SEEDS = Path.of("../seeds");
  private static final String[] ARABIC_PARTS = {
    "و", "ف", "ب", "ال", "وال", "بال", "لل", "كتاب", "انتخاب", "مدين", "ه", "ات", "ون", "ين", "ها", "هم", "ي", "ة", "ى",
    "أ", "إ", "آ", "ـ", "\u064E", "\u0650", "ﻻ", "٢٠٢٤", "م", "في", "على", "من", "سي", "ت", "ا", "ن"
  };

  public void testEveryViewEmitsWhatItsAnalyzerEmits() throws IOException {
    for (AnalyzerProfile profile : AnalyzerProfile.values()) {
      TextViews views = TextViews.of(profile);
      try (Analyzer stems = profile.newAnalyzer();
          Analyzer exact = profile.newExactAnalyzer();
          Analyzer grams = profile.newGramAnalyzer().orElse(null)) {
        assertEquals(profile.toString(), grams == null, views.grams() == null);
        for (String text : texts(random(), 600)) {
          views.analyze("body", text);
          assertSame(profile + ": " + text, stems, text, views.stems());
          assertSame(profile + ": " + text, exact, text, views.exact());
          if (grams != null) {
            assertSame(profile + ": " + text, grams, text, views.grams());
          }
        }
      }
    }
  }

  public void testTheSeedsReplayAsAnalyzed() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        seeds.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertEquals(5, seeds.size());
    TextViews views = TextViews.of(AnalyzerProfile.FAHRAS);
    try (Analyzer grams = FahrasAnalyzer.stemGrams()) {
      for (String seed : seeds) {
        views.analyze("body", seed);
        assertSame(seed, grams, seed, views.grams());
      }
    }
  }

  public void testAKeywordKeepsItsWordInEveryView() throws IOException {
    CharArraySet keywords = new CharArraySet(List.of("الكتاب"), false);
    Analyzer words =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
            return new TokenStreamComponents(source, new SetKeywordMarkerFilter(source, keywords));
          }
        };
    TextViews views = new TextViews(words, FahrasAnalyzer::stems, FahrasAnalyzer::grams);
    views.analyze("body", "الكتاب والكتاب");
    assertTokenStreamContents(views.stems(), new String[] {"الكتاب", "كتاب"});
    assertTokenStreamContents(views.grams(), new String[] {"الك", "لكت", "كتا", "تاب", "كتا", "تاب"});
    words.close();
  }

  public void testAVeryLongTextThenShortOnes() throws IOException {
    TextViews views = TextViews.of(AnalyzerProfile.FAHRAS);
    try (Analyzer stems = new FahrasAnalyzer()) {
      String long_ = "والكتاب المدينة ".repeat(80_000);
      views.analyze("body", long_);
      assertSame("long", stems, long_, views.stems());
      views.analyze("body", "الكتاب");
      assertSame("short", stems, "الكتاب", views.stems());
      views.analyze("body", "");
      assertTokenStreamContents(views.stems(), new String[0], new int[0], new int[0], 0);
    }
  }

  /** Random texts: Lucene's random analysis strings, and Arabic words glued from clitics, stems and marks. */
  private static List<String> texts(Random random, int count) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (random.nextBoolean()) {
        texts.add(TestUtil.randomAnalysisString(random, 60, random.nextBoolean()));
      } else {
        StringBuilder text = new StringBuilder();
        for (int word = random.nextInt(12); word >= 0; word--) {
          for (int part = 1 + random.nextInt(4); part > 0; part--) {
            text.append(ARABIC_PARTS[random.nextInt(ARABIC_PARTS.length)]);
          }
          text.append(random.nextInt(5) == 0 ? "، " : " ");
        }
        texts.add(text.toString());
      }
    }
    return texts;
  }

  /** Checks that {@code view} emits what {@code analyzer} emits for {@code text}, token for token. */
  private static void assertSame(String message, Analyzer analyzer, String text, TokenStream view) throws IOException {
    List<String> terms = new ArrayList<>();
    List<int[]> where = new ArrayList<>();
    int finalOffset;
    try (TokenStream expected = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = expected.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = expected.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = expected.addAttribute(PositionIncrementAttribute.class);
      expected.reset();
      while (expected.incrementToken()) {
        terms.add(term.toString());
        where.add(new int[] {offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()});
      }
      expected.end();
      finalOffset = offset.endOffset();
    }
    try {
      assertTokenStreamContents(
          view,
          terms.toArray(String[]::new),
          where.stream().mapToInt(w -> w[0]).toArray(),
          where.stream().mapToInt(w -> w[1]).toArray(),
          where.stream().mapToInt(w -> w[2]).toArray(),
          finalOffset);
    } catch (AssertionError e) {
      throw new AssertionError(message + ": " + e.getMessage(), e);
    }
  }
}
