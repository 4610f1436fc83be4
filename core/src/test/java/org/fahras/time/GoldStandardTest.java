package org.fahras.time;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of span + value on the gold files: real sentences from the seeds and the shared corpus, and
 * sentences written in news style, each with its reference date and the expressions it contains, annotated by
 * meaning. A found mention counts only when both its exact text and its ISO value match an expected one (each
 * expected one can be matched once).
 *
 * <p>One JSON object per line: {@code source} (where the sentence comes from), {@code reference} (the article's date,
 * ISO), {@code text}, and {@code mentions}, a list of {@code {"span": exact text, "value": TemporalMention#isoValue()}};
 * an empty list marks a negative sentence.
 *
 * <ul>
 *   <li>{@code gold.jsonl}: months of every family, Hijri and numeric dates, years, ranges, parts, weekdays and
 *       relative words (the tagger's first version);
 *   <li>{@code gold-part2.jsonl}: feasts, offsets, tense, weekday + date, ordinals, nth weekdays and weeks, first and
 *       last days, quarters, halves, decades, centuries and colloquial words, annotated before the tagger learned them.
 * </ul>
 */
class GoldStandardTest {
  private static final double MINIMUM = 0.95;
  /**
   * The second batch's floor. It scored P 0.571 / R 0.341 (164 expressions) when it was annotated, before the tagger
   * learned its kinds; P 0.988 / R 0.982 after.
   */
  private static final double MINIMUM_PART2 = 0.95;

  /** Counts over one gold file. */
  private record Score(int expected, int found, int correct) {
    double precision() {
      return correct / (double) found;
    }

    double recall() {
      return correct / (double) expected;
    }

    double f1() {
      return 2 * precision() * recall() / (precision() + recall());
    }
  }

  @Test
  void firstGold() throws IOException {
    Score score = score("gold.jsonl");
    assertTrue(score.expected() >= 200, "gold has " + score.expected() + " expressions");
    assertTrue(score.precision() >= MINIMUM, "precision " + score.precision());
    assertTrue(score.recall() >= MINIMUM, "recall " + score.recall());
  }

  @Test
  void secondGold() throws IOException {
    Score score = score("gold-part2.jsonl");
    assertTrue(score.expected() >= 150, "gold has " + score.expected() + " expressions");
    assertTrue(score.precision() >= MINIMUM_PART2, "precision " + score.precision());
    assertTrue(score.recall() >= MINIMUM_PART2, "recall " + score.recall());
  }

  private static Score score(String file) throws IOException {
    TemporalTagger tagger = new TemporalTagger();
    ObjectMapper json = new ObjectMapper();
    int expectedCount = 0;
    int foundCount = 0;
    int correct = 0;
    List<String> errors = new ArrayList<>();
    try (InputStream in = GoldStandardTest.class.getResourceAsStream(file)) {
      assertNotNull(in, file + " on the test class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode sentence = json.readTree(line);
        String text = sentence.get("text").asText();
        LocalDate reference = LocalDate.parse(sentence.get("reference").asText());
        List<String> expected = new ArrayList<>();
        for (JsonNode m : sentence.get("mentions")) {
          expected.add(m.get("span").asText() + " = " + m.get("value").asText());
        }
        expectedCount += expected.size();
        for (TemporalMention m : tagger.tag(text, reference)) {
          foundCount++;
          if (expected.remove(m.text() + " = " + m.isoValue())) {
            correct++;
          } else {
            errors.add("unexpected: " + m.text() + " = " + m.isoValue() + "  in: " + text);
          }
        }
        expected.forEach(e -> errors.add("missed: " + e + "  in: " + text));
      }
    }
    Score score = new Score(expectedCount, foundCount, correct);
    System.out.printf(Locale.ROOT, "temporal gold %s: %d expressions, %d found, %d correct;"
        + " precision %.3f, recall %.3f, F1 %.3f%n", file, expectedCount, foundCount, correct, score.precision(),
        score.recall(), score.f1());
    errors.forEach(e -> System.out.println("  " + e));
    return score;
  }
}
