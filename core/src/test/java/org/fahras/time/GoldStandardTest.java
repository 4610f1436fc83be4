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
 * Precision and recall of span + value on {@code gold.jsonl}: real sentences from the seeds and
 * the shared corpus, each with its reference date and the expressions it contains, annotated by
 * meaning. A found mention counts only when both its exact text and its ISO value match an
 * expected one (each expected one can be matched once).
 *
 * <p>One JSON object per line: {@code source} (where the sentence comes from), {@code reference}
 * (the article's date, ISO), {@code text}, and {@code mentions}, a list of {@code {"span": exact
 * text, "value": TemporalMention#isoValue()}}; an empty list marks a negative sentence.
 */
class GoldStandardTest {
  private static final double MINIMUM = 0.95;

  @Test
  void precisionAndRecall() throws IOException {
    TemporalTagger tagger = new TemporalTagger();
    ObjectMapper json = new ObjectMapper();
    int expectedCount = 0;
    int foundCount = 0;
    int correct = 0;
    List<String> errors = new ArrayList<>();
    try (InputStream in = GoldStandardTest.class.getResourceAsStream("gold.jsonl")) {
      assertNotNull(in, "gold.jsonl on the test class path");
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
    double precision = correct / (double) foundCount;
    double recall = correct / (double) expectedCount;
    System.out.printf(Locale.ROOT, "temporal gold: %d expressions, %d found, %d correct;"
        + " precision %.3f, recall %.3f%n", expectedCount, foundCount, correct, precision, recall);
    errors.forEach(e -> System.out.println("  " + e));
    assertTrue(expectedCount >= 200, "gold has " + expectedCount + " expressions");
    assertTrue(precision >= MINIMUM, "precision " + precision);
    assertTrue(recall >= MINIMUM, "recall " + recall);
  }
}
