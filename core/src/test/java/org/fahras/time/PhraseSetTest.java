package org.fahras.time;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The share of phrases read right in {@code phrases.tsv}, a phrase-level set in the style of public date test sets
 * (a phrase, a reference date, the expected interval): relative days, weekdays with and without a tense cue, feasts,
 * offsets, ordinals, nth weekdays and weeks, first and last days, quarters, halves, decades and centuries, colloquial
 * words, and phrases that name no time.
 *
 * <p>One phrase a line: {@code kind<TAB>reference<TAB>phrase<TAB>expected}, where expected is a {@link
 * TemporalMention#isoValue()} or {@code -} for no time. A phrase is right when some mention has the expected value and
 * no mention has another one (a wrong reading beside the right one is still wrong), or, for {@code -}, when nothing is
 * found. Conventions: clock times are left out; a bare weekday with no future cue is the latest such day on or before
 * the reference; a feast without a year is the one under way or next, or one that ended within the last 30 days.
 */
class PhraseSetTest {
  /**
   * The share this set must keep. It was 0.375 (87 of 232) when the set was written, before the tagger learned its
   * kinds; 0.991 after.
   */
  private static final double MINIMUM_SHARE = 0.95;

  private record Phrase(String kind, LocalDate reference, String text, String expected) {}

  @Test
  void phrasesWrittenBeforeTuning() throws IOException {
    double share = share("phrases.tsv", 200);
    assertTrue(share >= MINIMUM_SHARE, "share " + share);
  }

  /**
   * {@code phrases-heldout.tsv}: phrases of the same kinds in other words and at another reference date, written after
   * the tagger was tuned on {@code phrases.tsv}. Scored once before any fix: 69 of 71; the tagger before part 2 read 33.
   */
  @Test
  void phrasesWrittenAfterTuning() throws IOException {
    double share = share("phrases-heldout.tsv", 60);
    assertTrue(share >= MINIMUM_SHARE, "share " + share);
  }

  private static double share(String file, int minimumSize) throws IOException {
    TemporalTagger tagger = new TemporalTagger();
    List<Phrase> phrases = read(file);
    Map<String, int[]> byKind = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    int right = 0;
    for (Phrase phrase : phrases) {
      List<String> values = tagger.tag(phrase.text(), phrase.reference()).stream().map(TemporalMention::isoValue).toList();
      boolean ok = phrase.expected().equals("-")
          ? values.isEmpty()
          : values.contains(phrase.expected()) && values.stream().allMatch(phrase.expected()::equals);
      int[] counts = byKind.computeIfAbsent(phrase.kind(), k -> new int[2]);
      counts[1]++;
      if (ok) {
        right++;
        counts[0]++;
      } else {
        wrong.add(phrase.kind() + "  " + phrase.text() + " @" + phrase.reference() + "  expected " + phrase.expected()
            + ", got " + values);
      }
    }
    double share = right / (double) phrases.size();
    System.out.printf(Locale.ROOT, "phrase set %s: %d of %d right, share %.3f%n", file, right, phrases.size(), share);
    byKind.forEach((kind, c) -> System.out.printf(Locale.ROOT, "  %-16s %3d / %3d%n", kind, c[0], c[1]));
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    assertTrue(phrases.size() >= minimumSize, file + " has " + phrases.size() + " phrases");
    return share;
  }

  private static List<Phrase> read(String file) throws IOException {
    List<Phrase> phrases = new ArrayList<>();
    try (InputStream in = PhraseSetTest.class.getResourceAsStream(file)) {
      assertNotNull(in, file + " on the test class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(file + ":" + number + ": expected 4 tab-separated fields");
        }
        phrases.add(new Phrase(f[0], LocalDate.parse(f[1]), f[2], f[3]));
      }
    }
    return phrases;
  }
}
